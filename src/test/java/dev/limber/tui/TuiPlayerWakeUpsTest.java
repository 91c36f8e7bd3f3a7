package dev.limber.tui;

import static dev.limber.plan.Steps.base;
import static dev.limber.plan.Steps.pauses;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.limber.plan.Plan;
import dev.limber.plan.Steps;
import dev.limber.session.FakeTicker;
import dev.limber.session.Start;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The player sleeps until something is to be shown or heard (issue 18): on a laptop on battery
 * every wake-up costs, so none is for nothing. The engine runs at real speed on a fake clock.
 */
class TuiPlayerWakeUpsTest {
    private static final KeyStroke SPACE = new KeyStroke(' ', false, false);
    private static final KeyStroke ENTER = new KeyStroke(KeyType.Enter);

    private final FakeTicker clock = new FakeTicker();
    private final long start = clock.nanos();
    private final FakePlayerScreen screen = new FakePlayerScreen(clock);

    private void play(Plan plan) {
        TuiPlayer player = new TuiPlayer(screen, clock, 1, true, false, false, e -> screen.heard(), muted -> { });
        player.play(plan, Start.at(0));
    }

    @Test
    void aCountdownWakesOnceASecondItShows() {
        play(Steps.plan(Steps.timed(base("Hold", List.of(), 1, pauses(0, 0, 0, 0)), 60)));

        assertThat(screen.idle()).as("wake-ups with nothing to show").isZero();
        assertThat(screen.waits()).as("one a second").isEqualTo(60);
    }

    @Test
    void everyKindOfStepPausedOrNotWakesOnlyToShowOrSoundSomething() {
        // a note until Enter, a countdown with sides (paused in the middle), paced reps (Enter asks
        // to finish early; the notice goes by itself), tapped reps, heat and ice with its end's alert
        screen.press(5, ENTER, start)
                .press(20, SPACE, start).press(50, SPACE, start)
                .press(100, ENTER, start)
                .press(130, ENTER, start).press(131, ENTER, start)
                .press(200, SPACE, start);
        play(Steps.plan(Steps.note("Lie on your back"),
                Steps.timed(base("Piriformis", List.of("left", "right"), 1, pauses(5, 10, 5, 0)), 30),
                Steps.paced("Ab curls", 3, 2, 1, 2), Steps.tapped("Bridge", 2), Steps.cycle("Heat and ice", 1, 20, 20)));

        assertThat(screen.idle()).as("wake-ups with nothing to show or sound, of %d", screen.waits()).isZero();
    }
}
