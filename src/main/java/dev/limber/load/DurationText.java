package dev.limber.load;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration as routine files write it: {@code 30s}, {@code 2m}, {@code 20 minutes},
 * {@code 1h}, {@code 1.5m}, {@code 1m30s}, {@code 1m 30s}. A unit is required: HOCON would read a
 * bare {@code 30} as milliseconds, which is never what a person means.
 */
final class DurationText {
    /** A duration, or why the text is not one. */
    record Parsed(Duration value, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private static final Pattern BARE = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern PART = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]+)\\s*");
    private static final BigDecimal NANOS_LIMIT = BigDecimal.valueOf(Duration.ofDays(1000).toNanos());
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("ms", 1_000_000L), Map.entry("milli", 1_000_000L), Map.entry("millis", 1_000_000L),
            Map.entry("millisecond", 1_000_000L), Map.entry("milliseconds", 1_000_000L),
            Map.entry("s", 1_000_000_000L), Map.entry("sec", 1_000_000_000L), Map.entry("secs", 1_000_000_000L),
            Map.entry("second", 1_000_000_000L), Map.entry("seconds", 1_000_000_000L),
            Map.entry("m", 60_000_000_000L), Map.entry("min", 60_000_000_000L), Map.entry("mins", 60_000_000_000L),
            Map.entry("minute", 60_000_000_000L), Map.entry("minutes", 60_000_000_000L),
            Map.entry("h", 3_600_000_000_000L), Map.entry("hr", 3_600_000_000_000L), Map.entry("hrs", 3_600_000_000_000L),
            Map.entry("hour", 3_600_000_000_000L), Map.entry("hours", 3_600_000_000_000L),
            Map.entry("d", 86_400_000_000_000L), Map.entry("day", 86_400_000_000_000L), Map.entry("days", 86_400_000_000_000L));

    private DurationText() {
    }

    static Parsed parse(String text) {
        String s = text.strip();
        if (BARE.matcher(s).matches()) {
            return fail(noUnit(s));
        }
        if (s.startsWith("-")) {
            return fail("a duration cannot be negative: " + shorten(s));
        }
        if (s.isEmpty()) {
            return fail("expected a duration like 30s, got empty text");
        }
        Matcher m = PART.matcher(s);
        BigDecimal nanos = BigDecimal.ZERO;
        int at = 0;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) {
                return fail("expected a duration like 30s, 2m or 1h, got \"" + shorten(s) + "\"");
            }
            Long unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (unit == null) {
                return fail("unknown unit \"" + shorten(m.group(2)) + "\" in \"" + shorten(s) + "\"; use s, m or h");
            }
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
            if (nanos.compareTo(NANOS_LIMIT) > 0) {
                return fail("\"" + shorten(s) + "\" is far too long");
            }
            at = m.end();
        }
        return new Parsed(Duration.ofNanos(nanos.longValue()), null);
    }

    /** The message for a number given without a unit. */
    static String noUnit(String number) {
        String n = shorten(number.strip());
        return "a duration needs a unit: give e.g. " + n + "s or " + n + "m, not " + n;
    }

    private static Parsed fail(String why) {
        return new Parsed(null, why);
    }

    private static String shorten(String s) {
        String clean = dev.limber.text.Sanitizer.line(s);
        return clean.length() > 40 ? clean.substring(0, 37) + "..." : clean;
    }
}
