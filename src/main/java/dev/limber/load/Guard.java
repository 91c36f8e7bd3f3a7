package dev.limber.load;

import dev.limber.text.Sanitizer;
import dev.limber.text.Words;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks made on raw text before Typesafe Config sees a routine: size caps, UTF-8, control
 * characters, the {@link TokenLimits} (brackets, nesting, the work parsing would take), and every
 * include (refused unless it is a relative file inside the routine's folder; read here, once).
 * Whatever it refuses ends as a line-numbered problem in milliseconds, instead of a parser stack
 * overflow or minutes of copying. What substitutions expand to is checked after the parse, on
 * Typesafe Config's own tree ({@link ExpansionBudget}).
 */
final class Guard {
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    static final int MAX_TOTAL_BYTES = 8 * 1024 * 1024;
    static final int MAX_FILES = 100;
    static final int MAX_INCLUDE_DEPTH = 8;

    /**
     * @param texts every file read, by its path in the routine's folder, the routine first
     */
    record Result(Map<String, String> texts, List<Problem> problems) {
    }

    private final RoutineFile routine;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final KeyTree keys = new KeyTree();
    private final List<String> including = new ArrayList<>();
    private long totalBytes;
    /** Include statements followed, repeats counted: including one file 10,000 times is as costly as 10,000 files. */
    private int includes;

    private Guard(RoutineFile routine) {
        this.routine = routine;
    }

    static Result check(RoutineFile routine) {
        Guard g = new Guard(routine);
        String text = g.read(routine.name(), false, routine.display(), 0);
        if (text != null) {
            g.scan(routine.name(), text, g.keys.root, 0);
        }
        return new Result(g.texts, g.problems);
    }

    /** Reads and decodes one file, or records why not (at {@code line} of the including file) and returns null. */
    private String read(String rel, boolean confined, String reportFile, int line) {
        String shown = routine.folder().display(rel);
        Folder.Read r = routine.folder().read(rel, MAX_FILE_BYTES, confined);
        if (r instanceof Folder.Read.Missing) {
            problems.add(Problem.error(reportFile, line, "", confined
                    ? "include: there is no file " + shown
                    : "no such file"));
            return null;
        } else if (r instanceof Folder.Read.TooLarge t) {
            problems.add(Problem.error(shown, 0, "", "the file is " + kib(t.size()) + "; the limit is "
                    + kib(MAX_FILE_BYTES) + " (a routine is a few kilobytes)"));
            return null;
        } else if (r instanceof Folder.Read.Outside) {
            problems.add(Problem.error(reportFile, line, "", "include: " + shown
                    + " leads out of the routine's folder (a symbolic link?) and is refused"));
            return null;
        } else if (r instanceof Folder.Read.Failed f) {
            problems.add(Problem.error(shown, 0, "", "cannot read the file (" + f.reason() + ")"));
            return null;
        }
        byte[] bytes = ((Folder.Read.Bytes) r).bytes();
        totalBytes += bytes.length;
        if (totalBytes > MAX_TOTAL_BYTES) {
            problems.add(Problem.error(reportFile, line, "", "the routine and its includes come to more than "
                    + kib(MAX_TOTAL_BYTES)));
            return null;
        }
        return decode(bytes, shown);
    }

    private String decode(byte[] bytes, String shown) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult cr = d.decode(in, out, true);
        if (!cr.isError()) {
            cr = d.flush(out);
        }
        if (cr.isError()) {
            int at = in.position();
            int line = 1;
            for (int k = 0; k < at; k++) {
                if (bytes[k] == '\n') {
                    line++;
                }
            }
            problems.add(Problem.error(shown, line, "", String.format("not UTF-8 text (byte 0x%02X); a routine file is"
                    + " plain text", bytes[Math.min(at, bytes.length - 1)] & 0xff)));
            return null;
        }
        out.flip();
        return out.toString();
    }

    /** Checks one file whose keys go at {@code at}, {@code depth} deep, and the files it includes. */
    private void scan(String rel, String text, KeyTree.Node at, int depth) {
        texts.put(rel, text);
        String shown = routine.folder().display(rel);
        if (controls(shown, text)) {
            return;
        }
        including.add(rel);
        String dir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
        Lexer.Failure f = TokenLimits.check(text, keys, at, depth,
                (line, kind, name, into, d) -> include(shown, dir, line, kind, name, into, d));
        including.remove(including.size() - 1);
        if (f != null) {
            problems.add(Problem.error(shown, f.line(), "", f.message()));
        }
    }

    /**
     * Every line that holds a control character, one problem each (the lexer stops at its first
     * failure, and a pasted escape sequence is rarely alone). True when there was any.
     */
    private boolean controls(String shown, String text) {
        boolean found = false;
        int line = 1;
        int reported = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                reported = 0;
            } else if (c != '\t' && c != '\r' && reported != line && Sanitizer.isUnsafe(c)) {
                problems.add(Problem.error(shown, line, "", "control character " + Words.character(c)
                        + " in the file; remove it"));
                reported = line;
                found = true;
            }
        }
        return found;
    }

    /** Checks and reads one include statement's file; false when reading the including file should stop. */
    private boolean include(String shown, String dir, int line, IncludePolicy.Kind kind, String name,
            KeyTree.Node at, int depth) {
        IncludePolicy.Decision d = IncludePolicy.check(kind, name, dir);
        if (!d.allowed()) {
            problems.add(Problem.error(shown, line, "", d.refusal()));
            return true;
        }
        if (including.contains(d.path())) {
            problems.add(Problem.error(shown, line, "", "include " + d.path() + " includes itself (through "
                    + String.join(" -> ", including) + ")"));
            return true;
        }
        if (including.size() > MAX_INCLUDE_DEPTH || ++includes > MAX_FILES) {
            problems.add(Problem.error(shown, line, "", "too many includes (at most " + MAX_FILES + " in all, "
                    + MAX_INCLUDE_DEPTH + " deep)"));
            return false;
        }
        if (!IncludeNames.hasExtension(d.path())) {
            return includeBasename(shown, line, d.path(), at, depth);
        }
        String text = read(d.path(), true, shown, line);
        if (text != null) {
            scan(d.path(), text, at, depth);
        }
        return true;
    }

    /**
     * HOCON's {@code include "lib/hugs"}: every one of {@code lib/hugs.conf}, {@code .json} and
     * {@code .properties} that exists, merged; at least one must.
     */
    private boolean includeBasename(String shown, int line, String base, KeyTree.Node at, int depth) {
        boolean any = false;
        for (String rel : IncludeNames.candidates(base)) {
            if (routine.folder().read(rel, MAX_FILE_BYTES, true) instanceof Folder.Read.Missing) {
                continue;
            }
            any = true;
            String text = read(rel, true, shown, line);
            if (text == null) {
                continue;
            }
            if (rel.endsWith(".properties")) {
                // flat key=value lines: nothing in them nests, includes or substitutes
                texts.put(rel, text);
            } else {
                scan(rel, text, at, depth);
            }
        }
        if (!any) {
            problems.add(Problem.error(shown, line, "", "include: there is no file " + routine.folder().display(base)
                    + ".conf (nor .json or .properties)"));
        }
        return true;
    }

    private static String kib(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / (1024.0 * 1024)) : (bytes + 1023) / 1024 + " KB";
    }
}
