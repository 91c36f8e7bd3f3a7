package dev.limber.journal;

import dev.limber.json.Json;
import dev.limber.plan.Plan;
import dev.limber.session.Start;
import dev.limber.text.Sanitizer;
import dev.limber.text.Why;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resume files, one per routine id ({@code ID.json} in the resume folder). Saving replaces
 * the file atomically (temp file, fsync, rename), so a crash leaves the old point or the new one,
 * never half of either. Finding one never fails: a missing file is no point, and a stale (older
 * than {@link #STALE_AFTER}), corrupt or no longer fitting one is ignored with a note.
 */
public final class ResumeStore {
    public static final Duration STALE_AFTER = Duration.ofHours(12);

    /** Saves so far in this process, to name their temporary files. */
    private static final AtomicLong SAVES = new AtomicLong();

    private final Path dir;
    private final Clock clock;

    public ResumeStore(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /**
     * What looking for a resume point found.
     *
     * @param point the point to resume at, when there is a usable one
     * @param note why a file that was there is not used, to show the user
     */
    public record Lookup(Optional<ResumePoint> point, Optional<String> note, Optional<String> reason) {
        static final Lookup NONE = new Lookup(Optional.empty(), Optional.empty(), Optional.empty());

        static Lookup found(ResumePoint p) {
            return new Lookup(Optional.of(p), Optional.empty(), Optional.empty());
        }

        /** An unfinished session not used, and why: {@code note} says both, {@code reason} only why. */
        static Lookup ignored(String id, String reason) {
            return new Lookup(Optional.empty(),
                    Optional.of("ignored the unfinished session of " + Sanitizer.line(id) + ": " + reason),
                    Optional.of(reason));
        }
    }

    /** Records that the session of {@code plan} should resume at {@code segment}, stamped now. */
    public void save(Plan plan, int segment) throws IOException {
        save(plan, Start.at(segment));
    }

    /** Records that the session of {@code plan} should resume at {@code start}, stamped now. */
    public void save(Plan plan, Start start) throws IOException {
        save(ResumePoint.at(plan, start, clock.instant()));
    }

    public void save(ResumePoint p) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", 1);
        m.put("routine", p.routineId());
        m.put("segment", p.segment());
        m.put("saved", p.savedAt().toString());
        m.put("segments", p.segmentCount());
        m.put("name", p.segmentName());
        m.put("step", p.step());
        m.put("steps", p.stepCount());
        m.put("params", p.params());
        if (p.left().isPresent()) {
            m.put("spent", p.spent().toMillis());
            m.put("left", p.left().get().toMillis());
        }
        byte[] bytes = (Json.write(m) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(dir);
        Path target = fileFor(p.routineId());
        Path tmp = dir.resolve(".resume-" + ProcessHandle.current().pid() + "-" + SAVES.incrementAndGet() + ".tmp");
        try {
            try (FileChannel ch = createNew(tmp)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory();
    }

    /**
     * A new temporary file, readable by its owner only where files have owners (as
     * {@code Files.createTempFile} makes them). Its name is unique by this process's id and a count
     * rather than a random number: seeding the secure generator would cost the player's first
     * frame about ten milliseconds. One left by a crashed process of the same id is replaced.
     */
    private static FileChannel createNew(Path tmp) throws IOException {
        Files.deleteIfExists(tmp);
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return FileChannel.open(tmp, options,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return FileChannel.open(tmp, options);
        }
    }

    /** The point to resume {@code plan} at, however old, for {@code --resume}. Never throws. */
    public Lookup find(Plan plan) {
        return find(plan, false);
    }

    /**
     * The point the full screen offers to resume at: only one saved in the last
     * {@link #STALE_AFTER}, since a person who stopped yesterday means to start again. Never throws.
     */
    public Lookup offer(Plan plan) {
        return find(plan, true);
    }

    private Lookup find(Plan plan, boolean freshOnly) {
        String id = plan.routine().id();
        Lookup read = read(id);
        if (read.point().isEmpty()) {
            return read;
        }
        ResumePoint p = read.point().get();
        if (freshOnly && Duration.between(p.savedAt(), clock.instant()).compareTo(STALE_AFTER) > 0) {
            return Lookup.ignored(id, "it is more than 12 hours old.");
        }
        if (!p.fits(plan)) {
            Map<String, String> other = differing(p.params(), plan.routine().params());
            if (!other.isEmpty()) {
                return Lookup.ignored(id, "it was played with " + Sanitizer.line(describe(other))
                        + "; --resume alone continues it.");
            }
            return Lookup.ignored(id, "the routine has changed since.");
        }
        return Lookup.found(p);
    }

    /**
     * The parameters the unfinished session of {@code routineId} was played with, where they differ
     * from {@code now} (names {@code now} does not have are left out): what {@code --resume} alone
     * applies again. Empty when there is none, or nothing differs. Never throws.
     */
    public Map<String, String> playedWith(String routineId, Map<String, String> now) {
        return read(routineId).point().map(p -> differing(p.params(), now)).orElse(Map.of());
    }

    private static Map<String, String> differing(Map<String, String> saved, Map<String, String> now) {
        Map<String, String> out = new LinkedHashMap<>();
        saved.forEach((k, v) -> {
            if (now.containsKey(k) && !now.get(k).equals(v)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String describe(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append("--set ").append(k).append('=').append(v));
        return b.toString();
    }

    /** The saved point of {@code id}, or why there is none to use. */
    private Lookup read(String id) {
        Path file = fileFor(id);
        try {
            // Ours are a line long; anything big is not one, and is not read into memory.
            if (Files.size(file) > 64 * 1024) {
                throw new IOException("too large");
            }
            return Lookup.found(parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Lookup.NONE;
        } catch (IOException e) {
            return Lookup.ignored(id, file + " is unreadable (" + Why.of(e, file) + ").");
        } catch (RuntimeException e) {
            return Lookup.ignored(id, file + " is unreadable (" + Sanitizer.line(String.valueOf(e.getMessage())) + ").");
        }
    }

    /** Forgets the unfinished session of a routine (it finished). Never throws. */
    public Optional<String> delete(String routineId) {
        try {
            Files.deleteIfExists(fileFor(routineId));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("could not remove the resume file " + fileFor(routineId) + ": " + Why.of(e, fileFor(routineId)));
        }
    }

    /**
     * The file of a routine id. Ids are file names, but one given on the command line could still
     * hold a separator or start with a dot, so anything but letters, digits, {@code -} and
     * {@code _} is written as {@code %XX}.
     */
    public Path fileFor(String routineId) {
        StringBuilder b = new StringBuilder();
        for (byte c : routineId.getBytes(StandardCharsets.UTF_8)) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c & 0xff));
            }
        }
        return dir.resolve(b + ".json");
    }

    private static ResumePoint parse(String text) {
        Object v = Json.parse(text.strip());
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        try {
            return new ResumePoint((String) need(m, "routine"), ((BigDecimal) need(m, "segment")).intValueExact(),
                    Instant.parse((String) need(m, "saved")), ((BigDecimal) need(m, "segments")).intValueExact(),
                    (String) need(m, "name"), ((BigDecimal) need(m, "step")).intValueExact(),
                    ((BigDecimal) need(m, "steps")).intValueExact(), params(m.get("params")),
                    millis(m.get("spent")).orElse(Duration.ZERO), millis(m.get("left")));
        } catch (ClassCastException | ArithmeticException | DateTimeParseException e) {
            throw new IllegalArgumentException("a value has the wrong type", e);
        }
    }

    /** Longest time spent or left that a resume file may say: no countdown is longer. */
    private static final Duration MAX_TIME = Duration.ofHours(24);

    /** A time in milliseconds, 0 to 24 hours; none in a file written before times were kept. */
    private static Optional<Duration> millis(Object v) {
        if (v == null) {
            return Optional.empty();
        }
        Duration d = Duration.ofMillis(((BigDecimal) v).longValueExact());
        if (d.isNegative() || d.compareTo(MAX_TIME) > 0) {
            throw new IllegalArgumentException("a time is out of range");
        }
        return Optional.of(d);
    }

    /** The saved parameters; none in a file written before they were kept. */
    private static Map<String, String> params(Object v) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v != null) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                out.put((String) e.getKey(), (String) e.getValue());
            }
        }
        return out;
    }

    private static Object need(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("\"" + key + "\" is missing");
        }
        return v;
    }

    /** Makes the rename itself durable; not every platform can open a folder, which is fine. */
    private void syncDirectory() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file is in place either way; only its survival of a power cut is less certain.
        }
    }
}
