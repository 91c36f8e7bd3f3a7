package dev.limber.journal;

import dev.limber.io.DataFile;
import dev.limber.text.Why;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The append-only journal file: one JSON line per session. Appending takes an exclusive lock on
 * the file and lands the whole line with one write and an fsync, so two players finishing at once
 * both keep their lines and a crash can tear at most the line being written; a write that fails
 * (a full disk) is cut off again. Reading skips a torn or invalid line with a warning naming its
 * line number and keeps every other line. What progression needs is also kept in step in a small
 * {@link JournalIndex} beside it, so commands that list many routines need not read it whole.
 */
public final class Journal {
    /**
     * A {@link FileLock} belongs to the whole JVM: a second lock on the same file from this process
     * throws instead of waiting, so threads of one process queue here first.
     */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Path file;

    public Journal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** What reading found: the sessions in file order, and one warning per line that was skipped. */
    public record Contents(List<SessionRecord> records, List<String> warnings) {
        public Contents {
            records = List.copyOf(records);
            warnings = List.copyOf(warnings);
        }
    }

    /** Appends one session as one line, creating the file and its folders if needed. */
    public void append(SessionRecord record) throws IOException {
        byte[] line = (SessionJson.line(record) + "\n").getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // Only a regular file, or none yet, is opened: a FIFO would block, a device swallow the line.
        DataFile.exists(file);
        IN_PROCESS.lock();
        try (FileChannel ch = open(file);
                FileLock lock = lock(ch)) {
            Optional<JournalIndex.Stamp> before = JournalIndex.before(file, ch);
            appendLine(ch, line);
            JournalIndex.appended(file, ch, before, record);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    /**
     * Writes {@code line} at the end of the journal open in {@code ch} and forces it to the disk.
     * When the write or the force fails (a full disk), the file is cut back to where it ended: no
     * torn fragment is left to be warned about on every read, and the session, reported as not
     * saved, cannot be counted again when its resume point is played.
     */
    static void appendLine(FileChannel ch, byte[] line) throws IOException {
        long end = ch.size();
        ByteBuffer buf = ByteBuffer.wrap(endsTorn(ch, end) ? withNewlineFirst(line) : line);
        try {
            // One write call carries the line; the loop only finishes a write the OS cut short.
            long at = end;
            while (buf.hasRemaining()) {
                at += ch.write(buf, at);
            }
            ch.force(true);
        } catch (IOException e) {
            try {
                ch.truncate(end);
                ch.force(true);
            } catch (IOException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
    }

    /**
     * Why a session could not be written to this journal, found before it is played; empty when
     * it can be. Creates the journal's folders as {@link #append} would, but not the file: until a
     * session ends there is nothing to keep.
     */
    public Optional<String> cannotWrite() {
        try {
            // A FIFO would hold the open below until a reader came: only a regular file is opened.
            if (DataFile.exists(file)) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    return Optional.empty();
                }
            }
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (!Files.isWritable(parent)) {
                throw Files.getFileStore(parent).isReadOnly()
                        ? new FileSystemException(parent.toString(), null, "Read-only file system")
                        : new AccessDeniedException(parent.toString());
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Why.of(e, file));
        }
    }

    /** Pain levels are health data: a new journal is readable by its owner only, where files have owners. */
    private static FileChannel open(Path file) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            return FileChannel.open(file, options,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return FileChannel.open(file, options);
        }
    }

    /**
     * Waits for the exclusive lock. Where the file system has no locks (some network mounts), the
     * line is still written: losing the session would be worse than the rare clash the lock prevents.
     */
    private static FileLock lock(FileChannel ch) throws IOException {
        try {
            return ch.lock();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A crash mid-write leaves a line without its newline; starting ours on a fresh line keeps the
     * torn fragment from swallowing it.
     */
    private static boolean endsTorn(FileChannel ch, long size) throws IOException {
        if (size == 0) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) != '\n';
    }

    private static byte[] withNewlineFirst(byte[] line) {
        byte[] b = new byte[line.length + 1];
        b[0] = '\n';
        System.arraycopy(line, 0, b, 1, line.length);
        return b;
    }

    /**
     * What progression needs of the journal, for a command that can do without it ({@code list},
     * the picker, {@code show}, {@code run}): from the {@link JournalIndex} beside the journal when
     * it is in step, else from a streaming read of the journal, which saves the index again.
     * Skipped lines and an unreadable journal become lines for {@code warn}, never a failure.
     */
    public FullSessions fullSessionsOrWarn(Consumer<String> warn) {
        IN_PROCESS.lock();
        try (FileChannel ch = DataFile.open(file);
                FileLock lock = ch.lock(0, Long.MAX_VALUE, true)) {
            JournalIndex.Summary s = JournalIndex.read(file, ch);
            s.warnings().forEach(warn);
            return s.full();
        } catch (NoSuchFileException e) {
            return FullSessions.empty();
        } catch (IOException e) {
            warn.accept("cannot read the journal " + file + ": " + Why.of(e, file));
            return FullSessions.empty();
        } finally {
            IN_PROCESS.unlock();
        }
    }

    /**
     * Reads every session, streaming the file rather than holding it whole; a missing journal is
     * an empty one, and anything but a regular file is refused.
     */
    public Contents read() throws IOException {
        IN_PROCESS.lock();
        try (FileChannel ch = DataFile.open(file);
                FileLock lock = ch.lock(0, Long.MAX_VALUE, true)) {
            // A shared lock, held to the end: never read a line another player is halfway through writing.
            return JournalLines.read(file.toString(), ch);
        } catch (NoSuchFileException e) {
            return new Contents(List.of(), List.of());
        } finally {
            IN_PROCESS.unlock();
        }
    }

    /**
     * True when a line records session {@code session} as completed, found by a scan that parses
     * only the lines holding its id (see {@link JournalSearch}). A journal that is missing, or is
     * not a regular file (opening a FIFO would wait for a writer), records nothing.
     */
    public boolean recordsCompleted(String session) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        IN_PROCESS.lock();
        try (FileChannel ch = DataFile.open(file);
                FileLock lock = ch.lock(0, Long.MAX_VALUE, true)) {
            return JournalSearch.completed(ch, session);
        } catch (NoSuchFileException e) {
            return false;
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
