package dev.limber.journal;

import dev.limber.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a journal records a session as completed, found without parsing the journal: it streams
 * the bytes a block at a time, looks for the session's id as {@link SessionJson} writes it, and
 * parses only a line that holds it. A resume point is checked this way before it is offered, so a
 * journal of years costs a scan, not a parse, and never more memory than its longest line.
 */
final class JournalSearch {
    private static final int BLOCK = 1 << 16;
    /** Far longer than a line of 10,000 segments; a longer line is not one of ours and is passed over. */
    private static final int MAX_LINE = 16 << 20;

    private JournalSearch() {
    }

    static boolean completed(ReadableByteChannel in, String session) throws IOException {
        byte[] id = ("\"" + SessionJson.SESSION + "\":" + Json.write(session)).getBytes(StandardCharsets.UTF_8);
        ByteBuffer block = ByteBuffer.allocate(BLOCK);
        byte[] line = new byte[4096];
        int length = 0;
        boolean overlong = false;
        while (true) {
            block.clear();
            int n = in.read(block);
            if (n < 0) {
                // The last line, if it has no newline, is torn; it can still be read as far as it goes.
                return !overlong && completed(line, length, id, session);
            }
            byte[] bytes = block.array();
            int from = 0;
            for (int i = 0; i <= n; i++) {
                if (i < n && bytes[i] != '\n') {
                    continue;
                }
                int count = i - from;
                if (overlong || length + count > MAX_LINE) {
                    overlong = true;
                } else {
                    if (length + count > line.length) {
                        line = Arrays.copyOf(line, Math.min(MAX_LINE, Math.max(line.length * 2, length + count)));
                    }
                    System.arraycopy(bytes, from, line, length, count);
                    length += count;
                }
                if (i == n) {
                    break;
                }
                if (!overlong && completed(line, length, id, session)) {
                    return true;
                }
                length = 0;
                overlong = false;
                from = i + 1;
            }
        }
    }

    /** True when the line holds {@code id} and is a session with that id that completed. */
    private static boolean completed(byte[] line, int length, byte[] id, String session) {
        if (!contains(line, length, id)) {
            return false;
        }
        try {
            SessionRecord r = SessionJson.parse(new String(line, 0, length, StandardCharsets.UTF_8));
            return r.completed() && r.session().equals(Optional.of(session));
        } catch (IllegalArgumentException e) {
            // Not a whole session (a torn write, a bad edit): reading the journal warns about it.
            return false;
        }
    }

    private static boolean contains(byte[] a, int length, byte[] b) {
        outer:
        for (int i = 0; i <= length - b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                if (a[i + j] != b[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
