package dev.limber.journal;

import dev.limber.json.JsonReader;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns the bytes of a journal into sessions: one per line, skipping blank lines, and a warning
 * per line that is not a whole session (a torn write, a bad hand edit), naming its line number.
 * Only the first few bad lines get a warning of their own, then one line counts the rest: a
 * journal of a million bad lines must not print a million lines on every command. The bytes are
 * read as a stream of chunks cut at line ends ({@link LineChunks}), and each batch of chunks is
 * decoded and parsed on every core, so ten thousand sessions read well within the second
 * {@code history} has and a journal of any size is never held in memory whole.
 */
final class JournalLines {
    /** About this many bytes per chunk: enough to spread over the cores, big enough to be worth a task. */
    private static final int CHUNK_BYTES = 1 << 20;
    /** Chunks parsed at once: what is in memory besides the sessions. */
    private static final int BATCH = 8;
    /**
     * The longest line read: about ten times the line of a session of 10,000 segments (the most a
     * plan has) with everyday names, and small enough to parse in the memory limber runs with.
     */
    static final int MAX_LINE_BYTES = 16 << 20;
    /** Bad lines warned about one by one; the rest are counted. */
    static final int MAX_WARNINGS = 5;

    private JournalLines() {
    }

    /** A bad line, numbered within its chunk until the chunks before it are counted. */
    private record Bad(int line, String why) {
    }

    /** @param bad the first {@link #MAX_WARNINGS} bad lines of the chunk, of {@code badCount} */
    private record Chunk(List<SessionRecord> records, List<Bad> bad, int badCount, int lines) {
    }

    /** Reads the journal from {@code in} to its end; {@code fileName} names it in warnings. */
    static Journal.Contents read(String fileName, ReadableByteChannel in) throws IOException {
        List<SessionRecord> records = new ArrayList<>();
        List<String> warnings = read(fileName, in, records::add);
        return new Journal.Contents(records, warnings);
    }

    /**
     * Hands each session to {@code sink} in file order, holding no more than a batch of chunks,
     * and answers the warnings.
     */
    static List<String> read(String fileName, ReadableByteChannel in, Consumer<SessionRecord> sink)
            throws IOException {
        LineChunks chunks = new LineChunks(in, CHUNK_BYTES, MAX_LINE_BYTES);
        Tally tally = new Tally(fileName, sink);
        List<LineChunks.Piece> batch = new ArrayList<>(BATCH);
        ExecutorService cores = Executors.newFixedThreadPool(Math.min(BATCH, Runtime.getRuntime().availableProcessors()),
                r -> {
                    Thread t = new Thread(r, "limber-journal");
                    t.setDaemon(true);
                    return t;
                });
        try {
            for (LineChunks.Piece p = chunks.next(); p != null; p = chunks.next()) {
                batch.add(p);
                if (batch.size() == BATCH) {
                    tally.add(parse(batch, cores));
                    batch.clear();
                }
            }
            tally.add(parse(batch, cores));
        } finally {
            cores.shutdownNow();
        }
        return tally.warnings();
    }

    /** Hands on the sessions of the chunks so far, in file order, and keeps their warnings. */
    private static final class Tally {
        private final String fileName;
        private final Consumer<SessionRecord> sink;
        private final List<String> warnings = new ArrayList<>();
        private long bad;
        private long linesBefore;

        Tally(String fileName, Consumer<SessionRecord> sink) {
            this.fileName = fileName;
            this.sink = sink;
        }

        void add(List<Chunk> chunks) {
            for (Chunk c : chunks) {
                c.records().forEach(sink);
                for (Bad b : c.bad()) {
                    if (warnings.size() < MAX_WARNINGS) {
                        warnings.add(fileName + ":" + (linesBefore + b.line())
                                + ": skipped a line that is not a whole session (" + b.why() + ")");
                    }
                }
                bad += c.badCount();
                linesBefore += c.lines();
            }
        }

        List<String> warnings() {
            if (bad > MAX_WARNINGS) {
                warnings.add(String.format(Locale.ROOT, "%s: … and %,d more lines skipped that are not whole sessions",
                        fileName, bad - MAX_WARNINGS));
            }
            return warnings;
        }
    }

    /**
     * The chunks of a batch parsed on threads of this read's own, not the common pool's: a chunk
     * that runs out of memory must end the read with that error on the reading thread, where the
     * command says so in one line, instead of killing a pool worker (whose death the JVM reports
     * as an internal error, and whose half-initialized classes then fail the reading thread too).
     */
    private static List<Chunk> parse(List<LineChunks.Piece> batch, ExecutorService cores) {
        List<Future<Chunk>> parsed = new ArrayList<>(batch.size());
        for (LineChunks.Piece p : batch) {
            parsed.add(cores.submit(() -> chunk(p)));
        }
        List<Chunk> out = new ArrayList<>(batch.size());
        try {
            for (Future<Chunk> f : parsed) {
                out.add(f.get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the journal", e);
        }
        return out;
    }

    private static Chunk chunk(LineChunks.Piece piece) {
        if (!(piece instanceof LineChunks.Lines lines)) {
            return new Chunk(List.of(), List.of(new Bad(1, "longer than " + (MAX_LINE_BYTES >> 20) + " MiB")), 1, 1);
        }
        String text = new String(lines.bytes(), StandardCharsets.UTF_8);
        JsonReader in = new JsonReader(text, 0, 0);
        List<SessionRecord> records = new ArrayList<>();
        List<Bad> bad = new ArrayList<>();
        int badCount = 0;
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
                    if (bad.size() < MAX_WARNINGS) {
                        bad.add(new Bad(line, e.getMessage()));
                    }
                    badCount++;
                }
            }
            start = end + 1;
        }
        return new Chunk(records, bad, badCount, line);
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
