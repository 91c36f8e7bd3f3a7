package dev.limber.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PainChangeTest {
    @Test
    void bothAnswersSideBySide() {
        assertThat(PainChange.line(OptionalInt.of(6), OptionalInt.of(3))).contains("Pain 6 → 3.");
    }

    @Test
    void anAfterSkippedStillShowsTheBefore() {
        assertThat(PainChange.line(OptionalInt.of(6), OptionalInt.empty())).contains("Pain before: 6 (after: skipped).");
        assertThat(PainChange.line(OptionalInt.empty(), OptionalInt.of(2))).contains("Pain after: 2.");
        assertThat(PainChange.line(OptionalInt.empty(), OptionalInt.empty())).isEmpty();
    }
}
