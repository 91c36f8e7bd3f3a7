package dev.limber.load;

import com.typesafe.config.ConfigOrigin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Typesafe Config origin back into the file and line a person should look at. Every file
 * is parsed with its display name as origin description, so an origin reads {@code FILE: LINE},
 * or {@code merge of A: 3,B: 12} for a value merged across files (then the routine's own file wins).
 */
final class Origins {
    record Place(String file, int line) {
    }

    private static final String MERGE = "merge of ";

    private final String main;
    private final List<String> files;

    Origins(String main, List<String> files) {
        this.main = main;
        List<String> sorted = new ArrayList<>(files);
        // Longest first, so "a/b.conf" is not taken for "b.conf".
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.files = List.copyOf(sorted);
    }

    String main() {
        return main;
    }

    Place locate(ConfigOrigin origin) {
        if (origin == null) {
            return new Place(main, 0);
        }
        String d = origin.description();
        if (d.startsWith(Problem.OVERRIDE_PREFIX)) {
            return new Place(d, 0);
        }
        if (!d.startsWith(MERGE)) {
            for (String f : files) {
                if (d.equals(f) || d.startsWith(f + ": ")) {
                    return new Place(f, Math.max(0, origin.lineNumber()));
                }
            }
            return new Place(main, Math.max(0, origin.lineNumber()));
        }
        Place first = null;
        for (String f : files) {
            Matcher m = Pattern.compile(Pattern.quote(f) + ": (\\d+)").matcher(d);
            if (m.find()) {
                Place p = new Place(f, Integer.parseInt(m.group(1)));
                if (f.equals(main)) {
                    return p;
                }
                if (first == null) {
                    first = p;
                }
            }
        }
        return first != null ? first : new Place(main, 0);
    }
}
