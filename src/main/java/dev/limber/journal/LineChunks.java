package dev.limber.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;

/**
 * Cuts the bytes of a journal, as they are read, into pieces of whole lines of about a chunk's
 * size, so a journal of any size is never in memory whole. A line longer than the cap is not
 * kept: it comes out as a {@link LongLine} of its own and its bytes are passed over, so memory
 * stays within the cap whatever the file holds (a file with no line end at all, say).
 */
final class LineChunks {
    /** What {@link #next} gives. */
    sealed interface Piece {
    }

    /** Whole lines, each with its newline, except a last line the file ends without one. */
    record Lines(byte[] bytes) implements Piece {
    }

    /** One line longer than the cap, passed over. */
    record LongLine() implements Piece {
    }

    private final ReadableByteChannel in;
    private final int maxLineBytes;
    private byte[] buf;
    private int filled;
    private boolean ended;

    LineChunks(ReadableByteChannel in, int chunkBytes, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buf = new byte[Math.min(chunkBytes, maxLineBytes + 1)];
    }

    /** The next piece, or null at the end of the input. */
    Piece next() throws IOException {
        while (true) {
            fill();
            if (filled == 0) {
                return null;
            }
            int cut = lastNewline() + 1;
            if (cut == 0 && ended) {
                cut = filled;
            }
            if (cut > 0) {
                byte[] piece = Arrays.copyOf(buf, cut);
                System.arraycopy(buf, cut, buf, 0, filled - cut);
                filled -= cut;
                return new Lines(piece);
            }
            // The buffer holds part of one line: grow it while the line may still be kept.
            if (buf.length <= maxLineBytes) {
                buf = Arrays.copyOf(buf, (int) Math.min(2L * buf.length, maxLineBytes + 1L));
                continue;
            }
            passOverLine();
            return new LongLine();
        }
    }

    /** Reads until the buffer is full or the input ends. */
    private void fill() throws IOException {
        while (filled < buf.length && !ended) {
            int n = in.read(ByteBuffer.wrap(buf, filled, buf.length - filled));
            if (n < 0) {
                ended = true;
            } else {
                filled += n;
            }
        }
    }

    private int lastNewline() {
        for (int i = filled - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Drops the buffered part of a line and reads on past its newline, keeping what follows it. */
    private void passOverLine() throws IOException {
        filled = 0;
        while (true) {
            fill();
            if (filled == 0) {
                return;
            }
            for (int i = 0; i < filled; i++) {
                if (buf[i] == '\n') {
                    System.arraycopy(buf, i + 1, buf, 0, filled - i - 1);
                    filled -= i + 1;
                    return;
                }
            }
            filled = 0;
        }
    }
}
