package dev.limber.journal;

import java.time.Duration;
import java.util.List;

/**
 * A row of bars, one character per value. Pain levels are drawn on the fixed 0-10 scale (▁ is 0,
 * █ is 10), so the same height means the same pain in every history; times are drawn against the
 * longest in their row (▁ is none, █ the longest).
 */
public final class Sparkline {
    private static final String BARS = "▁▂▃▄▅▆▇█";

    private Sparkline() {
    }

    public static String of(List<Integer> levels) {
        StringBuilder b = new StringBuilder(levels.size());
        for (int v : levels) {
            int clamped = Math.max(0, Math.min(10, v));
            b.append(BARS.charAt(Math.round(clamped * (BARS.length() - 1) / 10f)));
        }
        return b.toString();
    }

    public static String relative(List<Duration> times) {
        long max = times.stream().mapToLong(Duration::toMillis).max().orElse(0);
        StringBuilder b = new StringBuilder(times.size());
        for (Duration t : times) {
            int i = max == 0 ? 0 : (int) Math.round((double) Math.max(0, t.toMillis()) * (BARS.length() - 1) / max);
            b.append(BARS.charAt(i));
        }
        return b.toString();
    }
}
