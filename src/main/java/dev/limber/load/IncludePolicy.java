package dev.limber.load;

import dev.limber.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which includes a routine file may make, and which files it may name as pictures: only
 * relative files inside its own folder. No URLs, no classpath, no absolute paths, no {@code ..}.
 * The pre-parse scan (which knows the line), the includer (the last line of defence) and the
 * picture reader ask it.
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
        return inFolder("include", name, dir, "\"lib/stretches.conf\"");
    }

    /**
     * The rules for any file a routine names (an include, a picture): a relative path inside the
     * routine's folder, written with {@code /}, without {@code ..}. The folder itself still refuses
     * a symbolic link out of it ({@link Folder}).
     *
     * @param what the key naming the file, for the message: {@code include}, {@code picture}
     * @param dir the naming file's folder relative to the routine's folder: {@code ""} or {@code lib/}
     * @param example how a good value follows {@code what}, for the message: {@code "lib/stretches.conf"}
     */
    static Decision inFolder(String what, String name, String dir, String example) {
        String shown = "\"" + shorten(Sanitizer.line(name)) + "\"";
        if (name.isBlank()) {
            return refuse(what + " needs a file name, e.g. " + what + " " + example);
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.startsWith("~")) {
            return refuse(what + " " + shown + " is refused: absolute paths are not allowed; name a file in the routine's"
                    + " folder, e.g. " + what + " " + example);
        }
        if (SCHEME.matcher(name).find()) {
            return refuse(what + " " + shown + " is refused: it looks like a URL or a drive; a routine may name only"
                    + " files in its own folder");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' || Sanitizer.isUnsafe(c)) {
                return refuse(what + " " + shown + " is refused: write the path with / and no control characters");
            }
        }
        List<String> parts = new ArrayList<>();
        for (String part : (dir + name).split("/")) {
            if (part.equals("..")) {
                return refuse(what + " " + shown + " is refused: .. would lead out of the routine's folder");
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return refuse(what + " needs a file name, e.g. " + what + " " + example);
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
