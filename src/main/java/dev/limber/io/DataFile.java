package dev.limber.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Opens limber's own data files (settings, journal, resume points) only when they are regular
 * files, and reads them with a size cap. A FIFO in their place would block the open or the read
 * for ever, and a device such as {@code /dev/zero} would fill the memory; both are refused with
 * a reason a person can act on ({@code not a regular file}). Symbolic links are followed.
 */
public final class DataFile {
    private DataFile() {
    }

    /** What is in the place of a data file is not a regular file. */
    public static final class NotRegular extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotRegular(Path file) {
            super(file.toString(), null, "not a regular file");
        }
    }

    /** A data file is larger than its reader allows. */
    public static final class TooLarge extends FileSystemException {
        private static final long serialVersionUID = 1L;

        TooLarge(Path file, long maxBytes) {
            super(file.toString(), null, "too large (over " + size(maxBytes) + ")");
        }
    }

    /**
     * True when {@code file} is a regular file, false when nothing is there (a dangling link
     * counts as nothing); throws {@link NotRegular} for anything else.
     */
    public static boolean exists(Path file) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!a.isRegularFile()) {
            throw new NotRegular(file);
        }
        return true;
    }

    /** Opens a regular file for reading; {@link NoSuchFileException} when there is none. */
    public static FileChannel open(Path file) throws IOException {
        if (!exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return FileChannel.open(file, StandardOpenOption.READ);
    }

    /**
     * The whole of a regular file of at most {@code maxBytes}, or {@link TooLarge}. The cap holds
     * whatever size the file claims: reading stops one byte past it.
     */
    public static byte[] read(Path file, int maxBytes) throws IOException {
        try (FileChannel ch = open(file)) {
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(maxBytes + 1L, Math.max(ch.size() + 1, 4096)));
            while (true) {
                if (!buf.hasRemaining()) {
                    if (buf.capacity() > maxBytes) {
                        throw new TooLarge(file, maxBytes);
                    }
                    ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(maxBytes + 1L, 2L * buf.capacity()));
                    bigger.put(buf.flip());
                    buf = bigger;
                }
                if (ch.read(buf) < 0) {
                    return Arrays.copyOf(buf.array(), buf.position());
                }
            }
        }
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
