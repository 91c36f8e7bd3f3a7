package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.Phase;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Tone;
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
}
