package dev.limber.load;

import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.limber.routine.SkinCheck;
import dev.limber.routine.Swap;
import dev.limber.text.Durations;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the keys that look after skin under heat and cold: a cycle's {@code swap} pause, and
 * {@code skin-check} on a cycle or a phase. Each bad value is one line-numbered problem.
 */
final class CareReader {
    /** A reminder more often than this would talk over the countdown it is part of. */
    static final Duration MIN_SKIN_CHECK = Duration.ofMinutes(1);

    private final Values values;

    CareReader(Values values) {
        this.values = values;
    }

    /** {@code swap = wait}, a duration such as {@code 30s}, or {@code 0s} for none. */
    Optional<Swap> swap(ConfigValue v, String path) {
        if (v.valueType() == ConfigValueType.STRING) {
            String word = ((String) v.unwrapped()).strip().toLowerCase(Locale.ROOT);
            if (word.equals("wait")) {
                return Optional.of(Swap.WAIT);
            }
            if (!DurationText.parse(word).ok()) {
                values.report().error(v.origin(), path, "swap is wait, or a duration such as 30s (0s for none), not "
                        + Values.shown(v));
                return Optional.empty();
            }
        } else if (v.valueType() != ConfigValueType.NUMBER) {
            values.report().error(v.origin(), path, "swap is wait, or a duration such as 30s (0s for none), not "
                    + Values.shown(v));
            return Optional.empty();
        }
        return values.duration(v, path, true).map(d -> d.isZero() ? Swap.NONE : new Swap.After(d));
    }

    /** {@code skin-check = 5m} (at least a minute), or {@code off} (also {@code false}). */
    Optional<SkinCheck> skinCheck(ConfigValue v, String path) {
        Object raw = v.unwrapped();
        if (Boolean.FALSE.equals(raw)
                || (raw instanceof String s && s.strip().toLowerCase(Locale.ROOT).equals("off"))) {
            return Optional.of(SkinCheck.OFF);
        }
        boolean word = raw instanceof String s && !DurationText.parse(s).ok();
        if (word || (v.valueType() != ConfigValueType.STRING && v.valueType() != ConfigValueType.NUMBER)) {
            values.report().error(v.origin(), path, "skin-check is a duration such as 5m, or off; not "
                    + Values.shown(v));
            return Optional.empty();
        }
        Optional<Duration> every = values.duration(v, path, false);
        if (every.isPresent() && every.get().compareTo(MIN_SKIN_CHECK) < 0) {
            values.report().error(v.origin(), path, "a skin check every " + Durations.compact(every.get())
                    + " would talk over the countdown; give 1m or more, or off");
            return Optional.empty();
        }
        return every.map(SkinCheck::every);
    }
}
