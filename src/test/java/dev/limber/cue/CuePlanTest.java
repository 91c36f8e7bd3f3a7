package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.plan.Segment;
import dev.limber.routine.Pauses;
import dev.limber.routine.Phase;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Tempo;
import dev.limber.routine.Tone;
import dev.limber.session.Event;
import dev.limber.session.Result;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Single events in, cues out: the rules a golden run is made of, one at a time. */
class CuePlanTest {
    private static final long S = 1_000_000_000L;

    private final CuePlan plan = new CuePlan("Heat and ice");

    private static Plan planOf(Step... steps) {
        return Planner.plan(new Routine("t", "T", Optional.empty(), List.of(), false, Map.of(), List.of(steps)));
    }

    private static List<String> said(List<Cue> cues) {
        return cues.stream().map(Cue::describe).toList();
    }

    @Test
    void timedWorkStartsWithToneAndNamesStepSideAndLength() {
        Segment seg = planOf(new Step.Timed(StepBase.named("Piriformis stretch").withSides(List.of("left", "right")),
                Duration.ofSeconds(45), Optional.empty())).get(0);
        assertThat(said(plan.cues(new Event.SegmentStarted(0, seg, Optional.empty()))))
                .containsExactly("tone STEP_START", "say Piriformis stretch, left. 45 seconds");
    }

    @Test
    void restSaysWhatIsNext() {
        Plan p = planOf(new Step.Timed(StepBase.named("Plank").withPauses(Pauses.NONE.withRest(Duration.ofSeconds(10))),
                Duration.ofSeconds(30), Optional.empty()),
                new Step.Timed(StepBase.named("Piriformis stretch").withSides(List.of("left", "right")),
                        Duration.ofMinutes(1), Optional.empty()));
        Segment rest = p.get(1);
        assertThat(rest.kind()).isEqualTo(Segment.Kind.REST);
        assertThat(said(plan.cues(new Event.SegmentStarted(0, rest, p.nextWork(1)))))
                .containsExactly("say Rest 10 seconds. Next: Piriformis stretch, left");
    }

    @Test
    void lastThreeSecondsPipAndCountButEarlierSecondsAreQuiet() {
        Segment seg = planOf(new Step.Timed(StepBase.named("Plank"), Duration.ofSeconds(30), Optional.empty())).get(0);
        plan.cues(new Event.SegmentStarted(0, seg, Optional.empty()));
        assertThat(plan.cues(new Event.SecondsLeft(26 * S, seg, 4))).isEmpty();
        assertThat(said(plan.cues(new Event.SecondsLeft(27 * S, seg, 3)))).containsExactly("tone COUNTDOWN", "say 3");
        assertThat(said(plan.cues(new Event.SecondsLeft(29 * S, seg, 1)))).containsExactly("tone COUNTDOWN", "say 1");
    }

    @Test
    void pacedRepsCountAloudWithoutACountdownOnTop() {
        Segment seg = planOf(new Step.Reps(StepBase.named("Ab curls"), 5, Optional.of(Tempo.single(Duration.ofSeconds(3)))))
                .get(0);
        plan.cues(new Event.SegmentStarted(0, seg, Optional.empty()));
        assertThat(plan.cues(new Event.SecondsLeft(12 * S, seg, 3))).isEmpty();
        assertThat(said(plan.cues(new Event.RepCounted(3 * S, seg, 1)))).containsExactly("say 1");
    }

    @Test
    void tappedRepTicksQuietly() {
        Segment seg = planOf(new Step.Reps(StepBase.named("Bridges"), 10, Optional.empty())).get(0);
        plan.cues(new Event.SegmentStarted(0, seg, Optional.empty()));
        assertThat(said(plan.cues(new Event.RepCounted(2 * S, seg, 1)))).containsExactly("tone REP");
    }

    @Test
    void warmPhaseRemindsToCheckSkinEveryFiveMinutesCountingAddedTime() {
        Segment heat = planOf(new Step.Cycle(StepBase.named("Heat and ice"),
                List.of(new Phase("Heat", Duration.ofMinutes(20), Optional.empty(), Optional.of(Tone.WARM))), 1)).get(0);
        plan.cues(new Event.SegmentStarted(0, heat, Optional.empty()));
        List<Integer> remindedAt = new ArrayList<>();
        for (int left = 1199; left >= 1; left--) {
            if (said(plan.cues(new Event.SecondsLeft((1200 - left) * S, heat, left))).contains("say Check your skin")) {
                remindedAt.add(1200 - left);
            }
        }
        assertThat(remindedAt).containsExactly(300, 600, 900);

        // +10 s at the start: the reminders still fall on 5-minute marks of time spent.
        CuePlan adjusted = new CuePlan("x");
        adjusted.cues(new Event.SegmentStarted(0, heat, Optional.empty()));
        adjusted.cues(new Event.TimeAdjusted(S, heat, Duration.ofSeconds(10)));
        assertThat(said(adjusted.cues(new Event.SecondsLeft(300 * S, heat, 910)))).contains("say Check your skin");
    }

    @Test
    void workPhaseGetsNoSkinCheck() {
        Segment work = planOf(new Step.Cycle(StepBase.named("Intervals"),
                List.of(new Phase("Row", Duration.ofMinutes(20), Optional.empty(), Optional.empty())), 1)).get(0);
        plan.cues(new Event.SegmentStarted(0, work, Optional.empty()));
        assertThat(plan.cues(new Event.SecondsLeft(300 * S, work, 900))).isEmpty();
    }

    @Test
    void endedPhaseNotifiesWithWhatComesNext() {
        Plan p = planOf(new Step.Cycle(StepBase.named("Heat and ice"), List.of(
                new Phase("Heat", Duration.ofMinutes(20), Optional.empty(), Optional.of(Tone.WARM)),
                new Phase("Ice", Duration.ofMinutes(20), Optional.empty(), Optional.of(Tone.COLD))), 2));
        plan.cues(new Event.SegmentStarted(0, p.get(0), p.nextWork(0)));
        assertThat(plan.cues(new Event.SegmentEnded(1200 * S, p.get(0), false))).isEmpty();
        assertThat(said(plan.cues(new Event.SegmentStarted(1200 * S, p.get(1), p.nextWork(1)))))
                .containsExactly("notify Heat, round 1 of 2 done | Next: Ice, round 1 of 2", "tone PHASE_CHANGE",
                        "say Ice, round 1 of 2. 20 minutes");
    }

    @Test
    void skippedPhaseDoesNotNotify() {
        Plan p = planOf(new Step.Cycle(StepBase.named("Heat and ice"), List.of(
                new Phase("Heat", Duration.ofMinutes(20), Optional.empty(), Optional.of(Tone.WARM)),
                new Phase("Ice", Duration.ofMinutes(20), Optional.empty(), Optional.of(Tone.COLD))), 1));
        plan.cues(new Event.SegmentStarted(0, p.get(0), p.nextWork(0)));
        plan.cues(new Event.SegmentEnded(5 * S, p.get(0), true));
        assertThat(said(plan.cues(new Event.SegmentStarted(5 * S, p.get(1), p.nextWork(1)))))
                .noneMatch(c -> c.startsWith("notify"));
    }

    @Test
    void finishingPlaysTheEndAndNotifiesButQuittingIsSilent() {
        Segment seg = planOf(new Step.Timed(StepBase.named("Plank"), Duration.ofSeconds(30), Optional.empty())).get(0);
        Result done = new Result(0, 30 * S, Duration.ofSeconds(30), true, 0, List.of());
        assertThat(said(plan.cues(new Event.Finished(30 * S, seg, done))))
                .containsExactly("tone FINISH", "say Heat and ice done", "notify Heat and ice done | Active time 0:30");
        Result quit = new Result(0, 10 * S, Duration.ofSeconds(10), false, 0, List.of());
        assertThat(plan.cues(new Event.Finished(10 * S, seg, quit))).isEmpty();
    }

    @Test
    void controlCharactersInRoutineTextNeverReachAPhrase() {
        Segment seg = planOf(new Step.Timed(StepBase.named("Plank\u001b]0;pwned\u0007").withSides(List.of("le\u009bft")),
                Duration.ofSeconds(30), Optional.empty())).get(0);
        List<Cue> cues = plan.cues(new Event.SegmentStarted(0, seg, Optional.empty()));
        assertThat(said(cues)).contains("say Plank]0;pwned, left. 30 seconds");
    }
}
