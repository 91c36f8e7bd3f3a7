package dev.limber.load;

import com.typesafe.config.ConfigSyntax;
import java.util.List;

/**
 * HOCON's rule for an include without an extension ({@code include "lib/hugs"}): it means
 * {@code lib/hugs.conf}, {@code lib/hugs.json} and {@code lib/hugs.properties}, those that exist,
 * merged with {@code .conf} first. The syntax of each follows its extension.
 */
final class IncludeNames {
    private IncludeNames() {
    }

    /** Named with one of HOCON's three extensions; any other name is a basename, as Typesafe Config reads it. */
    static boolean hasExtension(String path) {
        return path.endsWith(".conf") || path.endsWith(".json") || path.endsWith(".properties");
    }

    /** In the order they merge: an earlier file wins. */
    static List<String> candidates(String base) {
        return List.of(base + ".conf", base + ".json", base + ".properties");
    }

    static ConfigSyntax syntax(String path) {
        return path.endsWith(".json") ? ConfigSyntax.JSON
                : path.endsWith(".properties") ? ConfigSyntax.PROPERTIES : ConfigSyntax.CONF;
    }
}
