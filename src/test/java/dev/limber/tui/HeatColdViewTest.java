package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Steps;
import dev.limber.routine.Phase;
import dev.limber.routine.SkinCheck;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Swap;
import dev.limber.routine.Tone;
import dev.limber.session.Command;
import dev.limber.session.FakeTicker;
import dev.limber.session.Session;
import dev.limber.session.Snapshot;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The swap pause, an alert and a skin check on the player screen, from a real session on the fake ticker. */
class HeatColdViewTest {
    private final PlayerView view = new PlayerView(Palette.of(Palette.Depth.ANSI16), Snapshots.OFF_TIME);
    private final FakeTicker clock = new FakeTicker();

    private String draw(int w, int h, Snapshot s) {
        return VirtualScreen.render(w, h, g -> view.draw(g, s, Ui.start(false)));
    }

    private static Phase phase(String name, long minutes, Tone tone, String how) {
        String pack = name.toLowerCase() + " pack";
        return new Phase(name, Duration.ofMinutes(minutes), Optional.of(how), Optional.of(tone), Optional.empty(),
                Optional.of("Put the " + pack + " on"), Optional.of("Take the " + pack + " off"));
    }

    private Session heatIce(Swap swap) {
        Plan plan = Steps.plan(new Step.Cycle(StepBase.named("Heat and ice"), List.of(
                phase("Heat", 20, Tone.WARM, "Wrap the heat pack in a towel."),
                phase("Ice", 20, Tone.COLD, "Wrap the ice pack in a thin, damp towel.")), 2, swap, SkinCheck.DEFAULT));
        Session session = new Session(plan);
        session.start(clock.nanos());
        return session;
    }

    private void play(Session session, long seconds) {
        for (long i = 0; i < seconds; i++) {
            clock.advanceSeconds(1);
            session.tick(clock.nanos());
        }
    }

    @Test
    void aSwapPauseSaysWhatToChangeAndShowsTheNextPhasesInstructions() {
        Session session = heatIce(Swap.WAIT);
        play(session, 20 * 60);
        assertThat(draw(80, 24, session.snapshot(clock.nanos()))).isEqualTo(PlayerViewTest.picture(SWAP_80));
        assertThat(draw(40, 12, session.snapshot(clock.nanos()))).contains("Swap → Ice", "enter: continue",
                "Take the heat pack off. Put the ice", "pack on, then press Enter.").doesNotContain("any key");
    }

    @Test
    void anAlertIsABoxUnderTheTitleAtEverySize() {
        Session session = heatIce(Swap.NONE);
        play(session, 20 * 60);
        assertThat(draw(80, 24, session.snapshot(clock.nanos()))).isEqualTo(PlayerViewTest.picture(ALERT_80));
        assertThat(draw(40, 12, session.snapshot(clock.nanos()))).contains("Take the heat pack off now.",
                "any key: stop the alert");
        assertThat(draw(20, 6, session.snapshot(clock.nanos()))).contains("20:00 Take the heat…");
        session.apply(Command.ACKNOWLEDGE, clock.nanos());
        assertThat(draw(80, 24, session.snapshot(clock.nanos()))).doesNotContain("Take the heat pack off");
    }

    @Test
    void anOverrunIsSaidInTheBoxEvenInASwap() {
        Session session = heatIce(Swap.WAIT);
        play(session, 10 * 60);
        clock.advanceSeconds(14 * 60 + 10);
        session.tick(clock.nanos());
        assertThat(draw(80, 24, session.snapshot(clock.nanos()))).contains(
                "Heat ran 4:10 longer than planned while the computer was asleep. Take\n",
                "the heat pack off now.", "any key: stop the alert", "Swap → Ice");
    }

    @Test
    void aSkinCheckIsALineUnderTheTitleForAWhile() {
        Session session = heatIce(Swap.NONE);
        play(session, 5 * 60);
        assertThat(draw(80, 24, session.snapshot(clock.nanos()))).contains("Heat and ice: Heat · round 1/2\n"
                + "                      Check your skin · Heat off at 16:41\n");
        assertThat(draw(40, 12, session.snapshot(clock.nanos()))).contains("Check your skin");
        play(session, 20);
        assertThat(draw(80, 24, session.snapshot(clock.nanos()))).doesNotContain("Check your skin");
    }

    static final String SWAP_80 = """
             Test routine                                                1/1 · 1:00:00 left
            
            
            
            
            
            
                                               Swap → Ice
                                            enter: continue
            
                     Take the heat pack off. Put the ice pack on, then press Enter.
            
                     Wrap the ice pack in a thin, damp towel.
            
              total ███████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 1:20:00
              Next: Heat and ice: Ice · round 1/2 · 20m
            
            
            
            
            
            
            
             enter continue  space pause  n → next  b ← back  m mute  ? help  q quit
            """;

    static final String ALERT_80 = """
             Test routine                                                1/1 · 1:00:00 left
            
            
                                   ██████  ██████      ██████  ██████
                                       ██  ██  ██  ██  ██  ██  ██  ██
                                   ██████  ██  ██      ██  ██  ██  ██
                                   ██      ██  ██  ██  ██  ██  ██  ██
                                   ██████  ██████      ██████  ██████
            
                                     Heat and ice: Ice · round 1/2
            
                                      Take the heat pack off now.
                                        any key: stop the alert
            
                                            Ice off at 16:46
            
                                Wrap the ice pack in a thin, damp towel.
            
              step  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 20:00
              total ███████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 1:20:00
              Next: Heat and ice: Heat · round 2/2 · 20m
            
            
             space pause  n → next  b ← back  + - ±10s  m mute  ? help  q quit
            """;
}
