package dev.limber.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A wall clock tests move by hand, in a time zone of their choosing. */
public final class FakeWallClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    public FakeWallClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public FakeWallClock advance(Duration d) {
        now = now.plus(d);
        return this;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new FakeWallClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
