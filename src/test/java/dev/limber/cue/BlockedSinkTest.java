package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.session.Event;
import dev.limber.session.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A sink that hangs (a stuck speech command, a dead sound server) must not hold the session up. */
class BlockedSinkTest {
    private static final long S = 1_000_000_000L;

    /** A sink whose worker blocks on its first cue until released, or for 10 s. */
    static final class StuckSink implements CueSink {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final Lane lane;

        StuckSink(AtomicLong now) {
            lane = new Lane("stuck", 4, now::get, Long.MAX_VALUE, item -> {
                entered.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, e -> { });
        }

        @Override
        public void offer(Cue cue, long at) {
            lane.offer(cue, at);
        }

        @Override
        public void hush() {
            lane.clear();
        }

        @Override
        public void close(long graceMillis) {
            lane.close(graceMillis);
        }
    }

    @Test
    void aSinkBlockedForTenSecondsDelaysNoSegmentByEvenOneTick() throws Exception {
        Plan plan = CueGoldenTest.shortRoutine();
        AtomicLong now = new AtomicLong();
        StuckSink stuck = new StuckSink(now);
        RecordingSink healthy = new RecordingSink();
        Cues cues = new Cues(new CuePlan("Short test"), List.of(stuck, healthy), now::get, 2 * S, false, CueGoldenTest.OFF_TIME);
        Session session = new Session(plan);
        List<long[]> starts = new ArrayList<>(); // {segment index, due at, ticked at}

        session.start(0).forEach(cues::accept);
        assertThat(stuck.entered.await(5, TimeUnit.SECONDS)).as("the sink is stuck on its first cue").isTrue();

        // The player loop: sleep (here: jump) to the engine's next deadline, tick, hand events over.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            while (!session.isFinished()) {
                now.set(session.nextDeadline(now.get()));
                for (Event e : session.tick(now.get())) {
                    if (e instanceof Event.SegmentStarted s) {
                        starts.add(new long[] {s.segment().index(), s.at(), now.get()});
                    }
                    cues.accept(e);
                }
            }
        }, "accept blocked behind the stuck sink");

        assertThat(stuck.release.getCount()).as("still stuck when the session ended").isEqualTo(1);
        long planned = plan.get(0).length().orElseThrow().toNanos();
        for (long[] s : starts) {
            assertThat(s[1]).as("segment %d starts on plan", s[0]).isEqualTo(planned);
            assertThat(s[2]).as("segment %d starts on the tick it is due", s[0]).isEqualTo(s[1]);
            Segment seg = plan.get((int) s[0]);
            planned += seg.length().orElseThrow().toNanos();
        }
        assertThat(starts).hasSize(plan.size() - 1);
        assertThat(stuck.lane.dropped()).as("its bounded queue overflowed and dropped").isPositive();
        assertThat(healthy.heard).last().asString().endsWith("notify Short test done | Active time 14:57");

        stuck.release.countDown();
        cues.close();
    }
}
