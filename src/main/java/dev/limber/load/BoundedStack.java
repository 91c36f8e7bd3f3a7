package dev.limber.load;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work that recurses as deep as its input nests on a thread of its own with a stack of a
 * known size: how deep it may go does not then depend on the thread that asks, and a stack
 * overflow the limits did not foresee ends in a value instead of a crash.
 */
final class BoundedStack {
    private BoundedStack() {
    }

    /**
     * @param onOverflow the result when {@code work} overflows the stack
     * @return what {@code work} returned; what it threw is thrown here
     */
    static <T> T call(long stackBytes, Supplier<T> work, Supplier<T> onOverflow) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (StackOverflowError e) {
                result.set(onOverflow.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "limber-bounded-stack", stackBytes);
        t.start();
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                // The work is short and holds no lock: let it finish, and pass the interrupt on.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        } else if (failure.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
