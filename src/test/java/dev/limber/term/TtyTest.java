package dev.limber.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class TtyTest {
    @Test
    void sttySizeIsRowsThenColumns() throws IOException {
        assertThat(Tty.parseSize("24 80\n")).isEqualTo(new Tty.Size(80, 24));
    }

    @Test
    void aPtyNeverSizedStillHasOneCell() throws IOException {
        assertThat(Tty.parseSize("0 0")).isEqualTo(new Tty.Size(1, 1));
    }

    @Test
    void anOddAnswerIsAnIoProblemNotACrash() {
        assertThatThrownBy(() -> Tty.parseSize("speed 38400 baud")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Tty.parseSize("24")).isInstanceOf(IOException.class);
    }
}
