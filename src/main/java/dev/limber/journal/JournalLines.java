package dev.limber.journal;

import dev.limber.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns the bytes of a journal into sessions: one per line, skipping blank lines, and one warning
 * per line that is not a whole session (a torn write, a bad hand edit), naming its line number.
 * Large journals are read in chunks on every core, so ten thousand sessions read well within
 * the second {@code history} has.
 */
final class JournalLines {
    /** Below this many lines a second thread costs more than it saves. */
    private static final int CHUNK = 1_000;

    private JournalLines() {
    }

    private record Chunk(List<SessionRecord> records, List<String> warnings) {
    }

    static Journal.Contents parse(String fileName, byte[] bytes) {
        // One decode and indexOf over the whole file: far cheaper than a String per line first.
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        int chunks = (lines.size() + CHUNK - 1) / CHUNK;
        List<Chunk> parsed = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> chunk(fileName, text, lines, c * CHUNK, Math.min(lines.size(), (c + 1) * CHUNK)))
                .toList();
        List<SessionRecord> records = new ArrayList<>(lines.size());
        List<String> warnings = new ArrayList<>();
        for (Chunk c : parsed) {
            records.addAll(c.records());
            warnings.addAll(c.warnings());
        }
        return new Journal.Contents(records, warnings);
    }

    private static Chunk chunk(String fileName, String text, List<int[]> lines, int from, int to) {
        JsonReader in = new JsonReader(text, 0, 0);
        List<SessionRecord> records = new ArrayList<>(to - from);
        List<String> warnings = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int[] line = lines.get(i);
            if (blank(text, line[0], line[1])) {
                continue;
            }
            try {
                in.reset(line[0], line[1]);
                records.add(SessionJson.parse(in));
            } catch (IllegalArgumentException e) {
                warnings.add(fileName + ":" + (i + 1) + ": skipped a line that is not a whole session ("
                        + e.getMessage() + ")");
            }
        }
        return new Chunk(records, warnings);
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
