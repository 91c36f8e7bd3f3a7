package dev.limber.journal;

import static dev.limber.journal.Sessions.full;
import static dev.limber.journal.Sessions.hold;
import static dev.limber.journal.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.routine.Progress;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.session.Result;
import dev.limber.session.SegmentResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressionTest {
    private static final Progress PLUS_30_UP_TO_3M = new Progress(Duration.ofSeconds(30), Duration.ofMinutes(3));

    private static Step.Timed plank(int seconds) {
        return new Step.Timed(StepBase.named("Plank"), Duration.ofSeconds(seconds), Optional.of(PLUS_30_UP_TO_3M));
    }

    private static Step.Timed sidePlank() {
        return new Step.Timed(StepBase.named("Side plank").withSides(List.of("left", "right")).withSets(2),
                Duration.ofSeconds(20), Optional.of(new Progress(Duration.ofSeconds(5), Duration.ofSeconds(40))));
    }

    private static Routine routine(Step... steps) {
        return new Routine("core", "Core", Optional.empty(), List.of(), false, Map.of(), List.of(steps));
    }

    private static SessionRecord planked(double planned, double achieved, boolean skipped) {
        return session("core", "2025-03-01T08:00:00Z", true, hold(0, "Plank", null, 1, planned, achieved, skipped));
    }

    private static Duration time(Routine r, int step) {
        return ((Step.Timed) r.steps().get(step)).time();
    }

    @Test
    void eachFullSessionAddsItsStep() {
        Progression p = Progression.of(routine(plank(30)), List.of(planked(30, 30, false), planked(60, 61, false)));

        assertThat(time(p.routine(), 0)).isEqualTo(Duration.ofSeconds(90));
        assertThat(p.explanations()).containsExactly("Plank: 1:30 (30s + 2 × 30s from 2 full sessions; max 3:00)");
    }

    @Test
    void theTargetStopsAtMax() {
        List<SessionRecord> many = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            many.add(planked(30, 30, false));
        }
        Progression p = Progression.of(routine(plank(30)), many);

        assertThat(time(p.routine(), 0)).isEqualTo(Duration.ofMinutes(3));
        assertThat(p.steps().get(0).atMax()).isTrue();
        assertThat(p.explanations()).containsExactly(
                "Plank: 3:00 (30s + 9 × 30s from 9 full sessions, capped at the max 3:00)");
    }

    @Test
    void aStepAlreadyOverItsMaxIsNotLowered() {
        Progression p = Progression.of(routine(plank(200)), List.of(planked(200, 200, false)));
        assertThat(time(p.routine(), 0)).isEqualTo(Duration.ofSeconds(200));
    }

    @Test
    void withoutFullSessionsTheTargetIsTheFilesAndSaysHowItGrows() {
        Progression p = Progression.of(routine(plank(30)), List.of());
        assertThat(time(p.routine(), 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.explanations()).containsExactly("Plank: 0:30 (+30s after each full session, up to 3:00)");
    }

    @Test
    void aSkippedOrShortenedSessionDoesNotCount() {
        Progression p = Progression.of(routine(plank(30)), List.of(
                planked(30, 30, true),
                planked(30, 29.999, false),
                planked(30, 30, false)));
        assertThat(p.steps().get(0).fullSessions()).isEqualTo(1);
    }

    @Test
    void aQuitSessionCountsIfItDidTheStepInFull() {
        SessionRecord quitLater = session("core", "2025-03-01T08:00:00Z", false, full(0, "Plank", null, 1, 30));
        assertThat(Progression.of(routine(plank(30)), List.of(quitLater)).steps().get(0).fullSessions()).isEqualTo(1);
    }

    @Test
    void everySideOfEverySetMustBeFull() {
        SessionRecord all = session("core", "2025-03-01T08:00:00Z", true,
                full(0, "Side plank", "left", 1, 20), full(0, "Side plank", "right", 1, 20),
                full(0, "Side plank", "left", 2, 20), full(0, "Side plank", "right", 2, 20));
        SessionRecord weakRight = session("core", "2025-03-02T08:00:00Z", true,
                full(0, "Side plank", "left", 1, 20), full(0, "Side plank", "right", 1, 20),
                full(0, "Side plank", "left", 2, 20), hold(0, "Side plank", "right", 2, 20, 14, false));
        SessionRecord quitBeforeRight = session("core", "2025-03-03T08:00:00Z", false,
                full(0, "Side plank", "left", 1, 20), full(0, "Side plank", "right", 1, 20),
                full(0, "Side plank", "left", 2, 20));
        SessionRecord leftOnly = session("core", "2025-03-04T08:00:00Z", true,
                full(0, "Side plank", "left", 1, 20), full(0, "Side plank", "left", 2, 20));

        Progression p = Progression.of(routine(sidePlank()), List.of(all, weakRight, quitBeforeRight, leftOnly));

        assertThat(p.steps().get(0).fullSessions()).isEqualTo(1);
        assertThat(time(p.routine(), 0)).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void anUnattendedSessionRaisesNothing() {
        SessionRecord played = planked(30, 30, false);
        SessionRecord unattended = Sessions.withOutcome(played, new Outcome(Status.DONE, 1000, 1, true));
        SessionRecord read = SessionJson.parse(SessionJson.line(unattended));
        assertThat(read.unattended()).isTrue();

        Progression p = Progression.of(routine(plank(30)), List.of(unattended, read));
        assertThat(p.steps().get(0).fullSessions()).isZero();
        assertThat(time(p.routine(), 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Progression.of(routine(plank(30)), List.of(played)).steps().get(0).fullSessions()).isEqualTo(1);
    }

    @Test
    void onlyThisRoutinesSessionsCount() {
        SessionRecord other = session("other", "2025-03-01T08:00:00Z", true, full(0, "Plank", null, 1, 30));
        assertThat(Progression.of(routine(plank(30)), List.of(other)).steps().get(0).fullSessions()).isZero();
    }

    @Test
    void aStepKeepsItsProgressWhenAnotherIsInsertedBeforeIt() {
        Step.Timed warmUp = new Step.Timed(StepBase.named("Warm up"), Duration.ofSeconds(60), Optional.empty());
        Progression p = Progression.of(routine(warmUp, plank(30)), List.of(planked(30, 30, false)));
        assertThat(time(p.routine(), 1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(time(p.routine(), 0)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void twoStepsWithOneNameAreToldApartByPosition() {
        SessionRecord firstOnly = session("core", "2025-03-01T08:00:00Z", false, full(0, "Plank", null, 1, 30));
        Progression p = Progression.of(routine(plank(30), plank(30)), List.of(firstOnly));
        assertThat(time(p.routine(), 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(time(p.routine(), 1)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theSummarySaysWhatGoesUpNextTime() {
        Progression p = Progression.of(routine(plank(30), sidePlank()), List.of(planked(30, 30, false)));
        Plan plan = Planner.plan(p.routine());
        List<SegmentResult> played = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            boolean lastRightSet = i == plan.size() - 1;
            played.add(new SegmentResult(plan.get(i), plan.get(i).length().orElseThrow(), 0, lastRightSet));
        }
        Result result = new Result(0, 1, Duration.ofMinutes(3), true, plan.size() - 1, played);

        assertThat(p.upNextTime(result)).containsExactly("Plank goes up to 1:30 next time (+30s).");
    }

    @Test
    void theSummarySaysWhenAStepIsAtItsMax() {
        List<SessionRecord> many = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            many.add(planked(30, 30, false));
        }
        Progression p = Progression.of(routine(plank(30)), many);
        Plan plan = Planner.plan(p.routine());
        Result result = new Result(0, 1, Duration.ofMinutes(3), true, 0,
                List.of(new SegmentResult(plan.get(0), Duration.ofMinutes(3), 0, false)));
        assertThat(p.upNextTime(result)).containsExactly("Plank stays at its max, 3:00.");
    }

    @Test
    void theJournalIsReadOnlyForARoutineThatProgresses() {
        Step.Timed still = new Step.Timed(StepBase.named("Hold"), Duration.ofSeconds(30), Optional.empty());
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();

        Progression.of(routine(still), () -> {
            reads.incrementAndGet();
            return FullSessions.empty();
        });
        Progression p = Progression.of(routine(plank(30)), () -> {
            reads.incrementAndGet();
            return FullSessions.of(List.of(planked(30, 30, false)));
        });

        assertThat(reads).hasValue(1);
        assertThat(time(p.routine(), 0)).isEqualTo(Duration.ofSeconds(60));
    }
}
