package dev.limber.journal;

import java.util.List;

/**
 * A pain level per character, on the fixed 0-10 scale (▁ is 0, █ is 10), so the same height
 * means the same pain in every history, whatever the range of the values shown.
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
}
