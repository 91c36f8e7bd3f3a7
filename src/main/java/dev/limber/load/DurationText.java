package dev.limber.load;

import dev.limber.text.Sanitizer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

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
        if (s.isEmpty()) {
            return fail("expected a duration like 30s, got empty text");
        }
        if (s.startsWith("-")) {
            return fail("a duration cannot be negative: " + shorten(s));
        }
        // Hand-written rather than a regex: routines have thousands of durations, read once, cold.
        BigDecimal nanos = BigDecimal.ZERO;
        int at = s.startsWith("+") ? 1 : 0;
        int n = s.length();
        while (at < n) {
            int numberStart = at;
            while (at < n && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
                at++;
            }
            String number = s.substring(numberStart, at);
            while (at < n && s.charAt(at) == ' ') {
                at++;
            }
            int unitStart = at;
            while (at < n && Character.isLetter(s.charAt(at))) {
                at++;
            }
            String unitText = s.substring(unitStart, at);
            while (at < n && s.charAt(at) == ' ') {
                at++;
            }
            if (number.isEmpty() || number.startsWith(".") || number.endsWith(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                return fail("expected a duration like 30s, 2m or 1h, got \"" + shorten(s) + "\"");
            }
            if (unitText.isEmpty()) {
                return at >= n && numberStart == (s.startsWith("+") ? 1 : 0) ? fail(noUnit(s))
                        : fail("expected a duration like 30s, 2m or 1h, got \"" + shorten(s) + "\"");
            }
            Long unit = UNITS.get(unitText.toLowerCase(Locale.ROOT));
            if (unit == null) {
                return fail("unknown unit \"" + shorten(unitText) + "\" in \"" + shorten(s) + "\"; use s, m or h");
            }
            nanos = nanos.add(new BigDecimal(number).multiply(BigDecimal.valueOf(unit)));
            if (nanos.compareTo(NANOS_LIMIT) > 0) {
                return fail("\"" + shorten(s) + "\" is far too long");
            }
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
        String clean = Sanitizer.line(s);
        return clean.length() > 40 ? clean.substring(0, 37) + "..." : clean;
    }
}
