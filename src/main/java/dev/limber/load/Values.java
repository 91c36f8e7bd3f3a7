package dev.limber.load;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;
import dev.limber.text.Suggest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of routine values that report what is wrong (with the value's line) instead of
 * throwing: text, durations, counts, booleans, objects, lists, and unknown keys.
 */
final class Values {
    static final int MIN_COUNT = 1;
    static final int MAX_COUNT = 1000;
    static final Duration MAX_DURATION = Duration.ofHours(24);
    private static final Pattern SUBST = Pattern.compile("\\$\\{\\??[^}]*}");

    private final Report report;
    /** Paths a substitution may name ({@code library.knee-hug}, {@code params.hold}), for did-you-mean. */
    private final Collection<String> paths;

    Values(Report report, Collection<String> paths) {
        this.report = report;
        this.paths = List.copyOf(paths);
    }

    Report report() {
        return report;
    }

    /** The value's type, or empty after reporting a substitution that did not resolve. */
    Optional<ConfigValueType> type(ConfigValue v, String path) {
        try {
            return Optional.of(v.valueType());
        } catch (ConfigException.NotResolved e) {
            unresolved(v, path);
            return Optional.empty();
        }
    }

    void unresolved(ConfigValue v, String path) {
        String rendered;
        try {
            rendered = v.render();
        } catch (RuntimeException e) {
            rendered = "";
        }
        Matcher m = SUBST.matcher(rendered);
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group());
        }
        String what = refs.isEmpty() ? "a substitution" : String.join(", ", refs);
        Optional<String> near = refs.size() == 1 ? Suggest.closest(refs.get(0).replaceAll("^\\$\\{\\??|}$", ""), paths)
                : Optional.empty();
        report.error(v.origin(), path, what + " is not defined in this routine"
                + near.map(n -> "; did you mean ${" + n + "}?").orElse(
                        " (limber never reads environment variables or system properties)"));
    }

    Optional<String> text(ConfigValue v, String path, boolean multiline) {
        Optional<ConfigValueType> t = type(v, path);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.get() != ConfigValueType.STRING && t.get() != ConfigValueType.NUMBER && t.get() != ConfigValueType.BOOLEAN) {
            report.error(v.origin(), path, "expected text, got " + describe(t.get()));
            return Optional.empty();
        }
        String s = String.valueOf(v.unwrapped());
        Optional<String> bad = TextRules.problem(s, multiline);
        if (bad.isPresent()) {
            report.error(v.origin(), path, bad.get());
            return Optional.empty();
        }
        if (s.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
            // Lanterna draws one cell per UTF-16 unit; the full screen shows these as U+FFFD.
            report.warning(v.origin(), path, "emoji and other characters beyond U+FFFF show as \uFFFD on the full"
                    + " screen (the plain player and history show them)");
        }
        return Optional.of(s);
    }

    /**
     * One line of text that names something (a title, a step, a phase, a side, a tag) and so must
     * show at least one visible character; {@code needs} says what to write when it shows none.
     */
    Optional<String> name(ConfigValue v, String path, String needs) {
        Optional<String> s = text(v, path, false);
        if (s.isPresent() && TextRules.isBlank(s.get())) {
            report.error(v.origin(), path, needs);
            return Optional.empty();
        }
        return s;
    }

    /** A duration with a unit, from 1 s to 24 h; {@code 0s} too when {@code zeroAllowed} (pauses). */
    Optional<Duration> duration(ConfigValue v, String path, boolean zeroAllowed) {
        Optional<ConfigValueType> t = type(v, path);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.get() == ConfigValueType.NUMBER) {
            report.error(v.origin(), path, DurationText.noUnit(v.render()));
            return Optional.empty();
        }
        if (t.get() != ConfigValueType.STRING) {
            report.error(v.origin(), path, "expected a duration like 30s, got " + describe(t.get()));
            return Optional.empty();
        }
        DurationText.Parsed p = DurationText.parse((String) v.unwrapped());
        if (!p.ok()) {
            report.error(v.origin(), path, p.error());
            return Optional.empty();
        }
        Duration d = p.value();
        if (d.compareTo(MAX_DURATION) > 0) {
            report.error(v.origin(), path, Durations.compact(d) + " is longer than 24 hours");
            return Optional.empty();
        }
        if (d.isZero() && zeroAllowed) {
            return Optional.of(d);
        }
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            report.error(v.origin(), path, (d.isZero() ? "0s" : d.toMillis() + "ms") + " is shorter than 1 second"
                    + (zeroAllowed ? "; use 0s for none" : ""));
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** A whole number from 1 to 1000 (reps, sets, rounds). */
    OptionalInt count(ConfigValue v, String path) {
        Optional<ConfigValueType> t = type(v, path);
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        BigDecimal n = null;
        if (t.get() == ConfigValueType.NUMBER) {
            n = new BigDecimal(v.unwrapped().toString());
        } else if (t.get() == ConfigValueType.STRING) {
            try {
                n = new BigDecimal(((String) v.unwrapped()).strip());
            } catch (NumberFormatException e) {
                n = null;
            }
        }
        if (n == null) {
            report.error(v.origin(), path, "expected a whole number, got " + shown(v, t.get()));
            return OptionalInt.empty();
        }
        if (n.stripTrailingZeros().scale() > 0) {
            report.error(v.origin(), path, "expected a whole number, got " + n.toPlainString());
            return OptionalInt.empty();
        }
        if (n.compareTo(BigDecimal.valueOf(MIN_COUNT)) < 0 || n.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
            report.error(v.origin(), path, "must be from " + MIN_COUNT + " to " + MAX_COUNT + ", not "
                    + n.toPlainString());
            return OptionalInt.empty();
        }
        return OptionalInt.of(n.intValueExact());
    }

    Optional<Boolean> bool(ConfigValue v, String path) {
        Optional<ConfigValueType> t = type(v, path);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.get() == ConfigValueType.BOOLEAN) {
            return Optional.of((Boolean) v.unwrapped());
        }
        report.error(v.origin(), path, "expected true or false, got " + shown(v, t.get()));
        return Optional.empty();
    }

    Optional<ConfigObject> object(ConfigValue v, String path, String what) {
        Optional<ConfigValueType> t = type(v, path);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.get() != ConfigValueType.OBJECT) {
            report.error(v.origin(), path, "expected " + what + " in { }, got " + shown(v, t.get()));
            return Optional.empty();
        }
        return Optional.of((ConfigObject) v);
    }

    Optional<ConfigList> list(ConfigValue v, String path, String what) {
        Optional<ConfigValueType> t = type(v, path);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.get() != ConfigValueType.LIST) {
            report.error(v.origin(), path, "expected " + what + " in [ ], got " + shown(v, t.get()));
            return Optional.empty();
        }
        return Optional.of((ConfigList) v);
    }

    /** Reports every key of {@code o} not in {@code known}, with a did-you-mean when one is close. */
    void unknownKeys(ConfigObject o, String path, Collection<String> known, String what) {
        List<Map.Entry<String, ConfigValue>> unknown = new ArrayList<>();
        for (Map.Entry<String, ConfigValue> e : o.entrySet()) {
            if (!known.contains(e.getKey())) {
                unknown.add(e);
            }
        }
        // Sorted only when there is something to report: most objects have no unknown key.
        unknown.sort(Comparator.comparingInt((Map.Entry<String, ConfigValue> e) -> line(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, ConfigValue> e : unknown) {
            String key = e.getKey();
            String shownKey = Sanitizer.line(key);
            // Past a few hundred problems nobody reads on; a hostile file could have 100,000 keys.
            Optional<String> guess = report.size() < 500 ? Suggest.closest(key, known) : Optional.empty();
            String message = guess.map(g -> "unknown key \"" + shownKey + "\"; did you mean \"" + g + "\"?")
                    .orElse("unknown key \"" + shownKey + "\"; " + what + " takes " + String.join(", ", known));
            report.error(e.getValue().origin(), join(path, quoteKey(key)), message);
        }
    }

    /** The entries of an object in file order (Typesafe Config keeps them in a hash map). */
    static List<Map.Entry<String, ConfigValue>> byLine(ConfigObject o) {
        List<Map.Entry<String, ConfigValue>> entries = new ArrayList<>(o.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, ConfigValue> e) -> line(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        return entries;
    }

    private static int line(ConfigValue v) {
        int l = v.origin() == null ? -1 : v.origin().lineNumber();
        return l < 0 ? Integer.MAX_VALUE : l;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String quoteKey(String key) {
        String clean = Sanitizer.line(key);
        if (clean.length() > 40) {
            clean = clean.substring(0, 37) + "...";
        }
        return clean.matches("[A-Za-z0-9_-]+") ? clean : "\"" + clean + "\"";
    }

    /** A scalar value as an error message quotes it: sanitized and cut to 40 characters. */
    static String shown(ConfigValue v) {
        return shown(v, v.valueType());
    }

    private static String shown(ConfigValue v, ConfigValueType t) {
        if (t == ConfigValueType.STRING || t == ConfigValueType.NUMBER || t == ConfigValueType.BOOLEAN) {
            String s = Sanitizer.line(String.valueOf(v.unwrapped()));
            return "\"" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "\"";
        }
        return describe(t);
    }

    static String describe(ConfigValueType t) {
        return switch (t) {
            case OBJECT -> "an object { }";
            case LIST -> "a list [ ]";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            case STRING -> "text";
        };
    }
}
