package dev.limber.load;

import dev.limber.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which includes a routine file may make: only relative files inside its own folder. No
 * URLs, no classpath, no absolute paths, no {@code ..}. Both the pre-parse scan (which knows the
 * line) and the includer (the last line of defence) ask it.
 */
final class IncludePolicy {
    /** The four ways HOCON can include. */
    enum Kind {
        HEURISTIC, FILE, URL, CLASSPATH
    }

    /** Either the file to read, relative to the routine's folder, or why the include is refused. */
    record Decision(String path, String refusal) {
        boolean allowed() {
            return refusal == null;
        }
    }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private IncludePolicy() {
    }

    /**
     * @param dir the including file's folder relative to the routine's folder: {@code ""} or {@code lib/}
     */
    static Decision check(Kind kind, String name, String dir) {
        String shown = "\"" + shorten(Sanitizer.line(name)) + "\"";
        if (kind == Kind.URL) {
            return refuse("include url(" + shown + ") is refused: a routine file never reaches the network");
        }
        if (kind == Kind.CLASSPATH) {
            return refuse("include classpath(" + shown + ") is refused: a routine may include only files in its own folder");
        }
        if (name.isBlank()) {
            return refuse("include needs a file name, e.g. include \"lib/stretches.conf\"");
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.startsWith("~")) {
            return refuse("include " + shown + " is refused: absolute paths are not allowed; name a file in the routine's"
                    + " folder, e.g. \"lib/stretches.conf\"");
        }
        if (SCHEME.matcher(name).find()) {
            return refuse("include " + shown + " is refused: it looks like a URL or a drive; a routine may include only"
                    + " files in its own folder");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' || Sanitizer.isUnsafe(c)) {
                return refuse("include " + shown + " is refused: write the path with / and no control characters");
            }
        }
        List<String> parts = new ArrayList<>();
        for (String part : (dir + name).split("/")) {
            if (part.equals("..")) {
                return refuse("include " + shown + " is refused: .. would lead out of the routine's folder");
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return refuse("include needs a file name, e.g. include \"lib/stretches.conf\"");
        }
        return new Decision(String.join("/", parts), null);
    }

    private static Decision refuse(String why) {
        return new Decision(null, why);
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
