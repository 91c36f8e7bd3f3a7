package dev.limber.cue;

import dev.limber.text.Sanitizer;
import java.util.regex.Pattern;

/**
 * Routine text on its way to another program (a speech or notification tool). It becomes one
 * line of at most {@value #MAX_CHARS} characters that never starts with a dash or with anything
 * that can hide one, so no option parser can take it for an option even where it is an argument:
 * a step named dash, EM SPACE, {@code --phonout=.bashrc} arrives as {@code phonout=.bashrc}.
 */
final class ProgramText {
    /**
     * Longer than any phrase worth saying. Bounded so that what is written to a program's input
     * (at most 4 bytes a character) fits in a pipe's buffer and the write never waits for it.
     */
    static final int MAX_CHARS = 500;

    /** Every Unicode space (no-break, em, ideographic, line and paragraph separators...). */
    private static final Pattern BLANKS = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private ProgramText() {
    }

    /** One safe line of plain text; every kind of space becomes one ASCII space. */
    static String plain(String text) {
        String s = BLANKS.matcher(Sanitizer.line(text)).replaceAll(" ");
        int start = 0;
        while (start < s.length() && hidesADash(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        int end = start;
        for (int n = 0; n < MAX_CHARS && end < s.length(); n++) {
            end += Character.charCount(s.codePointAt(end));
        }
        return s.substring(start, end).stripTrailing();
    }

    /**
     * {@link #plain} with the characters that notification markup (a subset of HTML) gives a
     * meaning written as entities, so a routine cannot add a link, an image or bold text.
     */
    static String markup(String text) {
        return plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }

    /**
     * True for a character that may not begin the text: a dash or minus of any kind, and whatever
     * shows as nothing in front of one (spaces, control and format characters such as U+FEFF,
     * U+200B and the bidi controls, combining marks with nothing to combine with, the Hangul fillers).
     */
    static boolean hidesADash(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u2212') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.DASH_PUNCTUATION -> true;
            default -> c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0;
        };
    }
}
