package dev.limber.tui;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream the terminal writes to: gathers a whole frame and sends it with one write on
 * {@link #flush}, and drops NUL bytes. Lanterna 3.1.3's {@code putCharacter} encodes each
 * character into a buffer sized for three bytes and writes all of it, so every two-byte UTF-8
 * character (Cyrillic, ±, ·) is followed by a NUL; {@link LimberTerminal#putString} no longer goes
 * that way, and nothing the player draws needs a NUL.
 */
final class TerminalOutput extends OutputStream {
    private final OutputStream out;
    private byte[] buffer = new byte[8192];
    private int size;

    TerminalOutput(OutputStream out) {
        this.out = out;
    }

    @Override
    public synchronized void write(int b) {
        if (b != 0) {
            ensure(1);
            buffer[size++] = (byte) b;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        ensure(len);
        for (int i = off; i < off + len; i++) {
            if (b[i] != 0) {
                buffer[size++] = b[i];
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (size > 0) {
            out.write(buffer, 0, size);
            size = 0;
        }
        out.flush();
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            byte[] bigger = new byte[Math.max(buffer.length * 2, size + more)];
            System.arraycopy(buffer, 0, bigger, 0, size);
            buffer = bigger;
        }
    }
}
