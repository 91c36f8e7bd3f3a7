package dev.limber.load;

import dev.limber.text.Sanitizer;
import dev.limber.text.Words;
import java.util.Optional;

/**
 * What text from a routine may contain before it reaches a screen: at most {@link #MAX_CHARS}
 * characters and no control characters (ESC, BEL, C1, bidi overrides...). Instructions may keep
 * line breaks and tabs; a name, title or side is one line.
 */
final class TextRules {
    static final int MAX_CHARS = 2000;

    private TextRules() {
    }

    /** Why {@code s} is refused, or empty when it is fine. */
    static Optional<String> problem(String s, boolean multiline) {
        int length = s.codePointCount(0, s.length());
        if (length > MAX_CHARS) {
            return Optional.of(String.format("the text is %,d characters; the limit is %,d", length, MAX_CHARS));
        }
        int index = 0;
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            index++;
            if (Sanitizer.isUnsafe(c)) {
                boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
                if (!(multiline && lineBreak)) {
                    if (lineBreak) {
                        return Optional.of("a line break or tab at character " + index + "; this text is one line");
                    }
                    return Optional.of("control character " + Words.character(c) + " at character " + index
                            + "; remove it");
                }
            }
            k += Character.charCount(c);
        }
        return Optional.empty();
    }

    /**
     * True when {@code s} would show nothing: only spaces of any kind (no-break, em, ideographic,
     * line and paragraph separators), format characters (zero-width space, U+FEFF, joiners) and
     * controls. A title, name or side like that leaves a blank where the person reads what to do.
     */
    static boolean isBlank(String s) {
        return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Sanitizer.isUnsafe(c));
    }
}
