package dev.limber.session;

import java.time.Duration;

/** A clock tests move by hand, after Guava's FakeTicker. */
public final class FakeTicker implements Ticker {
    private long nanos;

    public FakeTicker() {
        this(1_000_000_000_000L);
    }

    public FakeTicker(long start) {
        this.nanos = start;
    }

    @Override
    public long nanos() {
        return nanos;
    }

    public FakeTicker advance(Duration d) {
        nanos += d.toNanos();
        return this;
    }

    public FakeTicker advanceNanos(long n) {
        nanos += n;
        return this;
    }

    public FakeTicker advanceSeconds(double s) {
        nanos += (long) (s * 1e9);
        return this;
    }
}
