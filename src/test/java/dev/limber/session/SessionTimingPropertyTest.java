package dev.limber.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Steps;
import dev.limber.routine.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Time kept by deadline: however the ticks are scheduled, segments end at their planned instants. */
class SessionTimingPropertyTest {

    @Test
    void aHundredThousandJitteredTicksEndEverySegmentWithinOneTickOfItsPlannedInstant() {
        int totalTicks = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            List<Step> steps = new ArrayList<>();
            List<Long> lengths = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                long ms = 1000 + random.nextInt(59_000);
                steps.add(new Step.Timed(dev.limber.routine.StepBase.named("S" + i), Duration.ofMillis(ms),
                        java.util.Optional.empty()));
                lengths.add(ms * 1_000_000L);
            }
            Plan plan = Steps.plan(steps.toArray(Step[]::new));
            FakeTicker clock = new FakeTicker();
            Session session = new Session(plan);
            long origin = clock.nanos();
            session.start(origin);
            List<long[]> ends = new ArrayList<>();
            int ticks = 0;
            long maxGap = 0;
            while (!session.isFinished()) {
                long gap = random.nextInt(250_000_000);
                maxGap = Math.max(maxGap, gap);
                clock.advanceNanos(gap);
                ticks++;
                for (Event e : session.tick(clock.nanos())) {
                    if (e instanceof Event.SegmentEnded ended) {
                        ends.add(new long[] {ended.segment().index(), ended.at(), clock.nanos()});
                    }
                }
            }
            totalTicks += ticks;
            long planned = origin;
            for (long[] end : ends) {
                planned += lengths.get((int) end[0]);
                assertThat(end[1]).as("segment %d ends at its planned instant", end[0]).isEqualTo(planned);
                assertThat(end[2] - end[1]).as("seen within one tick").isBetween(0L, maxGap);
            }
            assertThat(ends).hasSize(400);
        }
        assertThat(totalTicks).isGreaterThan(100_000);
    }

    @Test
    void twentyMinutesWithSchedulingDelaysUpTo200msEndsWithZeroError() {
        // 20 minutes of heat, then 60 s of ice.
        Plan plan = Steps.plan(Steps.cycle("Heat/ice", 1, 20 * 60, 60));
        FakeTicker clock = new FakeTicker();
        Session session = new Session(plan);
        long origin = clock.nanos();
        session.start(origin);
        Random random = new Random(42);
        long endAt = -1;
        long seenAt = -1;
        while (endAt < 0) {
            // The player sleeps until the next deadline, and wakes up to 200 ms late.
            long deadline = session.nextDeadline(clock.nanos());
            clock.advanceNanos(Math.max(0, deadline - clock.nanos()) + random.nextInt(200_000_001));
            for (Event e : session.tick(clock.nanos())) {
                if (e instanceof Event.SegmentEnded ended && ended.segment().index() == 0) {
                    endAt = ended.at();
                    seenAt = clock.nanos();
                }
            }
        }
        long late = seenAt - endAt;
        assertThat(endAt - origin).as("the heat ends exactly 20 minutes after it started")
                .isEqualTo(Duration.ofMinutes(20).toNanos());
        assertThat(late).as("seen on the first wake-up after it was due").isBetween(0L, 200_000_000L);
        assertThat(session.snapshot(seenAt).remaining()).as("the ice started at the deadline, not at the late tick")
                .contains(Duration.ofSeconds(60).minusNanos(late));
    }

    @Test
    void aSimulatedSuspendAdvancesTheSession() {
        long[] mono = {0};
        long[] wall = {1_700_000_000_000_000_000L};
        SuspendAwareTicker ticker = new SuspendAwareTicker(() -> mono[0], () -> wall[0]);
        Session session = new Session(Steps.plan(Steps.cycle("Ice", 1, 20 * 60, 60)));
        session.start(ticker.nanos());
        // Five minutes awake, then the laptop sleeps for ten: the monotonic clock stops, the wall clock does not.
        mono[0] += Duration.ofMinutes(5).toNanos();
        wall[0] += Duration.ofMinutes(5).toNanos();
        session.tick(ticker.nanos());
        wall[0] += Duration.ofMinutes(10).toNanos();
        mono[0] += 1_000_000;
        wall[0] += 1_000_000;
        session.tick(ticker.nanos());
        Snapshot snap = session.snapshot(ticker.nanos());
        assertThat(snap.remaining()).contains(Duration.ofMinutes(5).minusMillis(1));
    }

    @Test
    void smallWallClockCorrectionsAreNotTakenForSleep() {
        long[] mono = {0};
        long[] wall = {0};
        SuspendAwareTicker ticker = new SuspendAwareTicker(() -> mono[0], () -> wall[0]);
        mono[0] += 1_000_000_000L;
        wall[0] += 2_900_000_000L;
        assertThat(ticker.nanos()).isEqualTo(1_000_000_000L);
        mono[0] += 1_000_000_000L;
        wall[0] -= 5_000_000_000L;
        assertThat(ticker.nanos()).isEqualTo(2_000_000_000L);
    }
}
