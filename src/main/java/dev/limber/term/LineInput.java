package dev.limber.term;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one reader of lines typed on stdin, each with a cap: a line longer than {@link #MAX_LINE_BYTES} keeps its
 * start and the rest is read and dropped, so input that never ends a line ({@code < /dev/zero})
 * cannot fill the memory. It takes a byte at a time from the stream it is given and nothing past
 * a line's end, so what follows stays for the next reader of the same stream ({@code System.in}
 * buffers itself; give a one-off stream a buffer of its own).
 */
public final class LineInput implements Lines {
    /** Far more than any command or answer; the rest of a longer line is dropped. */
    public static final int MAX_LINE_BYTES = 4096;

    private final InputStream in;
    private final byte[] line = new byte[MAX_LINE_BYTES];

    public LineInput(InputStream in) {
        this.in = in;
    }

    /**
     * The next line, without its {@code \n} or any {@code \r}, decoded as UTF-8; null at the end
     * of the input. A last line without a newline still counts.
     */
    @Override
    public String next() throws IOException {
        int n = 0;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r' && n < line.length) {
                line[n++] = (byte) b;
            }
        }
        if (b < 0 && n == 0) {
            return null;
        }
        return new String(line, 0, n, StandardCharsets.UTF_8);
    }
}
