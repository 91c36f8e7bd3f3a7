package dev.limber.journal;

import dev.limber.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns the bytes of a journal into sessions: one per line, skipping blank lines, and one warning
 * per line that is not a whole session (a torn write, a bad hand edit), naming its line number.
 * The bytes are cut at line ends into chunks that are decoded and parsed on every core, so ten
 * thousand sessions read well within the second {@code history} has.
 */
final class JournalLines {
    /** About this many bytes per chunk: enough to spread over the cores, big enough to be worth a task. */
    private static final int CHUNK_BYTES = 1 << 20;

    private JournalLines() {
    }

    /** A bad line, numbered within its chunk until the chunks before it are counted. */
    private record Bad(int line, String why) {
    }

    private record Chunk(List<SessionRecord> records, List<Bad> bad, int lines) {
    }

    static Journal.Contents parse(String fileName, byte[] bytes) {
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        while (start < bytes.length) {
            int end = Math.min(bytes.length, start + CHUNK_BYTES);
            // A UTF-8 sequence never holds the byte '\n', so cutting after one is always safe.
            while (end < bytes.length && bytes[end - 1] != '\n') {
                end++;
            }
            ranges.add(new int[] {start, end});
            start = end;
        }
        List<Chunk> chunks = IntStream.range(0, ranges.size()).parallel()
                .mapToObj(i -> chunk(bytes, ranges.get(i)[0], ranges.get(i)[1]))
                .toList();
        List<SessionRecord> records = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int linesBefore = 0;
        for (Chunk c : chunks) {
            records.addAll(c.records());
            for (Bad b : c.bad()) {
                warnings.add(fileName + ":" + (linesBefore + b.line()) + ": skipped a line that is not a whole session ("
                        + b.why() + ")");
            }
            linesBefore += c.lines();
        }
        return new Journal.Contents(records, warnings);
    }

    private static Chunk chunk(byte[] bytes, int from, int to) {
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        JsonReader in = new JsonReader(text, 0, 0);
        List<SessionRecord> records = new ArrayList<>();
        List<Bad> bad = new ArrayList<>();
        int line = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            line++;
            if (!blank(text, start, end)) {
                try {
                    in.reset(start, end);
                    records.add(SessionJsonReader.parse(in));
                } catch (IllegalArgumentException e) {
                    bad.add(new Bad(line, e.getMessage()));
                }
            }
            start = end + 1;
        }
        return new Chunk(records, bad, line);
    }

    private static boolean blank(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
