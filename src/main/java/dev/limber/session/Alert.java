package dev.limber.session;

import dev.limber.plan.Pack;
import dev.limber.plan.Segment;
import dev.limber.text.Durations;
import java.time.Duration;

/**
 * What a repeating alert is about: a warm or cold segment that ended while its pack is still on
 * the skin, for as long as nobody has pressed a key. Raw routine text: sanitize before showing.
 *
 * @param segment the warm or cold segment that ended (it has a {@link Pack})
 * @param overrun how much longer than planned it ran, because the end came while the computer
 *     was asleep (or limber stopped); zero when it ended on time
 */
public record Alert(Segment segment, Duration overrun) {
    /**
     * What to do, in a sentence or two: {@code Take the heat pack off now.}, after an overrun
     * {@code Heat ran 4:10 longer than planned while the computer was asleep. Take the heat pack off now.}
     */
    public String words() {
        String off = segment.pack().map(Pack::offNow).orElse("Time is up.");
        if (overrun.isZero()) {
            return off;
        }
        return segment.phase().orElse(segment.name()) + " ran " + Durations.clock(overrun)
                + " longer than planned while the computer was asleep. " + off;
    }
}
