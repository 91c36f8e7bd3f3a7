package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.limber.plan.Steps;
import org.junit.jupiter.api.Test;

/** The build's class-data training run must not break silently when a class it names moves. */
class RehearsalTest {
    @Test
    void theRehearsalRunsThroughWithoutATerminal() {
        assertThatCode(() -> Rehearsal.run(Steps.plan(Steps.timed("Hold", 30), Steps.paced("Curl", 3, 1, 1, 1))))
                .doesNotThrowAnyException();
    }
}
