package dev.limber.load;

import dev.limber.text.Sanitizer;
import dev.limber.text.Words;

/**
 * Splits raw HOCON text into tokens the way Typesafe Config's tokenizer does, one at a time, for
 * {@link TokenLimits}; comments and whitespace are dropped (whitespace is remembered on the token
 * after it). Stops with a line-numbered failure at a control character, or at a string or
 * {@code ${} that is never closed. Iterative and linear in the text, so no input can overflow the
 * stack or take long here.
 */
final class Lexer {

    enum Type {
        LBRACE, RBRACE, LBRACKET, RBRACKET, COMMA, NEWLINE, SEPARATOR, PLUS_EQUALS, STRING, UNQUOTED, SUBST, OTHER
    }

    /**
     * @param text the unquoted text, the string's value, or a substitution's path
     * @param space whether whitespace came right before it on the same line
     */
    record Token(Type type, int line, String text, boolean space) {
    }

    /** Why the text cannot be split, and where. */
    record Failure(int line, String message) {
    }

    private final String s;
    private int pos;
    private int line = 1;
    private boolean space;
    private Failure failure;

    Lexer(String text) {
        this.s = text;
        if (s.startsWith("\uFEFF")) {
            pos = 1;
        }
    }

    /** The failure that ended the text early, or null. */
    Failure failure() {
        return failure;
    }

    /** The next token, or null at the end of the text or after a failure. */
    Token next() {
        while (failure == null && pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\n') {
                Token t = token(Type.NEWLINE, "");
                line++;
                pos++;
                return t;
            } else if (isSpace(c)) {
                pos++;
                space = true;
            } else if (c == '#' || (c == '/' && s.startsWith("//", pos))) {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (s.startsWith("\"\"\"", pos)) {
                return tripleQuoted();
            } else if (c == '"') {
                return quoted();
            } else if (s.startsWith("${", pos)) {
                return substitution();
            } else if (s.startsWith("+=", pos)) {
                pos += 2;
                return token(Type.PLUS_EQUALS, "+=");
            } else if (Sanitizer.isUnsafe(c)) {
                return fail(controlFailure(c));
            } else if (c < 128 && ENDS_UNQUOTED[c]) {
                pos++;
                return token(punctuation(c), String.valueOf(c));
            } else {
                return unquoted();
            }
        }
        return null;
    }

    private static Type punctuation(char c) {
        return switch (c) {
            case '{' -> Type.LBRACE;
            case '}' -> Type.RBRACE;
            case '[' -> Type.LBRACKET;
            case ']' -> Type.RBRACKET;
            case ',' -> Type.COMMA;
            case ':', '=' -> Type.SEPARATOR;
            // HOCON forbids the rest outside quotes; Typesafe Config says so when it parses.
            default -> Type.OTHER;
        };
    }

    private Token unquoted() {
        int start = pos;
        int end = s.length();
        while (pos < end) {
            char c = s.charAt(pos);
            if (c < 128) {
                if (ENDS_UNQUOTED[c] || (c == '/' && pos + 1 < end && s.charAt(pos + 1) == '/')) {
                    break;
                }
                if (c < 0x20 || c == 0x7f) {
                    return fail(controlFailure(c));
                }
            } else if (isSpace(c)) {
                break;
            } else if (Sanitizer.isUnsafe(c)) {
                return fail(controlFailure(c));
            }
            pos++;
        }
        return token(Type.UNQUOTED, s.substring(start, pos));
    }

    private Token quoted() {
        int startLine = line;
        pos++;
        int end = s.length();
        int start = pos;
        boolean escaped = false;
        while (true) {
            if (pos >= end || s.charAt(pos) == '\n') {
                return fail(new Failure(startLine, "a \" opened on this line is never closed"));
            }
            char c = s.charAt(pos);
            if (c == '"') {
                break;
            }
            if (c == '\\' && pos + 1 < end && s.charAt(pos + 1) != '\n') {
                escaped = true;
                pos += 2;
                continue;
            }
            if ((c < 0x20 && c != '\t') || (c >= 0x7f && Sanitizer.isUnsafe(c))) {
                return fail(controlFailure(c));
            }
            pos++;
        }
        // Escapes are read for real by Typesafe Config; the limits need the text only for keys.
        String text = s.substring(start, pos);
        if (escaped) {
            text = text.replaceAll("\\\\(.)", "$1");
        }
        pos++;
        return new Token(Type.STRING, startLine, text, takeSpace());
    }

    private Token tripleQuoted() {
        int startLine = line;
        int end = s.indexOf("\"\"\"", pos + 3);
        if (end < 0) {
            return fail(new Failure(startLine, "a \"\"\" opened on this line is never closed"));
        }
        // Extra quotes right before the closing """ belong to the text (HOCON's rule).
        while (end + 3 < s.length() && s.charAt(end + 3) == '"') {
            end++;
        }
        for (int i = pos + 3; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
            } else if (Sanitizer.isUnsafe(c) && c != '\t' && c != '\r') {
                return fail(controlFailure(c));
            }
        }
        Token t = new Token(Type.STRING, startLine, s.substring(pos + 3, end), takeSpace());
        pos = end + 3;
        return t;
    }

    /** {@code ${path}} or {@code ${?path}}; a quoted part of the path may hold a }. */
    private Token substitution() {
        int startLine = line;
        int end = pos + 2;
        boolean inQuotes = false;
        while (end < s.length() && s.charAt(end) != '\n' && (inQuotes || s.charAt(end) != '}')) {
            char c = s.charAt(end);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c == '\\' && inQuotes) {
                end++;
            } else if (Sanitizer.isUnsafe(c)) {
                return fail(controlFailure(c));
            }
            end++;
        }
        if (end >= s.length() || s.charAt(end) != '}') {
            return fail(new Failure(startLine, "a ${ opened on this line is never closed"));
        }
        Token t = new Token(Type.SUBST, startLine, s.substring(pos + 2, end).strip(), takeSpace());
        pos = end + 1;
        return t;
    }

    private Token token(Type type, String text) {
        return new Token(type, line, text, takeSpace());
    }

    private boolean takeSpace() {
        boolean was = space;
        space = false;
        return was;
    }

    private Token fail(Failure f) {
        failure = f;
        return null;
    }

    private Failure controlFailure(char c) {
        return new Failure(line, "control character " + Words.character(c) + " in the file; remove it");
    }

    /** Whitespace as Typesafe Config sees it, a line break aside. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF' || c == '\u00A0'
                || (c > 0x7f && (Character.isSpaceChar(c) || Character.isWhitespace(c)) && c != 0x85);
    }

    /** ASCII characters that end unquoted text: HOCON's forbidden ones, the quote, and whitespace. */
    private static final boolean[] ENDS_UNQUOTED = new boolean[128];

    static {
        for (char c : "$\"{}[]:=,+#`^?!@*&\\ \t\r\n".toCharArray()) {
            ENDS_UNQUOTED[c] = true;
        }
    }
}
