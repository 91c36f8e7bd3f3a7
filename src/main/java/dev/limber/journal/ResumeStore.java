package dev.limber.journal;

import dev.limber.io.DataFile;
import dev.limber.plan.Plan;
import dev.limber.session.Start;
import dev.limber.text.Sanitizer;
import dev.limber.text.Why;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The resume files, one per routine id (named by {@link ResumeFileName}; the id is kept inside).
 * Saving replaces the file atomically (temp file, fsync, rename), so a crash leaves the old point
 * or the new one, never half of either. Finding one never fails: a missing file is no point, nor
 * is one whose session the journal already records as completed (the player stopped between
 * writing that line and removing the file), which is removed; one corrupt or no longer fitting
 * is ignored with a note.
 */
public final class ResumeStore {
    /** Past this age a point is still offered, but as unlikely: someone who stopped yesterday most likely starts again. */
    public static final Duration STALE_AFTER = Duration.ofHours(12);

    /** Saves so far in this process, to name their temporary files. */
    private static final AtomicLong SAVES = new AtomicLong();

    private final Path dir;
    private final Journal journal;
    private final Clock clock;

    /** @param journal where the sessions of these resume points are recorded */
    public ResumeStore(Path dir, Journal journal, Clock clock) {
        this.dir = dir;
        this.journal = journal;
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

    /** How long ago {@code p} was saved, by this store's clock. */
    public Duration age(ResumePoint p) {
        return Duration.between(p.savedAt(), clock.instant());
    }

    /** Records that session {@code session} of {@code plan} should resume at {@code segment}, stamped now. */
    public void save(Plan plan, String session, int segment) throws IOException {
        save(plan, session, Start.at(segment));
    }

    /** Records that session {@code session} of {@code plan} should resume at {@code start}, stamped now. */
    public void save(Plan plan, String session, Start start) throws IOException {
        save(ResumePoint.at(plan, session, start, clock.instant()));
    }

    public void save(ResumePoint p) throws IOException {
        byte[] bytes = (ResumeJson.write(p) + "\n").getBytes(StandardCharsets.UTF_8);
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
        } catch (IOException e) {
            // Said of the file it was for: the temporary file's name means nothing to a person.
            throw new IOException(Why.of(e, e instanceof FileSystemException f ? f.getFile() : null)
                    + " (" + target + ")", e);
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

    /**
     * The point to resume {@code plan} at, however old: {@code --resume} takes it, the full screen
     * offers it (saying its {@link #age} when that is over {@link #STALE_AFTER}). Never throws.
     */
    public Lookup find(Plan plan) {
        String id = plan.routine().id();
        Lookup read = read(id);
        if (read.point().isEmpty()) {
            return read;
        }
        ResumePoint p = read.point().get();
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
     * The parameters the unfinished session of {@code routineId} was played with: what
     * {@code --resume} alone applies again. Empty when there is none. Never throws.
     */
    public Map<String, String> savedParams(String routineId) {
        return read(routineId).point().map(ResumePoint::params).orElse(Map.of());
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
        Optional<Path> old = oldFileFor(id);
        if (old.isPresent() && !Files.exists(file) && Files.exists(old.get())) {
            file = old.get();
        }
        ResumePoint p;
        try {
            // Ours are a line long; anything big is not one, and is not read into memory.
            p = ResumeJson.parse(new String(DataFile.read(file, 64 * 1024), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Lookup.NONE;
        } catch (IOException e) {
            return Lookup.ignored(id, file + " is unreadable (" + Why.of(e, file) + ").");
        } catch (RuntimeException e) {
            return Lookup.ignored(id, file + " is unreadable (" + Sanitizer.line(String.valueOf(e.getMessage())) + ").");
        }
        if (!p.routineId().equals(id)) {
            // Another routine's: two ids share a name on a file system that ignores case.
            return Lookup.NONE;
        }
        if (p.session().isPresent() && completedInJournal(p.session().get())) {
            // Where removing it fails, the next session of this routine replaces it anyway.
            delete(id);
            return Lookup.NONE;
        }
        return Lookup.found(p);
    }

    /**
     * Whether the journal records the session as completed. A journal that cannot be read says
     * no: offering a finished session again costs a duplicate line, losing an unfinished one more.
     */
    private boolean completedInJournal(String session) {
        try {
            return journal.recordsCompleted(session);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Forgets the unfinished session of a routine (it finished). Never throws. */
    public Optional<String> delete(String routineId) {
        Optional<String> problem = Optional.empty();
        for (Path file : Stream.concat(Stream.of(fileFor(routineId)), oldFileFor(routineId).stream()).toList()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                problem = Optional.of("could not remove the resume file " + file + ": " + Why.of(e, file));
            }
        }
        return problem;
    }

    /** The file of a routine id: a short ASCII name inside the resume folder, whatever the id. */
    public Path fileFor(String routineId) {
        return dir.resolve(ResumeFileName.of(routineId));
    }

    /** The file of the routine id as a limber before bounded names called it, where that differs. */
    private Optional<Path> oldFileFor(String routineId) {
        return ResumeFileName.before(routineId).map(dir::resolve);
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
