package dev.limber.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoundedStackTest {
    private static int endless(int n) {
        return endless(n + 1) + 1;
    }

    private static int deep(int n) {
        return n == 0 ? 0 : deep(n - 1) + 1;
    }

    @Test
    void returnsWhatTheWorkReturns() {
        assertThat(BoundedStack.call(1 << 20, () -> "done", () -> "overflow")).isEqualTo("done");
    }

    @Test
    void aStackOverflowEndsInTheOverflowValue() {
        assertThat(BoundedStack.call(1 << 20, () -> "never " + endless(0), () -> "overflow")).isEqualTo("overflow");
    }

    @Test
    void theStackIsAsLargeAsAsked() {
        // About 100 bytes a frame: 200,000 frames overflow a 1 MB stack and fit in 64 MB.
        assertThat(BoundedStack.call(1 << 20, () -> deep(200_000), () -> -1)).isEqualTo(-1);
        assertThat(BoundedStack.call(64 << 20, () -> deep(200_000), () -> -1)).isEqualTo(200_000);
    }

    @Test
    void whatTheWorkThrowsIsThrownToTheCaller() {
        assertThatThrownBy(() -> BoundedStack.call(1 << 20, () -> {
            throw new IllegalStateException("broken");
        }, () -> "overflow")).isInstanceOf(IllegalStateException.class).hasMessage("broken");
    }
}
