package dev.limber.load;

import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The paths a routine's substitutions can name: every top-level key and, one level down, the
 * entries of its objects ({@code library.knee-hug}, {@code params.hold}). Used to suggest the
 * path meant by a substitution that names none.
 */
final class Substitutable {
    /** Enough for any real routine; a huge generated one gets suggestions from its first entries only. */
    private static final int MAX = 2_000;

    private Substitutable() {
    }

    static List<String> paths(ConfigObject root) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, ConfigValue> top : root.entrySet()) {
            add(out, ConfigUtil.joinPath(top.getKey()));
            if (top.getValue() instanceof ConfigObject inner) {
                for (String key : inner.keySet()) {
                    add(out, ConfigUtil.joinPath(top.getKey(), key));
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String path) {
        if (out.size() < MAX) {
            out.add(path);
        }
    }
}
