package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LimberTerminalTest {
    /** Counts the writes it gets, and keeps their bytes. */
    private static final class Writes extends ByteArrayOutputStream {
        int calls;

        @Override
        public synchronized void write(int b) {
            calls++;
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            calls++;
            super.write(b, off, len);
        }
    }

    @Test
    void aStringIsEncodedInOnePieceNotACharacterAtATime() throws IOException {
        Writes out = new Writes();
        LimberTerminal t = new LimberTerminal(out);
        t.putString("Hold 3:00 ±·股");
        assertThat(out.calls).isEqualTo(1);
        // no NUL after the two-byte characters either
        assertThat(out.toByteArray()).isEqualTo("Hold 3:00 ±·股".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void controlCharactersNeverReachTheTerminal() throws IOException {
        assertThat(written("a\u001b[2Jb\u0007c\u009b31md\u007fe")).isEqualTo("a[2Jbc31mde");
    }

    @Test
    void aLoneHalfOfASurrogatePairIsAQuestionMark() throws IOException {
        assertThat(written("x\uD83Dy")).isEqualTo("x?y");
    }

    /** What the terminal gets for {@code text}, as UTF-8. */
    private static String written(String text) throws IOException {
        Writes out = new Writes();
        new LimberTerminal(out).putString(text);
        return out.toString(StandardCharsets.UTF_8);
    }
}
