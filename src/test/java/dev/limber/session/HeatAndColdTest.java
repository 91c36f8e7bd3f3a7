package dev.limber.session;

import static dev.limber.plan.Steps.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.SessionJson;
import dev.limber.journal.SessionRecord;
import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.plan.Steps;
import dev.limber.routine.Phase;
import dev.limber.routine.SkinCheck;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Swap;
import dev.limber.routine.Tone;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What the engine does for heat and cold on the fake ticker: the swap pause, the alert that
 * repeats until a key, skin checks, and an end missed while the computer slept.
 */
class HeatAndColdTest {
    private static final long SECOND = 1_000_000_000L;

    private final FakeTicker clock = new FakeTicker();
    private final List<Event> events = new ArrayList<>();
    private long started;

    private Session start(Plan plan) {
        Session session = new Session(plan);
        started = clock.nanos();
        events.addAll(session.start(started));
        return session;
    }

    /** Ticks once a second for {@code seconds}, as a player on time would. */
    private void play(Session session, long seconds) {
        for (long i = 0; i < seconds; i++) {
            clock.advanceSeconds(1);
            events.addAll(session.tick(clock.nanos()));
        }
    }

    private void apply(Session session, Command c) {
        events.addAll(session.apply(c, clock.nanos()));
    }

    private <T extends Event> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Seconds from the session's start to {@code at}. */
    private long sec(long at) {
        return (at - started) / SECOND;
    }

    private static Phase phase(String name, long seconds, Tone tone, SkinCheck skinCheck) {
        return new Phase(name, s(seconds), Optional.empty(), Optional.of(tone), Optional.of(skinCheck),
                Optional.of("Put the " + name.toLowerCase() + " pack on"),
                Optional.of("Take the " + name.toLowerCase() + " pack off"));
    }

    /** Heat then ice for {@code rounds}, each {@code seconds} long, with packs named in the words. */
    private static Plan heatIce(int rounds, long seconds, Swap swap) {
        return Steps.plan(new Step.Cycle(StepBase.named("Heat and ice"), List.of(
                phase("Heat", seconds, Tone.WARM, SkinCheck.DEFAULT),
                phase("Ice", seconds, Tone.COLD, SkinCheck.DEFAULT)),
                rounds, swap, SkinCheck.DEFAULT));
    }

    // --- the swap pause ------------------------------------------------------------------------

    @Test
    void theSwapPauseWaitsForEnterAndTheIceThenGetsItsFullTime() {
        Session session = start(heatIce(1, 60, Swap.WAIT));
        play(session, 60);
        Snapshot swap = session.snapshot(clock.nanos());
        assertThat(swap.segment().kind()).isEqualTo(Segment.Kind.SWAP);
        assertThat(swap.segment().title()).isEqualTo("Swap → Ice");
        assertThat(swap.segment().pack().orElseThrow().swap())
                .isEqualTo("Take the heat pack off. Put the ice pack on, then press Enter.");
        assertThat(swap.state()).isEqualTo(State.WAITING);
        assertThat(swap.remaining()).isEmpty();

        play(session, 15 * 60);
        assertThat(session.snapshot(clock.nanos()).segment().kind()).as("still waiting after 15 minutes")
                .isEqualTo(Segment.Kind.SWAP);
        apply(session, Command.ENTER);
        Snapshot ice = session.snapshot(clock.nanos());
        assertThat(ice.segment().phase()).contains("Ice");
        assertThat(ice.remaining()).contains(s(60));
        assertThat(session.plan().total()).as("a swap that waits adds no planned time").isEqualTo(s(120));
    }

    @Test
    void aTimedSwapCountsDownAndEnterEndsItEarly() {
        Session session = start(heatIce(2, 60, new Swap.After(s(30))));
        play(session, 60 + 30);
        assertThat(session.snapshot(clock.nanos()).segment().phase()).contains("Ice");
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(60));
        play(session, 60 + 5);
        assertThat(session.snapshot(clock.nanos()).segment().kind()).isEqualTo(Segment.Kind.SWAP);
        apply(session, Command.ENTER);
        assertThat(session.snapshot(clock.nanos()).segment().title()).isEqualTo("Heat and ice: Heat · round 2/2");
    }

    @Test
    void backInASwapGoesToThePhaseBeforeAndNextGoesOn() {
        Session session = start(heatIce(1, 60, Swap.WAIT));
        play(session, 60);
        apply(session, Command.BACK);
        assertThat(session.snapshot(clock.nanos()).segment().phase()).contains("Heat");
        play(session, 60);
        apply(session, Command.NEXT);
        assertThat(session.snapshot(clock.nanos()).segment().phase()).contains("Ice");
        assertThat(session.snapshot(clock.nanos()).segment().kind()).isEqualTo(Segment.Kind.PHASE);
    }

    // --- the repeating alert ---------------------------------------------------------------------

    @Test
    void theEndOfHeatRepeatsItsAlertAtGrowingIntervalsUntilAKey() {
        Session session = start(heatIce(1, 60, Swap.NONE));
        play(session, 60);
        assertThat(eventsOf(Event.AlertSounded.class)).singleElement().satisfies(a -> {
            assertThat(a.alert().words()).isEqualTo("Take the heat pack off now.");
            assertThat(a.repeat()).isZero();
            assertThat(sec(a.at())).isEqualTo(60);
        });
        assertThat(session.snapshot(clock.nanos()).alert()).isPresent();
        assertThat(session.nextDeadline(clock.nanos())).isLessThanOrEqualTo(clock.nanos() + SECOND);

        play(session, 40);
        assertThat(eventsOf(Event.AlertSounded.class)).extracting(a -> sec(a.at())).containsExactly(60L, 90L);
        apply(session, Command.ACKNOWLEDGE);
        assertThat(eventsOf(Event.AlertStopped.class)).singleElement()
                .satisfies(e -> assertThat(e.acknowledged()).isTrue());
        assertThat(session.snapshot(clock.nanos()).alert()).isEmpty();
        assertThat(session.snapshot(clock.nanos()).remaining()).as("the key did nothing else").contains(s(20));
        play(session, 15);
        assertThat(eventsOf(Event.AlertSounded.class)).hasSize(2);
    }

    @Test
    void theRoutinesLastAlertOutlastsItsEndAndGivesUpAfterTwentyMinutes() {
        Session session = start(heatIce(1, 60, Swap.NONE));
        play(session, 120);
        assertThat(session.isFinished()).isTrue();
        assertThat(session.result().completed()).isTrue();
        assertThat(session.alerting()).as("the ice pack is still on: keep calling").isTrue();
        assertThat(session.nextDeadline(clock.nanos())).isEqualTo(clock.nanos() + 30 * SECOND);

        play(session, 30 * 60);
        List<Long> ice = eventsOf(Event.AlertSounded.class).stream().filter(a -> a.segment().phase().equals(
                Optional.of("Ice"))).map(a -> sec(a.at()) - 120).toList();
        assertThat(ice).as("30 s, then doubling up to 4 minutes, for 20 minutes")
                .containsExactly(0L, 30L, 90L, 210L, 450L, 690L, 930L, 1170L);
        assertThat(eventsOf(Event.AlertSounded.class)).filteredOn(a -> a.segment().phase().equals(Optional.of("Ice")))
                .first().satisfies(a -> assertThat(a.alert().words()).isEqualTo("Take the ice pack off now."));
        assertThat(eventsOf(Event.AlertStopped.class)).singleElement().satisfies(e -> {
            assertThat(e.acknowledged()).isFalse();
            assertThat(sec(e.at()) - 120).isEqualTo(20 * 60);
        });
        assertThat(session.alerting()).isFalse();
        assertThat(session.nextDeadline(clock.nanos())).isEqualTo(Long.MAX_VALUE);
        assertThat(session.snapshot(clock.nanos()).alert()).as("still on screen until a key").isPresent();
        apply(session, Command.ACKNOWLEDGE);
        assertThat(session.snapshot(clock.nanos()).alert()).isEmpty();
    }

    @Test
    void aSkippedPhaseAndAStretchRaiseNoAlert() {
        Session session = start(Steps.plan(Steps.timed("Stretch", 30), Steps.cycle("Heat and ice", 1, 60, 60)));
        play(session, 30 + 10);
        apply(session, Command.NEXT);
        assertThat(eventsOf(Event.AlertSounded.class)).isEmpty();
        assertThat(session.alerting()).isFalse();
    }

    @Test
    void quittingEndsTheAlertSoNoPlayerWaitsOnIt() {
        Session session = start(heatIce(1, 60, Swap.NONE));
        play(session, 120);
        apply(session, Command.QUIT);
        assertThat(session.alerting()).isFalse();
    }

    // --- skin checks -----------------------------------------------------------------------------

    @Test
    void aTwentyMinutePhaseRemindsASkinCheckAtFiveTenAndFifteenMinutes() {
        Session session = start(heatIce(1, 20 * 60, Swap.NONE));
        play(session, 20 * 60);
        assertThat(eventsOf(Event.SkinCheck.class)).extracting(Event.SkinCheck::elapsed)
                .containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15));
        assertThat(eventsOf(Event.SkinCheck.class)).extracting(e -> sec(e.at())).containsExactly(300L, 600L, 900L);
    }

    @Test
    void aResumedPhaseGivesOnlyTheSkinChecksStillAhead() {
        Plan plan = heatIce(1, 20 * 60, Swap.NONE);
        int heat = 0;
        while (plan.get(heat).kind() != Segment.Kind.PHASE) {
            heat++;
        }
        // quit 12 minutes into the heat: the checks at 5 and 10 minutes were given then
        Session session = new Session(plan, new Start(heat, Duration.ofMinutes(12), Optional.of(Duration.ofMinutes(8))));
        started = clock.nanos();
        events.addAll(session.start(started));
        play(session, 8 * 60);
        assertThat(eventsOf(Event.SkinCheck.class)).extracting(Event.SkinCheck::elapsed)
                .containsExactly(Duration.ofMinutes(15));
        assertThat(eventsOf(Event.SkinCheck.class)).extracting(e -> sec(e.at())).containsExactly(180L);
    }

    @Test
    void aSkinCheckShowsForAWhileAndCountsActiveTimeNotPauses() {
        Session session = start(heatIce(1, 20 * 60, Swap.NONE));
        play(session, 100);
        assertThat(session.snapshot(clock.nanos()).checkSkin()).as("not before the first check").isFalse();
        apply(session, Command.TOGGLE_PAUSE);
        play(session, 60);
        apply(session, Command.TOGGLE_PAUSE);
        play(session, 200);
        assertThat(eventsOf(Event.SkinCheck.class)).extracting(e -> sec(e.at())).containsExactly(360L);
        assertThat(session.snapshot(clock.nanos()).checkSkin()).isTrue();
        play(session, 20);
        assertThat(session.snapshot(clock.nanos()).checkSkin()).isFalse();
    }

    @Test
    void aStretchOfTwentyMinutesGetsNoSkinCheck() {
        Session session = start(Steps.plan(Steps.timed("Long stretch", 20 * 60)));
        play(session, 20 * 60);
        assertThat(eventsOf(Event.SkinCheck.class)).isEmpty();
    }

    @Test
    void skinCheckOffOrEveryTwoMinutesIsHonoured() {
        Plan plan = Steps.plan(new Step.Cycle(StepBase.named("Heat and ice"), List.of(
                phase("Heat", 7 * 60, Tone.WARM, SkinCheck.every(s(120))),
                phase("Ice", 7 * 60, Tone.COLD, SkinCheck.OFF)), 1, Swap.NONE, SkinCheck.DEFAULT));
        Session session = start(plan);
        play(session, 14 * 60);
        assertThat(eventsOf(Event.SkinCheck.class)).extracting(e -> e.segment().phase().orElseThrow() + " "
                + e.elapsed().toMinutes()).containsExactly("Heat 2", "Heat 4", "Heat 6");
    }

    @Test
    void noSkinCheckFallsInAPhasesLastMinute() {
        Session session = start(heatIce(1, 5 * 60 + 30, Swap.NONE));
        play(session, 5 * 60 + 30);
        assertThat(eventsOf(Event.SkinCheck.class)).as("5:00 is in the last minute of 5:30").isEmpty();
    }

    @Test
    void plusMakesRoomForACheckStillToComeButNeverOneAlreadyPast() {
        Session before = start(heatIce(1, 5 * 60 + 30, Swap.NONE));
        play(before, 4 * 60);
        apply(before, Command.ADD_TIME);
        apply(before, Command.ADD_TIME);
        apply(before, Command.ADD_TIME);
        play(before, 2 * 60);
        assertThat(eventsOf(Event.SkinCheck.class)).as("5:00 is a minute before the end of 6:00")
                .extracting(e -> sec(e.at())).containsExactly(300L);

        events.clear();
        Session after = start(heatIce(1, 5 * 60 + 30, Swap.NONE));
        play(after, 5 * 60 + 10);
        apply(after, Command.ADD_TIME);
        apply(after, Command.ADD_TIME);
        apply(after, Command.ADD_TIME);
        play(after, 60);
        assertThat(eventsOf(Event.SkinCheck.class)).as("not 10 s late").isEmpty();
    }

    // --- suspend and overrun ---------------------------------------------------------------------

    @Test
    void anEndMissedWhileAsleepIsSaidRecordedAndTheIceStartsInFull() {
        Session session = start(heatIce(1, 20 * 60, Swap.NONE));
        play(session, 10 * 60);
        // The laptop sleeps for 14:10: heat should have ended 4:10 ago.
        clock.advanceSeconds(14 * 60 + 10);
        events.addAll(session.tick(clock.nanos()));

        Event.AlertSounded alert = eventsOf(Event.AlertSounded.class).get(0);
        assertThat(alert.alert().overrun()).isEqualTo(s(250));
        assertThat(alert.alert().words()).isEqualTo(
                "Heat ran 4:10 longer than planned while the computer was asleep. Take the heat pack off now.");
        assertThat(alert.at()).as("said now, not back when it was missed").isEqualTo(clock.nanos());
        Snapshot now = session.snapshot(clock.nanos());
        assertThat(now.segment().phase()).contains("Ice");
        assertThat(now.remaining()).as("not part-way through").contains(s(20 * 60));
        assertThat(now.alert()).contains(alert.alert());

        SegmentResult heat = session.result().segments().get(0);
        assertThat(heat.achieved()).isEqualTo(s(20 * 60));
        assertThat(heat.overrun()).isEqualTo(s(250));
        assertThat(session.alerting()).as("a missed end is an alert like any other").isTrue();

        apply(session, Command.QUIT);
        SessionRecord record = SessionRecord.of(session.plan(), session.result(), OffsetDateTime.now(),
                OffsetDateTime.now(), OptionalInt.empty(), OptionalInt.empty(), "0123456789abcdef0123456789abcdef", false);
        assertThat(record.segments().get(0).overrun()).isEqualTo(s(250));
        assertThat(SessionJson.line(record)).contains("\"phase\":\"Heat\",\"planned\":1200,\"achieved\":1200,"
                + "\"overrun\":250,\"tone\":\"warm\"}");
    }

    @Test
    void aTickAFewSecondsLateIsNoOverrun() {
        Session session = start(heatIce(1, 60, Swap.NONE));
        clock.advanceSeconds(65);
        events.addAll(session.tick(clock.nanos()));
        assertThat(session.result().segments().get(0).overrun()).isZero();
        assertThat(session.snapshot(clock.nanos()).remaining()).as("caught up as before").contains(s(55));
        assertThat(eventsOf(Event.AlertSounded.class)).singleElement()
                .satisfies(a -> assertThat(a.alert().overrun()).isZero());
    }

    @Test
    void anOverrunBeforeASwapIsSaidAsWellAsTheSwap() {
        Session session = start(heatIce(1, 60, Swap.WAIT));
        clock.advanceSeconds(60 + 30);
        events.addAll(session.tick(clock.nanos()));
        assertThat(session.snapshot(clock.nanos()).segment().kind()).isEqualTo(Segment.Kind.SWAP);
        assertThat(eventsOf(Event.AlertSounded.class)).singleElement()
                .satisfies(a -> assertThat(a.alert().words()).startsWith("Heat ran 0:30 longer than planned"));
    }
}
