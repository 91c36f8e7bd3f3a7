package dev.limber.session;

/**
 * A monotonic clock in nanoseconds. Only the players read a real one; the engine is handed the
 * value, and tests use a fake one they advance by hand.
 */
@FunctionalInterface
public interface Ticker {
    long nanos();

    Ticker SYSTEM = System::nanoTime;

    /** This clock running {@code factor} times faster (for demos and tests), starting from now. */
    default Ticker scaled(double factor) {
        if (factor == 1.0) {
            return this;
        }
        long origin = nanos();
        return () -> origin + (long) ((nanos() - origin) * factor);
    }
}
