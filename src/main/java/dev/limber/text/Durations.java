package dev.limber.text;

import java.time.Duration;

/** How limber writes durations for people: {@code 0:30}, {@code 12:05}, {@code 1:02:03}; and compactly: {@code 30s}, {@code 2m}, {@code 1m30s}. */
public final class Durations {
    private Durations() {
    }

    /** H:MM:SS, or M:SS under an hour. Rounds up to a whole second, so a countdown shows 0:01 until it ends. */
    public static String clock(Duration d) {
        long s = ceilSeconds(d);
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        // built by hand: String.format parses its pattern on every call, and this runs every second
        StringBuilder b = new StringBuilder(8);
        if (h > 0) {
            b.append(h).append(':');
            twoDigits(b, m);
        } else {
            b.append(m);
        }
        b.append(':');
        twoDigits(b, sec);
        return b.toString();
    }

    private static void twoDigits(StringBuilder b, long n) {
        if (n < 10) {
            b.append('0');
        }
        b.append(n);
    }

    /** Whole seconds, rounded up; negative durations count as zero. */
    public static long ceilSeconds(Duration d) {
        if (d.isNegative() || d.isZero()) {
            return 0;
        }
        long s = d.getSeconds();
        return d.getNano() > 0 ? s + 1 : s;
    }

    /** The way a routine file would write it: {@code 30s}, {@code 2m}, {@code 1h30m}, {@code 1m30s}. */
    public static String compact(Duration d) {
        long s = ceilSeconds(d);
        if (s == 0) {
            return "0s";
        }
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
        }
        if (s % 3600 >= 60) {
            b.append((s % 3600) / 60).append('m');
        }
        if (s % 60 > 0) {
            b.append(s % 60).append('s');
        }
        return b.toString();
    }
}
