package dev.limber.journal;

import dev.limber.io.DataFile;
import dev.limber.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * The summary file beside the journal ({@code journal.jsonl.index}): the {@link FullSessions}
 * and the reading warnings of the journal as it stood at a {@link Stamp}. It is only ever a copy:
 * used when its stamp is the journal's and its own checksum holds, rebuilt from the journal
 * otherwise (missing, garbled, or the journal appended by an older limber, cut short or edited
 * since), and brought up to date by each append of this limber. Deleting it costs one full read.
 */
final class JournalIndex {
    private static final String HEADER = "limber journal index 1 ";
    /** The end of the journal that is checksummed: where appends, cuts and torn writes happen. */
    private static final int TAIL = 1 << 16;
    /** Far more than the groups of any real journal; a larger file is not ours and is rebuilt. */
    private static final int MAX_BYTES = 1 << 20;

    private JournalIndex() {
    }

    /**
     * The journal as the index last saw it. Size and modification time change with every write
     * (as for make and git), the file key when it is replaced, and the checksum of the last bytes
     * catches a cut and re-append that lands on the same size within one tick of the clock.
     */
    record Stamp(long size, String modified, String key, long tail) {
    }

    /** What the index keeps of the journal. */
    record Summary(FullSessions full, List<String> warnings) {
        Summary {
            warnings = List.copyOf(warnings);
        }
    }

    private record Saved(Stamp stamp, Summary summary) {
    }

    static Path fileFor(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".index");
    }

    /** The stamp of the journal open in {@code ch}, which the caller holds a lock on. */
    static Stamp stamp(Path journal, FileChannel ch) throws IOException {
        BasicFileAttributes a = Files.readAttributes(journal, BasicFileAttributes.class);
        long size = ch.size();
        ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, TAIL));
        long from = size - tail.capacity();
        while (tail.hasRemaining() && ch.read(tail, from + tail.position()) >= 0) {
            // read on: a positional read may return fewer bytes than asked
        }
        CRC32C crc = new CRC32C();
        crc.update(tail.flip());
        return new Stamp(size, a.lastModifiedTime().toString(), String.valueOf(a.fileKey()), crc.getValue());
    }

    /**
     * The summary of the journal open in {@code ch} (locked by the caller): from the index when it
     * is in step, else read from the journal, streaming, and saved for the next command.
     */
    static Summary read(Path journal, FileChannel ch) throws IOException {
        Stamp now = stamp(journal, ch);
        Optional<Saved> saved = load(fileFor(journal));
        if (saved.isPresent() && saved.get().stamp().equals(now)) {
            return saved.get().summary();
        }
        FullSessions full = FullSessions.empty();
        ch.position(0);
        List<String> warnings = JournalLines.read(journal.toString(), ch, full::add);
        Summary summary = new Summary(full, warnings);
        save(journal, now, summary);
        return summary;
    }

    /**
     * The journal's stamp before an append, or empty when it cannot be taken (the index is then
     * left to be rebuilt).
     */
    static Optional<Stamp> before(Path journal, FileChannel ch) {
        try {
            return Optional.of(stamp(journal, ch));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Counts {@code record}, just appended under the exclusive lock, into an index that was in
     * step with the journal {@code before} it; any other index is left for the next read to
     * rebuild. Never fails: the session is written, and the index is only a copy.
     */
    static void appended(Path journal, FileChannel ch, Optional<Stamp> before, SessionRecord record) {
        try {
            Optional<Saved> saved = load(fileFor(journal));
            if (before.isEmpty() || saved.isEmpty() || !saved.get().stamp().equals(before.get())) {
                return;
            }
            saved.get().summary().full().add(record);
            save(journal, stamp(journal, ch), saved.get().summary());
        } catch (IOException e) {
            // the next read finds the index out of step and rebuilds it
        }
    }

    private static Optional<Saved> load(Path index) {
        String text;
        try {
            text = new String(DataFile.read(index, MAX_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        int newline = text.indexOf('\n');
        if (!text.startsWith(HEADER) || newline < 0) {
            return Optional.empty();
        }
        String body = text.substring(newline + 1);
        if (!text.substring(HEADER.length(), newline).equals(Long.toHexString(crc(body)))) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(body));
        } catch (RuntimeException e) {
            // a body of the wrong shape (a wrong type, a missing key, a bad number): rebuilt
            return Optional.empty();
        }
    }

    private static Saved parse(String body) {
        Map<?, ?> m = (Map<?, ?>) Json.parse(body);
        Stamp stamp = new Stamp(number(m.get("size")).longValueExact(), (String) m.get("modified"),
                (String) m.get("key"), number(m.get("tail")).longValueExact());
        List<String> warnings = new ArrayList<>();
        for (Object w : (List<?>) m.get("warnings")) {
            warnings.add((String) w);
        }
        Map<FullSessions.Group, Integer> counts = new HashMap<>();
        for (Object o : (List<?>) m.get("full")) {
            Map<?, ?> g = (Map<?, ?>) o;
            Set<FullSessions.Place> places = new LinkedHashSet<>();
            for (Object p : (List<?>) g.get("places")) {
                List<?> place = (List<?>) p;
                places.add(new FullSessions.Place(Optional.ofNullable((String) place.get(0)),
                        number(place.get(1)).intValueExact()));
            }
            int sessions = number(g.get("sessions")).intValueExact();
            if (sessions < 1) {
                throw new IllegalArgumentException("a group of no sessions");
            }
            counts.put(new FullSessions.Group((String) g.get("routine"), (String) g.get("name"),
                    number(g.get("step")).intValueExact(), places), sessions);
        }
        if (stamp.modified() == null || stamp.key() == null || counts.containsKey(null)) {
            throw new IllegalArgumentException("incomplete");
        }
        return new Saved(stamp, new Summary(FullSessions.of(counts), warnings));
    }

    private static BigDecimal number(Object o) {
        return (BigDecimal) o;
    }

    private static void save(Path journal, Stamp stamp, Summary summary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", stamp.size());
        m.put("modified", stamp.modified());
        m.put("key", stamp.key());
        m.put("tail", stamp.tail());
        m.put("warnings", summary.warnings());
        List<Object> groups = new ArrayList<>();
        summary.full().counts().forEach((g, n) -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("routine", g.routine());
            o.put("name", g.name());
            o.put("step", g.step());
            o.put("places", g.places().stream().map(p -> java.util.Arrays.asList(p.side().orElse(null), p.set()))
                    .toList());
            o.put("sessions", n);
            groups.add(o);
        });
        m.put("full", groups);
        String body = Json.write(m);
        write(fileFor(journal), HEADER + Long.toHexString(crc(body)) + "\n" + body);
    }

    /** Replaces the index in one step, so a reader finds the old one or the new one, never half. */
    private static void write(Path index, String text) {
        Path tmp = null;
        try {
            Path dir = index.toAbsolutePath().getParent();
            try {
                tmp = Files.createTempFile(dir, index.getFileName() + ".", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                tmp = Files.createTempFile(dir, index.getFileName() + ".", ".tmp");
            }
            Files.writeString(tmp, text);
            Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A folder that cannot take it: every command reads the whole journal, slower but the same.
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // a stray temporary file beside the journal; harmless
        }
    }

    private static long crc(String s) {
        CRC32C crc = new CRC32C();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
