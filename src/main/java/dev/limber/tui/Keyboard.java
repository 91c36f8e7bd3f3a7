package dev.limber.tui;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bytes typed at the terminal, read by one daemon thread for the whole process and buffered
 * here. It lets the player sleep until a key, a wake-up (resize, SIGTERM) or its next deadline,
 * whichever comes first; Lanterna itself can only block forever or poll. One reader for the
 * process also means a screen opened after another never loses keys to a reader left blocked.
 */
final class Keyboard {
    private static Keyboard shared;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private byte[] buffer = new byte[256];
    private int size;
    private boolean eof;
    private boolean woken;

    /** The process's keyboard over standard input, started on first use. */
    static synchronized Keyboard shared() {
        if (shared == null) {
            shared = new Keyboard();
            shared.start(new FileInputStream(FileDescriptor.in));
        }
        return shared;
    }

    /** Starts reading {@code in} on a daemon thread. */
    void start(InputStream in) {
        Thread t = new Thread(() -> pump(in), "limber-keyboard");
        t.setDaemon(true);
        t.start();
    }

    private void pump(InputStream in) {
        byte[] chunk = new byte[1024];
        while (true) {
            int n;
            try {
                n = in.read(chunk);
            } catch (IOException e) {
                n = -1;
            }
            lock.lock();
            try {
                if (n < 0) {
                    eof = true;
                } else {
                    append(chunk, n);
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            if (n < 0) {
                return;
            }
        }
    }

    private void append(byte[] chunk, int n) {
        if (size + n > buffer.length) {
            byte[] bigger = new byte[Math.max(buffer.length * 2, size + n)];
            System.arraycopy(buffer, 0, bigger, 0, size);
            buffer = bigger;
        }
        System.arraycopy(chunk, 0, buffer, size, n);
        size += n;
    }

    /**
     * Waits until there is input, the end of input, a {@link #wake}, or {@code nanos} have passed.
     * Returns true when input (or its end) is waiting.
     */
    boolean await(long nanos) {
        lock.lock();
        try {
            long left = nanos;
            while (size == 0 && !eof && !woken && left > 0) {
                left = changed.awaitNanos(left);
            }
            woken = false;
            return size > 0 || eof;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return size > 0 || eof;
        } finally {
            lock.unlock();
        }
    }

    /**
     * True when the terminal's input has ended and every byte has been taken: the terminal went
     * away (a closed window, a dropped ssh). No key will ever come again.
     */
    boolean ended() {
        lock.lock();
        try {
            return eof && size == 0;
        } finally {
            lock.unlock();
        }
    }

    /** Ends a current or the next {@link #await} early: the terminal was resized, or the JVM is exiting. */
    void wake() {
        lock.lock();
        try {
            woken = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets what was typed before now: keys pressed before a screen opens are not meant for it. */
    void discard() {
        lock.lock();
        try {
            size = 0;
            woken = false;
        } finally {
            lock.unlock();
        }
    }

    /** Takes every byte typed so far, without waiting; none when nothing is waiting. */
    byte[] take() {
        lock.lock();
        try {
            byte[] taken = Arrays.copyOf(buffer, size);
            size = 0;
            return taken;
        } finally {
            lock.unlock();
        }
    }
}
