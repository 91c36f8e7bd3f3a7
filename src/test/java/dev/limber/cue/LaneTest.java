package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A cue lane performs in order, finishes what was queued when closed, and sleeps while idle. */
class LaneTest {
    private static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    /** A lane that signals {@code busy} on each item, waits for {@code gate}, then records the item. */
    private static Lane gatedLane(String name, CountDownLatch busy, CountDownLatch gate, List<String> performed) {
        return new Lane(name, 8, () -> 0L, Long.MAX_VALUE, item -> {
            busy.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            performed.add(item.cue().describe());
        }, e -> { });
    }

    @Test
    void anIdleLaneWaitsForItsNextCueWithoutWakingOnATimer() {
        Lane lane = new Lane("idle-test", 4, () -> 0L, Long.MAX_VALUE, item -> { }, e -> { });
        try {
            Thread t = thread("limber-cue-idle-test");
            // WAITING, not TIMED_WAITING: a timed poll would wake the thread (and the CPU) all session long
            Poll.until("the idle lane to wait", () -> t.getState() == Thread.State.WAITING);
        } finally {
            lane.close(1_000);
        }
    }

    @Test
    void closingPerformsWhatWasQueuedInOrderThenEndsTheThread() throws Exception {
        List<String> performed = new CopyOnWriteArrayList<>();
        CountDownLatch gate = new CountDownLatch(1);
        Lane lane = gatedLane("close-test", new CountDownLatch(1), gate, performed);
        Thread t = thread("limber-cue-close-test");
        for (String s : List.of("3", "2", "1")) {
            assertThat(lane.offer(new Cue.Say(s), 0)).isTrue();
        }
        gate.countDown();
        lane.close(10_000);

        assertThat(performed).containsExactly("say 3", "say 2", "say 1");
        assertThat(t.isAlive()).isFalse();
        assertThat(lane.offer(new Cue.Say("late"), 0)).as("a closed lane takes nothing").isFalse();
    }

    @Test
    void clearingForgetsQueuedCuesButTheLaneStillCloses() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        List<String> performed = new CopyOnWriteArrayList<>();
        Lane lane = gatedLane("clear-test", busy, gate, performed);
        Thread t = thread("limber-cue-clear-test");
        lane.offer(new Cue.Say("first"), 0);
        busy.await(10, TimeUnit.SECONDS);
        lane.offer(new Cue.Say("second"), 0);
        lane.clear();
        gate.countDown();
        lane.close(10_000);

        assertThat(performed).containsExactly("say first");
        assertThat(t.isAlive()).isFalse();
    }
}
