package dev.limber.text;

/**
 * The one gate between text from outside (routine files, the journal, settings) and a terminal.
 * Removes C0 and C1 control characters, DEL and Unicode bidi controls, which could move the
 * cursor, change colours, retitle the window or reorder what is shown.
 */
public final class Sanitizer {
    private Sanitizer() {
    }

    /** For one line of screen text: newlines and tabs become spaces, other controls are removed. */
    public static String line(String s) {
        return clean(s, false);
    }

    /** For instructions that keep their paragraph breaks: {@code \n} stays, tabs become spaces. */
    public static String text(String s) {
        return clean(s, true);
    }

    /** True when {@code c} would be removed: the loader rejects such text with a line number. */
    public static boolean isUnsafe(int c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || isBidi(c);
    }

    private static boolean isBidi(int c) {
        return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }

    private static String clean(String s, boolean keepNewlines) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\n' && keepNewlines) {
                b.append('\n');
            } else if (c == '\n' || c == '\t' || c == '\r') {
                b.append(c == '\r' && keepNewlines ? "" : " ");
            } else if (!isUnsafe(c)) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
