package dev.limber.load;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import dev.limber.text.Sanitizer;
import dev.limber.text.Suggest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@code --set NAME=VALUE} to {@code params.NAME} of a parsed, not yet resolved routine,
 * so every {@code ${params.NAME}} sees the new value. The value must suit what the routine
 * declared: a duration for a duration, a number for a number, true/false for a flag.
 */
final class Overrides {
    private Overrides() {
    }

    /** The parameter names in the order the file declares them. */
    static List<String> declared(Config parsed) {
        Optional<ConfigObject> params = params(parsed);
        List<String> names = new ArrayList<>();
        try {
            params.ifPresent(p -> Values.byLine(p).forEach(e -> names.add(e.getKey())));
        } catch (ConfigException e) {
            // params made of unresolved merges: nothing can be overridden, and the reader says why.
        }
        return names;
    }

    static Config apply(Config parsed, Map<String, String> sets, Report report) {
        Config out = parsed;
        Optional<ConfigObject> params = params(parsed);
        List<String> names = declared(parsed);
        for (Map.Entry<String, String> set : sets.entrySet()) {
            String name = set.getKey();
            String value = set.getValue();
            String where = Problem.OVERRIDE_PREFIX + Sanitizer.line(name) + "=" + Sanitizer.line(value);
            if (params.isEmpty() || !names.contains(name)) {
                String known = names.isEmpty() ? "this routine has no parameters"
                        : Suggest.closest(name, names).map(g -> "did you mean \"" + g + "\"? ").orElse("")
                                + "its parameters are " + String.join(", ", names);
                report.add(Problem.error(where, 0, "", "the routine has no parameter \"" + Sanitizer.line(name) + "\"; "
                        + known));
                continue;
            }
            try {
                Object typed = convert(params.get().get(name), value, where, report);
                if (typed != null) {
                    out = out.withValue(ConfigUtil.joinPath("params", name), ConfigValueFactory.fromAnyRef(typed, where));
                }
            } catch (ConfigException e) {
                report.add(Problem.error(where, 0, "", "cannot set it: this routine builds params from substitutions"));
            }
        }
        return out;
    }

    /** The value in the declared parameter's type, or null after reporting why it does not fit. */
    private static Object convert(ConfigValue declared, String value, String where, Report report) {
        ConfigValueType type;
        try {
            type = declared.valueType();
        } catch (ConfigException.NotResolved e) {
            return value;
        }
        String v = value.strip();
        if (type == ConfigValueType.NUMBER) {
            try {
                BigDecimal n = new BigDecimal(v);
                return n.stripTrailingZeros().scale() <= 0 ? (Object) n.longValueExact() : (Object) n.doubleValue();
            } catch (NumberFormatException | ArithmeticException e) {
                report.add(Problem.error(where, 0, "", "expected a number, e.g. 3"));
                return null;
            }
        }
        if (type == ConfigValueType.BOOLEAN) {
            String b = v.toLowerCase(Locale.ROOT);
            if (b.equals("true") || b.equals("false")) {
                return Boolean.valueOf(b);
            }
            report.add(Problem.error(where, 0, "", "expected true or false"));
            return null;
        }
        if (type == ConfigValueType.STRING && DurationText.parse((String) declared.unwrapped()).ok()) {
            DurationText.Parsed p = DurationText.parse(v);
            if (!p.ok()) {
                report.add(Problem.error(where, 0, "", p.error()));
                return null;
            }
        }
        return v;
    }

    private static Optional<ConfigObject> params(Config parsed) {
        try {
            ConfigValue p = parsed.root().get("params");
            return p instanceof ConfigObject o && p.valueType() == ConfigValueType.OBJECT ? Optional.of(o) : Optional.empty();
        } catch (ConfigException.NotResolved e) {
            return Optional.empty();
        }
    }
}
