package dev.limber.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineInputTest {
    /** {@code count} zero bytes made as they are read, never held: like {@code /dev/zero}, but ending. */
    static InputStream zeros(long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLineLongerThanTheCapKeepsItsStartAndTheNextLineReadsWhole() throws IOException {
        LineInput in = new LineInput(new java.io.BufferedInputStream(
                new SequenceInputStream(zeros(10L << 20), text("\nq\n"))));
        String first = in.next();
        assertThat(first).hasSize(LineInput.MAX_LINE_BYTES).matches("\u0000+");
        assertThat(in.next()).isEqualTo("q");
        assertThat(in.next()).isNull();
    }

    @Test
    void linesEndAtNewlineWithoutCarriageReturnsAndTheLastNeedsNoEnd() throws IOException {
        LineInput in = new LineInput(text("p\r\n\nné\nlast"));
        assertThat(in.next()).isEqualTo("p");
        assertThat(in.next()).isEmpty();
        assertThat(in.next()).isEqualTo("né");
        assertThat(in.next()).isEqualTo("last");
        assertThat(in.next()).isNull();
    }

    @Test
    void nothingPastALineIsTakenFromTheStream() throws IOException {
        InputStream stdin = text("y\nn\nq\n");
        assertThat(new LineInput(stdin).next()).isEqualTo("y");
        assertThat(new String(stdin.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("n\nq\n");
    }
}
