package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.limber.session.FakeTicker;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A screen in memory for the player's loop, on an engine running at real speed: a wait moves the
 * fake clock on instead of sleeping, keys come at the engine times a test gives, and it counts
 * the waits that ended for no reason, with no key, no changed picture and no event since the
 * wait before.
 */
final class FakePlayerScreen implements PlayerScreen {
    private final VirtualScreen screen = new VirtualScreen(80, 24);
    private final FakeTicker ticker;
    private final TreeMap<Long, KeyStroke> keys = new TreeMap<>();
    private boolean woken;
    private boolean interrupted;
    /** Whether something was shown or heard since the last wait: the first wait follows the first frame. */
    private boolean reason = true;
    private int waits;
    private int idle;

    FakePlayerScreen(FakeTicker ticker) {
        this.ticker = ticker;
    }

    /** {@code key} is pressed {@code seconds} after the clock's start. */
    FakePlayerScreen press(double seconds, KeyStroke key, long start) {
        keys.put(start + (long) (seconds * 1e9), key);
        return this;
    }

    /** The player's listener heard an event: a cue may sound, so waking for it had a reason. */
    void heard() {
        reason = true;
    }

    /** How many times the loop slept. */
    int waits() {
        return waits;
    }

    /** How many of those sleeps ended with nothing to show or sound. */
    int idle() {
        return idle;
    }

    @Override
    public Palette palette() {
        return Palette.of(Palette.Depth.INDEXED256);
    }

    @Override
    public boolean show(Consumer<TextGraphics> painter) {
        boolean changed = screen.show(painter);
        reason |= changed;
        return changed;
    }

    /** Always paints the whole picture: what is shown is the same either way (see PlayerFrameTest). */
    @Override
    public boolean show(Redraw painter) {
        return show(painter::paint);
    }

    @Override
    public Optional<KeyStroke> nextKey(long nanos) {
        long now = ticker.nanos();
        if (nanos == 0 || woken) {
            woken = false;
            return due(now);
        }
        waits++;
        if (!reason) {
            idle++;
        }
        reason = false;
        Map.Entry<Long, KeyStroke> next = keys.firstEntry();
        long until = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : now + nanos;
        if (next != null && next.getKey() <= until) {
            ticker.advanceNanos(Math.max(0, next.getKey() - now));
            return due(ticker.nanos());
        }
        if (nanos == Long.MAX_VALUE) {
            throw new AssertionError("the player waits for ever for a key the test does not press");
        }
        ticker.advanceNanos(nanos);
        return Optional.empty();
    }

    private Optional<KeyStroke> due(long now) {
        Map.Entry<Long, KeyStroke> next = keys.firstEntry();
        if (next == null || next.getKey() > now) {
            return Optional.empty();
        }
        keys.pollFirstEntry();
        reason = true;
        return Optional.of(next.getValue());
    }

    @Override
    public void wake() {
        woken = true;
    }

    @Override
    public void interrupt() {
        interrupted = true;
    }

    @Override
    public boolean interrupted() {
        return interrupted;
    }
}
