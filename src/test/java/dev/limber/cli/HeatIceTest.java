package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.Phase;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Tone;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeatIceTest {
    private static Routine heatIce(Duration heat, Duration ice) {
        Step cycle = new Step.Cycle(StepBase.named("Heat and ice"), List.of(
                new Phase("Heat", heat, Optional.empty(), Optional.of(Tone.WARM), Optional.empty(), Optional.empty(),
                        Optional.empty()),
                new Phase("Ice", ice, Optional.empty(), Optional.of(Tone.COLD), Optional.empty(), Optional.empty(),
                        Optional.empty())), 2, dev.limber.routine.Swap.NONE, dev.limber.routine.SkinCheck.DEFAULT);
        return new Routine("heat-ice", "Heat and ice", Optional.empty(), List.of(), false, Map.of(), List.of(cycle));
    }

    @Test
    void onlyPhasesOverThirtyMinutesNeedConfirming() {
        assertThat(HeatIce.longPhases(heatIce(Duration.ofMinutes(30), Duration.ofMinutes(20)))).isEmpty();
        assertThat(HeatIce.longPhases(heatIce(Duration.ofMinutes(45), Duration.ofMinutes(31))))
                .containsExactly("Heat: 45m", "Ice: 31m");
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void confirmReadsOnlyItsOwnLineAndLeavesTheRestOnStdin() throws Exception {
        StringWriter err = new StringWriter();
        InputStream stdin = in("yes\nn\np\n");
        assertThat(Confirm.ask("Heat for 45m?", stdin, new PrintWriter(err))).contains(true);
        assertThat(new String(stdin.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("n\np\n");
        assertThat(err.toString()).isEqualTo("Heat for 45m? [y/N] ");
    }

    @Test
    void anythingButYesIsNoAndClosedStdinIsNoAnswer() {
        PrintWriter err = new PrintWriter(new StringWriter());
        assertThat(Confirm.ask("?", in("\n"), err)).contains(false);
        assertThat(Confirm.ask("?", in("sure\n"), err)).contains(false);
        assertThat(Confirm.ask("?", in("Y"), err)).contains(true);
        assertThat(Confirm.ask("?", in(""), err)).isEmpty();
    }
}
