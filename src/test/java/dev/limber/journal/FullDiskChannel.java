package dev.limber.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A journal's channel on a disk that fills up: the first positional write lands half of what it
 * is given and every later one fails with ENOSPC's message; or, with {@code failForce}, every
 * write lands and the fsync fails, as on a file system that allocates late. Reads, size and
 * truncation go to the real file.
 */
final class FullDiskChannel extends FileChannel {
    static final String ENOSPC = "No space left on device";

    private final FileChannel file;
    private final boolean failForce;
    private boolean full;
    private boolean truncated;
    /** Bytes that reached the file before the disk was full. */
    long written;

    FullDiskChannel(FileChannel file, boolean failForce) {
        this.file = file;
        this.failForce = failForce;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        if (full) {
            throw new IOException(ENOSPC);
        }
        full = !failForce;
        ByteBuffer part = src.duplicate();
        if (!failForce) {
            part.limit(part.position() + part.remaining() / 2);
        }
        int n = file.write(part, position);
        src.position(src.position() + n);
        written += n;
        return n;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        // Until the file is cut back there are blocks the file system cannot find room for.
        if (failForce && !truncated) {
            throw new IOException(ENOSPC);
        }
        file.force(metaData);
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        truncated = true;
        file.truncate(size);
        return this;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return file.read(dst, position);
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public int read(ByteBuffer dst) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int write(ByteBuffer src) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long position() {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileChannel position(long newPosition) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void implCloseChannel() throws IOException {
        file.close();
    }
}
