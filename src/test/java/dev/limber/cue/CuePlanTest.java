package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.plan.Segment;
import dev.limber.routine.Pauses;
import dev.limber.routine.Phase;
import dev.limber.routine.Routine;
import dev.limber.routine.SkinCheck;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Swap;
import dev.limber.routine.Tempo;
import dev.limber.routine.Tone;
import dev.limber.session.Alert;
import dev.limber.session.Event;
import dev.limber.session.Result;
import java.time.Duration;
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

    /** Heat then ice, 20 minutes each, for {@code rounds}, with the given swap pause. */
    private static Plan heatIce(int rounds, Swap swap) {
        return planOf(new Step.Cycle(StepBase.named("Heat and ice"), List.of(
                phase("Heat", Tone.WARM), phase("Ice", Tone.COLD)), rounds, swap, SkinCheck.DEFAULT));
    }

    private static Phase phase(String name, Tone tone) {
        return new Phase(name, Duration.ofMinutes(20), Optional.empty(), Optional.of(tone), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void skinCheckIsAGentleToneAndWords() {
        Segment heat = heatIce(1, Swap.NONE).get(0);
        plan.cues(new Event.SegmentStarted(0, heat, Optional.empty()));
        assertThat(said(plan.cues(new Event.SkinCheck(300 * S, heat, Duration.ofMinutes(5)))))
                .containsExactly("tone SKIN_CHECK", "say Check your skin");
    }

    @Test
    void endedWorkPhaseNotifiesWithWhatComesNext() {
        Plan p = planOf(new Step.Cycle(StepBase.named("Intervals"), List.of(phase("Row", Tone.WORK),
                phase("Walk", Tone.REST)), 2, Swap.NONE, SkinCheck.DEFAULT));
        plan.cues(new Event.SegmentStarted(0, p.get(0), p.nextWork(0)));
        assertThat(plan.cues(new Event.SegmentEnded(1200 * S, p.get(0), false))).isEmpty();
        assertThat(said(plan.cues(new Event.SegmentStarted(1200 * S, p.get(1), p.nextWork(1)))))
                .containsExactly("notify Row, round 1 of 2 done | Next: Walk, round 1 of 2", "tone PHASE_CHANGE",
                        "say Walk, round 1 of 2. 20 minutes");
    }

    @Test
    void endedHeatIsAnAlertThatSaysWhatToDoNotANextNotification() {
        Plan p = heatIce(2, Swap.NONE);
        Segment heat = p.get(0);
        plan.cues(new Event.SegmentStarted(0, heat, p.nextWork(0)));
        plan.cues(new Event.SegmentEnded(1200 * S, heat, false));
        Alert alert = new Alert(heat, Duration.ZERO);
        assertThat(said(plan.cues(new Event.AlertSounded(1200 * S, heat, alert, 0)))).containsExactly("tone ALERT",
                "say Heat is done: take it off now.",
                "notify Heat, round 1 of 2 done | Heat is done: take it off now.");
        assertThat(said(plan.cues(new Event.SegmentStarted(1200 * S, p.get(1), p.nextWork(1)))))
                .as("the next phase's notification names it; the players add when its pack comes off")
                .containsExactly("tone PHASE_CHANGE", "say Ice, round 1 of 2. 20 minutes", "notify Ice, round 1 of 2 | ");
        assertThat(said(plan.cues(new Event.AlertSounded(1230 * S, heat, alert, 1))))
                .contains("say Heat is done: take it off now.");
    }

    @Test
    void aSwapPauseIsTheAlertsFirstSoundingAndItsRepeatsSayTakeItOff() {
        Plan p = heatIce(1, Swap.WAIT);
        Segment heat = p.get(0);
        Segment swap = p.get(1);
        assertThat(swap.kind()).isEqualTo(Segment.Kind.SWAP);
        plan.cues(new Event.SegmentStarted(0, heat, p.nextWork(0)));
        plan.cues(new Event.SegmentEnded(1200 * S, heat, false));
        String asks = "Heat is done: take it off. Put the ice on, then press Enter.";
        assertThat(said(plan.cues(new Event.SegmentStarted(1200 * S, swap, p.nextWork(1)))))
                .containsExactly("tone ALERT", "say " + asks, "notify Heat done | " + asks);
        assertThat(said(plan.cues(new Event.AlertSounded(1230 * S, heat, new Alert(heat, Duration.ZERO), 1))))
                .containsExactly("tone ALERT", "say Heat is done: take it off now.",
                        "notify Heat done | Heat is done: take it off now.");
    }

    @Test
    void skippedPhaseDoesNotNotify() {
        Plan p = heatIce(1, Swap.NONE);
        plan.cues(new Event.SegmentStarted(0, p.get(0), p.nextWork(0)));
        plan.cues(new Event.SegmentEnded(5 * S, p.get(0), true));
        assertThat(said(plan.cues(new Event.SegmentStarted(5 * S, p.get(1), p.nextWork(1)))))
                .noneMatch(c -> c.startsWith("notify") && c.contains("done"));
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
