package dev.limber.session;

import java.util.function.LongSupplier;

/**
 * A monotonic clock that also counts time the computer spent asleep. Linux's monotonic clock
 * stops during suspend, so a 20-minute ice phase would stretch by however long the laptop slept;
 * when the wall clock gets ahead of the monotonic one by more than {@link #THRESHOLD_NANOS} between
 * two readings, the difference is added. Small wall-clock corrections (NTP) are ignored.
 */
public final class SuspendAwareTicker implements Ticker {
    public static final long THRESHOLD_NANOS = 2_000_000_000L;

    private final Ticker monotonic;
    private final LongSupplier wallNanos;
    private long lastMono;
    private long lastWall;
    private long slept;

    public SuspendAwareTicker(Ticker monotonic, LongSupplier wallNanos) {
        this.monotonic = monotonic;
        this.wallNanos = wallNanos;
        this.lastMono = monotonic.nanos();
        this.lastWall = wallNanos.getAsLong();
    }

    /** The system clocks: {@code System.nanoTime} and {@code System.currentTimeMillis}. */
    public static SuspendAwareTicker system() {
        return new SuspendAwareTicker(Ticker.SYSTEM, () -> System.currentTimeMillis() * 1_000_000L);
    }

    @Override
    public synchronized long nanos() {
        long mono = monotonic.nanos();
        long wall = wallNanos.getAsLong();
        long gap = (wall - lastWall) - (mono - lastMono);
        if (gap > THRESHOLD_NANOS) {
            slept += gap;
        }
        lastMono = mono;
        lastWall = wall;
        return mono + slept;
    }
}
