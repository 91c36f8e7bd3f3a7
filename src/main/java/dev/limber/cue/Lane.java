package dev.limber.cue;

import dev.limber.session.Ticker;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A bounded queue with one daemon thread that performs its items in order. Offering never blocks:
 * when the queue is full the item is dropped. An item that waited too long is dropped when its
 * turn comes, because a countdown pip two seconds late is worse than none. The thread sleeps
 * until an item comes (no timed polling: an idle player should not wake three threads five
 * times a second); closing queues a stop mark behind what is already queued.
 */
final class Lane {
    /** A cue and the engine time it was due. */
    record Item(Cue cue, long at) {
    }

    /** Queued by {@link #close}: the thread stops when it reaches it. */
    private static final Item STOP = new Item(null, 0);

    private final ArrayBlockingQueue<Item> queue;
    private final Ticker clock;
    private final long staleAfterNanos;
    private final Consumer<Item> perform;
    private final Consumer<RuntimeException> failed;
    private final Thread thread;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closing;

    /**
     * @param staleAfterNanos engine time after {@code at} when an item is no longer worth performing
     * @param failed told when performing throws; the lane goes on with the next item
     */
    Lane(String name, int capacity, Ticker clock, long staleAfterNanos, Consumer<Item> perform,
            Consumer<RuntimeException> failed) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.clock = clock;
        this.staleAfterNanos = staleAfterNanos;
        this.perform = perform;
        this.failed = failed;
        this.thread = new Thread(this::run, "limber-cue-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues the item; false (and counted as dropped) when the queue is full or closing. */
    boolean offer(Cue cue, long at) {
        if (closing || !queue.offer(new Item(cue, at))) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    void clear() {
        queue.removeIf(i -> i != STOP);
    }

    void removeIf(Predicate<Item> which) {
        queue.removeIf(i -> i != STOP && which.test(i));
    }

    /** Items dropped so far: queue full, closing, or stale by the time their turn came. */
    long dropped() {
        return dropped.get();
    }

    /** Lets queued items finish for up to {@code graceMillis}, then interrupts the thread. */
    void close(long graceMillis) {
        closing = true;
        // Wakes a thread waiting on an empty queue. When the queue is full the thread is busy and
        // sees closing after its current item, so the mark is not needed.
        queue.offer(STOP);
        try {
            thread.join(Math.max(1, graceMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            queue.clear();
            thread.interrupt();
        }
    }

    private void run() {
        while (true) {
            Item item;
            try {
                item = closing ? queue.poll() : queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (item == null || item == STOP) {
                return;
            }
            if (clock.nanos() - item.at() > staleAfterNanos) {
                dropped.incrementAndGet();
                continue;
            }
            try {
                perform.accept(item);
            } catch (RuntimeException e) {
                failed.accept(e);
            }
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }
}
