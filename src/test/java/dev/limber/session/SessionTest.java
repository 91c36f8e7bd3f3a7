package dev.limber.session;

import static dev.limber.plan.Steps.base;
import static dev.limber.plan.Steps.pauses;
import static dev.limber.plan.Steps.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.plan.Steps;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionTest {
    private final FakeTicker clock = new FakeTicker();
    private final List<Event> events = new ArrayList<>();

    private Session start(Plan plan) {
        Session session = new Session(plan);
        events.addAll(session.start(clock.nanos()));
        return session;
    }

    private void tick(Session session) {
        events.addAll(session.tick(clock.nanos()));
    }

    private void apply(Session session, Command c) {
        events.addAll(session.apply(c, clock.nanos()));
    }

    private <T extends Event> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aThirtySecondHoldEndsAtExactlyThirtySeconds() {
        Session session = start(Steps.plan(Steps.timed("Hold", 30), Steps.timed("Plank", 30)));
        clock.advanceNanos(30_000_000_000L - 1);
        tick(session);
        assertThat(session.currentIndex()).isZero();
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(Duration.ofNanos(1));
        clock.advanceNanos(1);
        tick(session);
        assertThat(session.currentIndex()).isEqualTo(1);
        Event.SegmentEnded ended = eventsOf(Event.SegmentEnded.class).get(0);
        Event.SegmentStarted first = eventsOf(Event.SegmentStarted.class).get(0);
        assertThat(ended.at() - first.at()).isEqualTo(30_000_000_000L);
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(30));
    }

    @Test
    void theCountdownAnnouncesEachWholeSecondIncludingTheLastThree() {
        Session session = start(Steps.plan(Steps.timed("Hold", 12)));
        clock.advanceSeconds(12);
        tick(session);
        assertThat(eventsOf(Event.SecondsLeft.class)).extracting(Event.SecondsLeft::seconds)
                .containsExactly(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(eventsOf(Event.Halfway.class)).hasSize(1);
        assertThat(eventsOf(Event.Halfway.class).get(0).at() - events.get(0).at()).isEqualTo(6_000_000_000L);
        assertThat(session.isFinished()).isTrue();
        assertThat(session.result().completed()).isTrue();
    }

    @Test
    void pauseFreezesTheRemainingTime() {
        Session session = start(Steps.plan(Steps.timed("Hold", 30)));
        clock.advanceSeconds(10);
        apply(session, Command.TOGGLE_PAUSE);
        clock.advanceSeconds(600);
        tick(session);
        Snapshot paused = session.snapshot(clock.nanos());
        assertThat(paused.state()).isEqualTo(State.PAUSED);
        assertThat(paused.remaining()).contains(s(20));
        assertThat(session.nextDeadline(clock.nanos())).isEqualTo(Long.MAX_VALUE);
        apply(session, Command.TOGGLE_PAUSE);
        clock.advanceSeconds(19);
        tick(session);
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(1));
        clock.advanceSeconds(1);
        tick(session);
        assertThat(session.isFinished()).isTrue();
        assertThat(session.result().active()).isEqualTo(s(30));
    }

    @Test
    void plusAndMinusTenSecondsMoveTheEnd() {
        Session session = start(Steps.plan(Steps.timed("Hold", 30), Steps.timed("Next", 30)));
        clock.advanceSeconds(5);
        apply(session, Command.ADD_TIME);
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(35));
        apply(session, Command.REMOVE_TIME);
        apply(session, Command.REMOVE_TIME);
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(15));
        assertThat(eventsOf(Event.TimeAdjusted.class)).extracting(Event.TimeAdjusted::delta)
                .containsExactly(s(10), s(-10), s(-10));
        clock.advanceSeconds(15);
        tick(session);
        assertThat(session.currentIndex()).isEqualTo(1);
        SegmentResult cut = session.result().segments().get(0);
        assertThat(cut.achieved()).isEqualTo(s(20));
        assertThat(cut.effort().full()).as("a hold shortened with - is not done in full").isFalse();
    }

    @Test
    void minusNeverTakesTheCountdownBelowZeroAndEndsItAtOnce() {
        Session session = start(Steps.plan(Steps.timed("Hold", 30), Steps.timed("Next", 30)));
        clock.advanceSeconds(25);
        apply(session, Command.REMOVE_TIME);
        assertThat(session.currentIndex()).isEqualTo(1);
        assertThat(session.result().segments().get(0).achieved()).isEqualTo(s(25));
    }

    @Test
    void plusStopsAnHourPastTheHoldHoweverOftenItIsPressed() {
        Session session = start(Steps.plan(Steps.timed("Hold", 30), Steps.timed("Next", 30)));
        clock.advanceSeconds(5);
        for (int i = 0; i < 100_000; i++) {
            apply(session, Command.ADD_TIME);
        }
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(25 + 3600));
        assertThat(eventsOf(Event.TimeAdjusted.class)).as("a press at the cap adds nothing and says nothing")
                .hasSize(360).allSatisfy(e -> assertThat(e.delta()).isEqualTo(s(10)));
        apply(session, Command.REMOVE_TIME);
        assertThat(session.snapshot(clock.nanos()).remaining()).as("- still works from the cap").contains(s(25 + 3590));
        clock.advanceSeconds(25 + 3590);
        tick(session);
        assertThat(session.currentIndex()).isEqualTo(1);
        assertThat(session.result().segments().get(0).achieved()).isEqualTo(s(30 + 3590));
    }

    @Test
    void plusMayDoubleACountdownLongerThanAnHour() {
        Session session = start(Steps.plan(Steps.timed("Long heat", 2 * 3600)));
        for (int i = 0; i < 100_000; i++) {
            apply(session, Command.ADD_TIME);
        }
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(4 * 3600));
    }

    @Test
    void plusIsCappedForEachSegmentAfresh() {
        Session session = start(Steps.plan(Steps.timed("Hold", 30), Steps.timed("Next", 20)));
        for (int i = 0; i < 1000; i++) {
            apply(session, Command.ADD_TIME);
        }
        apply(session, Command.NEXT);
        for (int i = 0; i < 1000; i++) {
            apply(session, Command.ADD_TIME);
        }
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(20 + 3600));
    }

    @Test
    void minusWhilePausedStopsAtZeroAndTheCountdownEndsOnResume() {
        Session session = start(Steps.plan(Steps.timed("Hold", 30), Steps.timed("Next", 30)));
        clock.advanceSeconds(12);
        apply(session, Command.TOGGLE_PAUSE);
        for (int i = 0; i < 10; i++) {
            apply(session, Command.REMOVE_TIME);
        }
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(Duration.ZERO);
        assertThat(eventsOf(Event.TimeAdjusted.class)).extracting(Event.TimeAdjusted::delta)
                .containsExactly(s(-10), s(-8));
        clock.advanceSeconds(60);
        apply(session, Command.TOGGLE_PAUSE);
        assertThat(session.currentIndex()).isEqualTo(1);
        assertThat(session.result().segments().get(0).achieved()).isEqualTo(s(12));
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(30));
    }

    @Test
    void nextSkipsAndIsRecordedAsSkipped() {
        Session session = start(Steps.plan(Steps.timed("Hold", 30), Steps.timed("Next", 30)));
        clock.advanceSeconds(4);
        apply(session, Command.NEXT);
        assertThat(session.currentIndex()).isEqualTo(1);
        assertThat(session.result().segments().get(0).skipped()).isTrue();
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(30));
    }

    /** Two one-sided steps, each with a 5 s get-ready, and a 10 s rest between them. */
    private static Plan plankThenCurl() {
        return Steps.plan(Steps.timed(base("Plank", List.of(), 1, pauses(5, 10, 0, 0)), 30),
                Steps.timed(base("Curl", List.of(), 1, pauses(5, 10, 0, 0)), 30));
    }

    @Test
    void nextFromAGetReadyStartsTheStepAndFromTheStepGoesToTheNextStepsGetReady() {
        Session session = start(plankThenCurl());
        apply(session, Command.NEXT);
        assertThat(session.snapshot(clock.nanos()).segment().title()).isEqualTo("Plank");
        apply(session, Command.NEXT);
        assertThat(session.snapshot(clock.nanos()).segment().kind()).isEqualTo(Segment.Kind.PREPARE);
        assertThat(session.snapshot(clock.nanos()).segment().name()).isEqualTo("Curl");
        apply(session, Command.NEXT);
        assertThat(session.snapshot(clock.nanos()).segment().title()).isEqualTo("Curl");
        assertThat(session.result().segments()).extracting(r -> r.segment().kind() + ":" + r.skipped())
                .containsExactly("PREPARE:true", "WORK:true", "REST:true", "PREPARE:true");
    }

    @Test
    void nextFromARestSkipsTheGetReadyToo() {
        Session session = start(plankThenCurl());
        clock.advanceSeconds(5 + 30 + 2);
        tick(session);
        assertThat(session.snapshot(clock.nanos()).segment().kind()).isEqualTo(Segment.Kind.REST);
        apply(session, Command.NEXT);
        assertThat(session.snapshot(clock.nanos()).segment().title()).isEqualTo("Curl");
    }

    /** Left, switch, right, in two sets: a whole step of parts, as a two-sided stretch is. */
    private static Plan twoSidedThenPlank() {
        return Steps.plan(Steps.timed(base("Stretch", List.of("left", "right"), 2, pauses(5, 10, 5, 15)), 30),
                Steps.timed(base("Plank", List.of(), 1, pauses(5, 10, 0, 0)), 30));
    }

    @Test
    void nextSkipsAWholeTwoSidedStepInOnePressWithoutAnnouncingWhatItSkips() {
        Session session = start(twoSidedThenPlank());
        clock.advanceSeconds(5 + 3);
        tick(session);
        assertThat(session.snapshot(clock.nanos()).segment().title()).startsWith("Stretch");
        int startedBefore = eventsOf(Event.SegmentStarted.class).size();
        apply(session, Command.NEXT);
        Segment now = session.snapshot(clock.nanos()).segment();
        assertThat(now.kind()).isEqualTo(Segment.Kind.PREPARE);
        assertThat(now.name()).isEqualTo("Plank");
        assertThat(eventsOf(Event.SegmentStarted.class)).hasSize(startedBefore + 1);
        assertThat(session.result().segments()).filteredOn(r -> r.segment().name().equals("Stretch") && r.segment().kind() != Segment.Kind.PREPARE)
                .as("the left side cut at 3 s, and every later part of the step skipped")
                .allMatch(SegmentResult::skipped)
                .extracting(r -> r.segment().kind()).contains(Segment.Kind.WORK, Segment.Kind.SWITCH,
                        Segment.Kind.SET_REST, Segment.Kind.REST);
    }

    @Test
    void nextInACyclePhaseGoesToTheNextPhaseNotPastTheCycle() {
        Session session = start(Steps.plan(Steps.cycle("Heat and ice", 2, 1200, 1200), Steps.timed("Hold", 30)));
        clock.advanceSeconds(60);
        tick(session);
        apply(session, Command.NEXT);
        Segment now = session.snapshot(clock.nanos()).segment();
        assertThat(now.phase()).contains("Ice");
        assertThat(now.round()).contains(new Segment.Round(1, 2));
    }

    @Test
    void backGoesToTheStartOfThisSideThenOfThisStepThenToThePreviousStep() {
        Session session = start(twoSidedThenPlank());
        // get ready 5, left 30, switch 5, then 10 s into the right side of set 1
        clock.advanceSeconds(5 + 30 + 5 + 10);
        tick(session);
        assertThat(session.snapshot(clock.nanos()).segment().side()).contains("right");
        apply(session, Command.BACK);
        Segment now = session.snapshot(clock.nanos()).segment();
        assertThat(now.kind()).as("the right side's start is its switch pause, the left side stays done")
                .isEqualTo(Segment.Kind.SWITCH);
        assertThat(now.side()).contains("right");
        assertThat(session.result().segments()).extracting(r -> r.segment().kind() + ":" + r.effort().full())
                .containsExactly("PREPARE:true", "WORK:true");

        apply(session, Command.BACK);
        now = session.snapshot(clock.nanos()).segment();
        assertThat(now.kind()).as("a second press: the step's start, its get-ready").isEqualTo(Segment.Kind.PREPARE);
        assertThat(now.name()).isEqualTo("Stretch");

        // into the Plank, 1 s: b goes back to the Stretch's start, not the Plank's
        apply(session, Command.NEXT);
        apply(session, Command.NEXT);
        apply(session, Command.NEXT);
        assertThat(session.snapshot(clock.nanos()).segment().title()).isEqualTo("Plank");
        clock.advanceSeconds(1);
        apply(session, Command.BACK);
        assertThat(session.snapshot(clock.nanos()).segment().name()).isEqualTo("Stretch");
        assertThat(session.snapshot(clock.nanos()).segment().kind()).isEqualTo(Segment.Kind.PREPARE);
    }

    @Test
    void backWithoutASwitchPauseRestartsTheSideThenWithinTwoSecondsTheStep() {
        Session session = start(Steps.plan(Steps.timed(base("Stretch", List.of("left", "right"), 1, pauses(0, 0, 0, 0)), 30)));
        clock.advanceSeconds(30 + 10);
        tick(session);
        apply(session, Command.BACK);
        Segment now = session.snapshot(clock.nanos()).segment();
        assertThat(now.side()).contains("right");
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(30));
        clock.advanceSeconds(1);
        apply(session, Command.BACK);
        assertThat(session.snapshot(clock.nanos()).segment().side()).contains("left");
    }

    @Test
    void backInTheSecondSetGoesToItsSetRestFirst() {
        Session session = start(twoSidedThenPlank());
        // get ready 5, left 30, switch 5, right 30, set rest 15, then 10 s into set 2's left side
        clock.advanceSeconds(5 + 30 + 5 + 30 + 15 + 10);
        tick(session);
        apply(session, Command.BACK);
        Segment now = session.snapshot(clock.nanos()).segment();
        assertThat(now.kind()).isEqualTo(Segment.Kind.SET_REST);
        assertThat(now.set()).isEqualTo(2);
    }

    @Test
    void nextOnTheLastSegmentFinishesTheSession() {
        Session session = start(Steps.plan(Steps.timed("Hold", 30)));
        apply(session, Command.NEXT);
        assertThat(session.isFinished()).isTrue();
        assertThat(eventsOf(Event.Finished.class)).hasSize(1);
        assertThat(session.snapshot(clock.nanos()).state()).isEqualTo(State.FINISHED);
        apply(session, Command.NEXT);
        assertThat(eventsOf(Event.Finished.class)).as("nothing happens after the end").hasSize(1);
    }

    @Test
    void backOnTheFirstSegmentRestartsIt() {
        Session session = start(Steps.plan(Steps.timed("Hold", 30), Steps.timed("Next", 30)));
        clock.advanceSeconds(1);
        apply(session, Command.BACK);
        assertThat(session.currentIndex()).isZero();
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(30));
    }

    @Test
    void backRestartsThisSegmentAfterTwoSecondsAndGoesToThePreviousWithinThem() {
        Session session = start(Steps.plan(Steps.timed("One", 30), Steps.timed("Two", 30)));
        clock.advanceSeconds(30 + 10);
        tick(session);
        apply(session, Command.BACK);
        assertThat(session.currentIndex()).isEqualTo(1);
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(30));
        clock.advanceSeconds(1);
        apply(session, Command.BACK);
        assertThat(session.currentIndex()).isZero();
        assertThat(session.snapshot(clock.nanos()).segment().name()).isEqualTo("One");
    }

    @Test
    void backFromARestGoesToTheWorkJustDoneAndToItsGetReady() {
        Session session = start(plankThenCurl());
        clock.advanceSeconds(5 + 30 + 8);
        tick(session);
        assertThat(session.snapshot(clock.nanos()).segment().kind()).isEqualTo(Segment.Kind.REST);
        apply(session, Command.BACK);
        assertThat(session.snapshot(clock.nanos()).segment().kind()).isEqualTo(Segment.Kind.PREPARE);
        assertThat(session.snapshot(clock.nanos()).segment().name()).isEqualTo("Plank");
    }

    @Test
    void goingBackForgetsTheAttemptsItWillPlayAgain() {
        Session session = start(Steps.plan(Steps.timed("A", 30), Steps.timed("B", 30), Steps.timed("C", 30)));
        clock.advanceSeconds(61);
        tick(session);
        apply(session, Command.BACK);
        assertThat(session.snapshot(clock.nanos()).segment().name()).isEqualTo("B");
        apply(session, Command.QUIT);
        assertThat(session.result().segments()).extracting(r -> r.segment().name() + ":" + r.effort().full())
                .as("C's one second is gone; B is cut short at 0 s").containsExactly("A:true", "B:false");
    }

    @Test
    void quittingAtANoteCountsItAsSkipped() {
        Session session = start(Steps.plan(Steps.note("Read me"), Steps.timed("Hold", 30)));
        apply(session, Command.QUIT);
        assertThat(session.result().segments()).singleElement().satisfies(r -> {
            assertThat(r.skipped()).isTrue();
            assertThat(r.effort().full()).isFalse();
        });
    }

    @Test
    void tappedRepsWaitForEnterAndMoveOnAtTheTarget() {
        Session session = start(Steps.plan(Steps.tapped("Bridge", 3), Steps.timed("Hold", 30)));
        clock.advanceSeconds(300);
        tick(session);
        assertThat(session.snapshot(clock.nanos()).state()).isEqualTo(State.WAITING);
        apply(session, Command.ENTER);
        apply(session, Command.ENTER);
        assertThat(session.snapshot(clock.nanos()).reps()).contains(Snapshot.Reps.tapped(2));
        apply(session, Command.ENTER);
        assertThat(session.currentIndex()).isEqualTo(1);
        assertThat(eventsOf(Event.RepCounted.class)).extracting(Event.RepCounted::count).containsExactly(1, 2, 3);
        assertThat(session.result().segments().get(0).effort().full()).isTrue();
    }

    @Test
    void nextOnATappedRepsStepSkipsItWithTheRepsSoFar() {
        Session session = start(Steps.plan(Steps.tapped("Bridge", 10), Steps.timed("Hold", 30)));
        apply(session, Command.ENTER);
        apply(session, Command.NEXT);
        SegmentResult r = session.result().segments().get(0);
        assertThat(r.repsAchieved()).isEqualTo(1);
        assertThat(r.skipped()).isTrue();
    }

    @Test
    void aNoteWaitsForEnterAndNextAlsoContinuesWithoutASkip() {
        Session session = start(Steps.plan(Steps.note("Lie on your back"), Steps.note("Breathe"), Steps.timed("Hold", 30)));
        clock.advanceSeconds(3600);
        tick(session);
        assertThat(session.currentIndex()).isZero();
        apply(session, Command.ENTER);
        apply(session, Command.NEXT);
        assertThat(session.currentIndex()).isEqualTo(2);
        assertThat(session.result().segments()).noneMatch(SegmentResult::skipped);
    }

    @Test
    void aPacedRepCountsItselfWithItsBeats() {
        Session session = start(Steps.plan(Steps.paced("Curl", 2, 2, 1, 2), Steps.timed("Hold", 30)));
        clock.advanceSeconds(2.5);
        tick(session);
        Snapshot mid = session.snapshot(clock.nanos());
        assertThat(mid.reps()).contains(new Snapshot.Reps(0, Optional.of("hold"), 0.5, Duration.ofSeconds(1)));
        clock.advanceSeconds(7.5);
        tick(session);
        assertThat(eventsOf(Event.BeatStarted.class)).extracting(b -> b.rep() + ":" + b.beat().name())
                .containsExactly("1:up", "1:hold", "1:down", "2:up", "2:hold", "2:down");
        assertThat(eventsOf(Event.RepCounted.class)).extracting(Event.RepCounted::count).containsExactly(1, 2);
        assertThat(session.currentIndex()).isEqualTo(1);
        assertThat(session.result().segments().get(0).effort().full()).isTrue();
    }

    @Test
    void aSecondEnterWithinFourSecondsFinishesAPacedRepsStepEarly() {
        Session session = start(Steps.plan(Steps.paced("Curl", 10, 2, 1, 2), Steps.timed("Hold", 30)));
        clock.advanceSeconds(11);
        apply(session, Command.ENTER);
        assertThat(session.currentIndex()).as("one press asks, it does not end the step").isZero();
        assertThat(eventsOf(Event.FinishAsked.class)).singleElement()
                .satisfies(a -> assertThat(a.until() - a.at()).isEqualTo(4_000_000_000L));
        clock.advanceSeconds(2);
        apply(session, Command.ENTER);
        assertThat(session.currentIndex()).isEqualTo(1);
        SegmentResult r = session.result().segments().get(0);
        assertThat(r.repsAchieved()).isEqualTo(2);
        assertThat(r.skipped()).isFalse();
        assertThat(r.effort().full()).isFalse();
    }

    @Test
    void aSecondEnterAfterTheWindowAsksAgain() {
        Session session = start(Steps.plan(Steps.paced("Curl", 10, 2, 1, 2), Steps.timed("Hold", 30)));
        apply(session, Command.ENTER);
        clock.advanceSeconds(5);
        tick(session);
        apply(session, Command.ENTER);
        assertThat(session.currentIndex()).isZero();
        assertThat(eventsOf(Event.FinishAsked.class)).hasSize(2);
    }

    @Test
    void plusCountsATappedRepAndMinusTakesOneBack() {
        Session session = start(Steps.plan(Steps.tapped("Bridge", 3), Steps.timed("Hold", 30)));
        apply(session, Command.ENTER);
        apply(session, Command.ENTER);
        apply(session, Command.REMOVE_REP);
        assertThat(session.snapshot(clock.nanos()).reps().orElseThrow().done()).isEqualTo(1);
        assertThat(eventsOf(Event.RepUndone.class)).extracting(Event.RepUndone::count).containsExactly(1);
        apply(session, Command.REMOVE_REP);
        apply(session, Command.REMOVE_REP);
        assertThat(session.snapshot(clock.nanos()).reps().orElseThrow().done()).as("never below none").isZero();
        apply(session, Command.ADD_REP);
        apply(session, Command.ADD_REP);
        apply(session, Command.ADD_REP);
        assertThat(session.currentIndex()).as("the target reached with + ends the step as with Enter").isEqualTo(1);
        assertThat(session.result().segments().get(0).effort().full()).isTrue();
    }

    @Test
    void aTickNinetyFiveSecondsLateCrossesTheRightSegments() {
        // 30 + 10 rest + 30 + 10 rest + 30: at 95 s we are 15 s into the third hold.
        Plan plan = Steps.plan(Steps.timed(base("A", List.of(), 1, pauses(0, 10, 0, 0)), 30),
                Steps.timed(base("B", List.of(), 1, pauses(0, 10, 0, 0)), 30),
                Steps.timed(base("C", List.of(), 1, pauses(0, 10, 0, 0)), 30));
        Session session = start(plan);
        clock.advanceSeconds(95);
        tick(session);
        Snapshot snap = session.snapshot(clock.nanos());
        assertThat(snap.segment().name()).isEqualTo("C");
        assertThat(snap.remaining()).contains(s(15));
        assertThat(eventsOf(Event.SegmentStarted.class)).extracting(e -> e.segment().title())
                .containsExactly("A", "Rest", "B", "Rest", "C");
        List<Long> starts = eventsOf(Event.SegmentStarted.class).stream().map(e -> e.at() - events.get(0).at()).toList();
        assertThat(starts).containsExactly(0L, 30_000_000_000L, 40_000_000_000L, 70_000_000_000L, 80_000_000_000L);
    }

    @Test
    void sideSwitchesAndPhaseChangesAreAnnounced() {
        Plan plan = Steps.plan(Steps.timed(base("Stretch", List.of("left", "right"), 1, pauses(0, 0, 5, 0)), 30),
                Steps.timed(base("Hug", List.of("left", "right"), 1, pauses(0, 0, 0, 0)), 30),
                Steps.cycle("Heat/ice", 1, 60, 60));
        Session session = start(plan);
        for (int second = 0; second < 30 + 5 + 30 + 30 + 30 + 120; second++) {
            clock.advanceSeconds(1);
            tick(session);
        }
        assertThat(eventsOf(Event.SideSwitch.class)).extracting(e -> e.segment().name() + ">" + e.side())
                .containsExactly("Stretch>right", "Hug>right");
        assertThat(eventsOf(Event.PhaseChanged.class)).extracting(Event.PhaseChanged::phase).containsExactly("Ice");
        assertThat(eventsOf(Event.StepDone.class)).hasSize(3);
        assertThat(session.isFinished()).isTrue();
    }

    @Test
    void quitEndsTheSessionNotCompletedAndKeepsWhereItStopped() {
        Session session = start(Steps.plan(Steps.timed("A", 30), Steps.timed("B", 30), Steps.timed("C", 30)));
        clock.advanceSeconds(45);
        apply(session, Command.QUIT);
        Result r = session.result();
        assertThat(r.completed()).isFalse();
        assertThat(r.stoppedAt()).isEqualTo(1);
        assertThat(r.segments()).hasSize(2);
        assertThat(r.segments().get(1).achieved()).isEqualTo(s(15));
        assertThat(r.active()).isEqualTo(s(45));
    }

    @Test
    void aResumedSessionStartsAtTheGivenSegment() {
        Plan plan = Steps.plan(Steps.timed("A", 30), Steps.timed("B", 30), Steps.timed("C", 30));
        Session session = new Session(plan, 2);
        events.addAll(session.start(clock.nanos()));
        assertThat(session.snapshot(clock.nanos()).segment().name()).isEqualTo("C");
        assertThat(session.snapshot(clock.nanos()).position()).isEqualTo(3);
        assertThat(session.snapshot(clock.nanos()).sessionLeft()).isEqualTo(s(30));
    }

    @Test
    void aResumedCountdownGoesOnWithTheTimeItHadLeft() {
        Plan plan = Steps.plan(Steps.cycle("Heat and ice", 1, 60, 60));
        Session session = new Session(plan, new Start(0, s(35), java.util.Optional.of(s(25))));
        events.addAll(session.start(clock.nanos()));
        Snapshot resumed = session.snapshot(clock.nanos());
        assertThat(resumed.remaining()).contains(s(25));
        assertThat(resumed.elapsed()).isEqualTo(s(35));
        assertThat(resumed.sessionLeft()).isEqualTo(s(25 + 60));

        clock.advanceSeconds(25);
        tick(session);
        assertThat(eventsOf(Event.Halfway.class)).as("halfway was before the quit").isEmpty();
        assertThat(eventsOf(Event.SecondsLeft.class).get(0).seconds()).isEqualTo(24);
        assertThat(session.currentIndex()).isEqualTo(1);
        apply(session, Command.QUIT);
        assertThat(session.result().segments().get(0).achieved()).as("this session's part").isEqualTo(s(25));
    }

    @Test
    void aResumePointInAGetReadyPlaysItInFull() {
        Plan plan = Steps.plan(Steps.timed(base("A", List.of(), 1, pauses(5, 0, 0, 0)), 30));
        Session session = new Session(plan, new Start(0, s(3), java.util.Optional.of(s(2))));
        events.addAll(session.start(clock.nanos()));
        assertThat(session.snapshot(clock.nanos()).remaining()).contains(s(5));
    }

    @Test
    void theSnapshotTellsPositionNextAndTimeLeft() {
        Plan plan = Steps.plan(Steps.timed(base("A", List.of(), 1, pauses(0, 10, 0, 0)), 30), Steps.tapped("B", 5),
                Steps.timed("C", 60));
        Session session = start(plan);
        clock.advanceSeconds(12);
        Snapshot snap = session.snapshot(clock.nanos());
        assertThat(snap.position()).isEqualTo(1);
        assertThat(snap.stepCount()).isEqualTo(3);
        assertThat(snap.next().map(Segment::name)).contains("B");
        assertThat(snap.sessionLeft()).isEqualTo(s(18 + 10 + 60));
        assertThat(snap.segmentProgress()).isEqualTo(0.4);
        assertThat(snap.title()).isEqualTo("Test routine");
    }

    @Test
    void nextDeadlineIsTheNextSecondBoundary() {
        Session session = start(Steps.plan(Steps.timed("A", 30)));
        clock.advanceSeconds(0.25);
        assertThat(session.nextDeadline(clock.nanos()) - clock.nanos()).isEqualTo(750_000_000L);
    }
}
