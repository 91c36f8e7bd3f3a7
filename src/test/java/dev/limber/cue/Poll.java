package dev.limber.cue;

import java.util.function.BooleanSupplier;

/**
 * Waits for something another thread or process does, checking every 5 ms, failing after a
 * generous limit: it waits for a condition, it never asserts how long anything took.
 */
final class Poll {
    private Poll() {
    }

    static void until(String what, BooleanSupplier condition) {
        long limit = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > limit) {
                throw new AssertionError("gave up waiting for: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }
}
