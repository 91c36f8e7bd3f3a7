package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.routine.Beat;
import dev.limber.routine.Pauses;
import dev.limber.routine.Phase;
import dev.limber.routine.Routine;
import dev.limber.routine.SkinCheck;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Swap;
import dev.limber.routine.Tempo;
import dev.limber.routine.Tone;
import dev.limber.session.Event;
import dev.limber.session.FakeWallClock;
import dev.limber.session.OffTime;
import dev.limber.session.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The exact cues of a short routine with sides, sets, paced reps and a heat/ice cycle, played by
 * the real engine on explicit nanos: what a person hears, second by second.
 */
class CueGoldenTest {
    private static final long S = 1_000_000_000L;

    static Plan shortRoutine() {
        Pauses pauses = new Pauses(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        Step stretch = new Step.Timed(StepBase.named("Piriformis stretch").withSides(List.of("left", "right"))
                .withPauses(pauses), Duration.ofSeconds(20), Optional.empty());
        Tempo slow = new Tempo(List.of(new Beat("up", Duration.ofSeconds(1)), new Beat("hold", Duration.ofSeconds(1)),
                new Beat("down", Duration.ofSeconds(1))));
        Step curls = new Step.Reps(StepBase.named("Ab curls").withSets(2).withPauses(pauses.withPrepare(Duration.ZERO)),
                2, Optional.of(slow));
        Step heatIce = new Step.Cycle(StepBase.named("Heat and ice").withPauses(pauses.withPrepare(Duration.ZERO)),
                List.of(new Phase("Heat", Duration.ofMinutes(6), Optional.empty(), Optional.of(Tone.WARM),
                                Optional.empty(), Optional.empty(), Optional.of("Take the heat pack off")),
                        new Phase("Ice", Duration.ofSeconds(30), Optional.empty(), Optional.of(Tone.COLD),
                                Optional.empty(), Optional.of("Put the ice pack on"), Optional.empty())),
                2, new Swap.After(Duration.ofSeconds(10)), SkinCheck.DEFAULT);
        return Planner.plan(new Routine("short", "Short test", Optional.empty(), List.of(), false, Map.of(),
                List.of(stretch, curls, heatIce)));
    }

    /** Off times as of 09:00 UTC, for tests that send no heat or ice notification. */
    static final OffTime OFF_TIME = new OffTime(() -> Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC), 1);

    /**
     * Plays the plan to the end, ticking every quarter second, and returns what the sink was given.
     * The wall clock reads 09:00 UTC as the session starts and moves with it.
     */
    static List<String> play(Plan plan) {
        RecordingSink sink = new RecordingSink();
        long[] now = {0};
        FakeWallClock wall = new FakeWallClock(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);
        Cues cues = new Cues(new CuePlan(plan.routine().title()), List.of(sink), () -> now[0], 2 * S, false,
                new OffTime(() -> wall, 1));
        Session session = new Session(plan);
        session.start(0).forEach(cues::accept);
        while (!session.isFinished()) {
            now[0] += S / 4;
            wall.advance(Duration.ofNanos(S / 4));
            for (Event e : session.tick(now[0])) {
                cues.accept(e);
            }
        }
        return sink.heard;
    }

    @Test
    void shortRoutineSoundsExactlyLikeThis() {
        String heard = String.join("\n", play(shortRoutine()));
        assertThat(heard + "\n").isEqualTo("""
                0s say Get ready: Piriformis stretch, left
                2s tone COUNTDOWN
                2s say 3
                3s tone COUNTDOWN
                3s say 2
                4s tone COUNTDOWN
                4s say 1
                5s tone STEP_START
                5s say Piriformis stretch, left. 20 seconds
                15s tone HALFWAY
                15s say Halfway
                22s tone COUNTDOWN
                22s say 3
                23s tone COUNTDOWN
                23s say 2
                24s tone COUNTDOWN
                24s say 1
                25s tone SWITCH_SIDES
                25s say Switch sides: right
                27s tone COUNTDOWN
                27s say 3
                28s tone COUNTDOWN
                28s say 2
                29s tone COUNTDOWN
                29s say 1
                30s tone STEP_START
                30s say Piriformis stretch, right. 20 seconds
                40s tone HALFWAY
                40s say Halfway
                47s tone COUNTDOWN
                47s say 3
                48s tone COUNTDOWN
                48s say 2
                49s tone COUNTDOWN
                49s say 1
                50s say Rest 10 seconds. Next: Ab curls, set 1 of 2
                57s tone COUNTDOWN
                57s say 3
                58s tone COUNTDOWN
                58s say 2
                59s tone COUNTDOWN
                59s say 1
                60s tone STEP_START
                60s say Ab curls, set 1 of 2. 2 reps
                61s tone REP
                62s tone REP
                63s say 1
                63s tone REP
                64s tone REP
                65s tone REP
                66s say 2
                66s say Rest 5 seconds. Next: Ab curls, set 2 of 2
                68s tone COUNTDOWN
                68s say 3
                69s tone COUNTDOWN
                69s say 2
                70s tone COUNTDOWN
                70s say 1
                71s tone STEP_START
                71s say Ab curls, set 2 of 2. 2 reps
                72s tone REP
                73s tone REP
                74s say 1
                74s tone REP
                75s tone REP
                76s tone REP
                77s say 2
                77s say Rest 10 seconds. Next: Heat, round 1 of 2
                84s tone COUNTDOWN
                84s say 3
                85s tone COUNTDOWN
                85s say 2
                86s tone COUNTDOWN
                86s say 1
                87s tone PHASE_CHANGE
                87s say Heat, round 1 of 2. 6 minutes
                87s notify Heat, round 1 of 2 | Heat off at 09:07
                267s tone HALFWAY
                267s say Halfway
                387s tone SKIN_CHECK
                387s say Check your skin
                444s tone COUNTDOWN
                444s say 3
                445s tone COUNTDOWN
                445s say 2
                446s tone COUNTDOWN
                446s say 1
                447s tone ALERT
                447s say Take the heat pack off. Put the ice pack on, then press Enter.
                447s notify Heat, round 1 of 2 done | Take the heat pack off. Put the ice pack on, then press Enter.
                454s tone COUNTDOWN
                454s say 3
                455s tone COUNTDOWN
                455s say 2
                456s tone COUNTDOWN
                456s say 1
                457s tone PHASE_CHANGE
                457s say Ice, round 1 of 2. 30 seconds
                457s notify Ice, round 1 of 2 | Ice off at 09:08
                472s tone HALFWAY
                472s say Halfway
                477s tone ALERT
                477s say Take the heat pack off now.
                477s notify Heat, round 1 of 2 done | Take the heat pack off now.
                484s tone COUNTDOWN
                484s say 3
                485s tone COUNTDOWN
                485s say 2
                486s tone COUNTDOWN
                486s say 1
                487s tone ALERT
                487s say Ice is done: take it off. Put the heat on, then press Enter.
                487s notify Ice, round 1 of 2 done | Ice is done: take it off. Put the heat on, then press Enter.
                494s tone COUNTDOWN
                494s say 3
                495s tone COUNTDOWN
                495s say 2
                496s tone COUNTDOWN
                496s say 1
                497s tone PHASE_CHANGE
                497s say Heat, round 2 of 2. 6 minutes
                497s notify Heat, round 2 of 2 | Heat off at 09:14
                517s tone ALERT
                517s say Ice is done: take it off now.
                517s notify Ice, round 1 of 2 done | Ice is done: take it off now.
                577s tone ALERT
                577s say Ice is done: take it off now.
                577s notify Ice, round 1 of 2 done | Ice is done: take it off now.
                677s tone HALFWAY
                677s say Halfway
                697s tone ALERT
                697s say Ice is done: take it off now.
                697s notify Ice, round 1 of 2 done | Ice is done: take it off now.
                797s tone SKIN_CHECK
                797s say Check your skin
                854s tone COUNTDOWN
                854s say 3
                855s tone COUNTDOWN
                855s say 2
                856s tone COUNTDOWN
                856s say 1
                857s tone ALERT
                857s say Take the heat pack off. Put the ice pack on, then press Enter.
                857s notify Heat, round 2 of 2 done | Take the heat pack off. Put the ice pack on, then press Enter.
                864s tone COUNTDOWN
                864s say 3
                865s tone COUNTDOWN
                865s say 2
                866s tone COUNTDOWN
                866s say 1
                867s tone PHASE_CHANGE
                867s say Ice, round 2 of 2. 30 seconds
                867s notify Ice, round 2 of 2 | Ice off at 09:14
                882s tone HALFWAY
                882s say Halfway
                887s tone ALERT
                887s say Take the heat pack off now.
                887s notify Heat, round 2 of 2 done | Take the heat pack off now.
                894s tone COUNTDOWN
                894s say 3
                895s tone COUNTDOWN
                895s say 2
                896s tone COUNTDOWN
                896s say 1
                897s tone ALERT
                897s say Ice is done: take it off now.
                897s notify Ice, round 2 of 2 done | Ice is done: take it off now.
                897s tone FINISH
                897s say Short test done
                897s notify Short test done | Active time 14:57
                """);
    }
}
