package dev.limber.load;

import dev.limber.text.Sanitizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Splits raw HOCON text into the few token kinds the pre-parse scan needs, before Typesafe Config
 * sees it, and on the way finds what must stop a file early with a line number: brackets that
 * never close or do not match, nesting deeper than {@link #MAX_DEPTH}, and control characters
 * outside comments. Iterative, so no input can overflow the stack here.
 */
final class Lexer {
    /** Deeper than this is refused: a routine needs six or so levels; Typesafe's parser recurses. */
    static final int MAX_DEPTH = 64;

    enum Type {
        LBRACE, RBRACE, LBRACKET, RBRACKET, COMMA, NEWLINE, SEPARATOR, PLUS_EQUALS, STRING, UNQUOTED, SUBST, OTHER
    }

    /**
     * @param text the unquoted text, the string's value, or a substitution's path
     * @param space whether whitespace came right before it on the same line
     */
    record Token(Type type, int line, String text, boolean space) {
    }

    /** A problem found while lexing; the scan stops at the first. */
    record Failure(int line, String message) {
    }

    record Result(List<Token> tokens, Failure failure) {
    }

    private final String s;
    private int pos;
    private int line = 1;
    private boolean space;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<int[]> open = new ArrayDeque<>();

    private final int baseDepth;

    private Lexer(String s, int baseDepth) {
        this.s = s;
        this.baseDepth = baseDepth;
    }

    static Result lex(String text) {
        return lex(text, 0);
    }

    /** @param baseDepth how deep the text sits already: an included file nests inside its include point */
    static Result lex(String text, int baseDepth) {
        Lexer l = new Lexer(text, baseDepth);
        Failure f = l.run();
        return new Result(l.tokens, f);
    }

    private Failure run() {
        if (s.startsWith("\uFEFF")) {
            pos = 1;
        }
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\n') {
                add(Type.NEWLINE, "");
                line++;
                pos++;
                space = false;
            } else if (c == ' ' || c == '\t' || (c > 0x7f && isSpace(c)) || c == '\r' || c == '\uFEFF') {
                pos++;
                space = true;
            } else if (c == '#' || (c == '/' && s.startsWith("//", pos))) {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (s.startsWith("\"\"\"", pos)) {
                Failure f = tripleQuoted();
                if (f != null) {
                    return f;
                }
            } else if (c == '"') {
                Failure f = quoted();
                if (f != null) {
                    return f;
                }
            } else if (s.startsWith("${", pos)) {
                Failure f = substitution();
                if (f != null) {
                    return f;
                }
            } else if (c == '{' || c == '[') {
                open.push(new int[] {c, line});
                if (open.size() + baseDepth > MAX_DEPTH) {
                    return new Failure(line, "nested more than " + MAX_DEPTH + " levels deep; a routine needs only a few");
                }
                add(c == '{' ? Type.LBRACE : Type.LBRACKET, String.valueOf(c));
                pos++;
            } else if (c == '}' || c == ']') {
                Failure f = close(c);
                if (f != null) {
                    return f;
                }
                add(c == '}' ? Type.RBRACE : Type.RBRACKET, String.valueOf(c));
                pos++;
            } else if (c == ',') {
                add(Type.COMMA, ",");
                pos++;
            } else if (c == ':' || c == '=') {
                add(Type.SEPARATOR, String.valueOf(c));
                pos++;
            } else if (s.startsWith("+=", pos)) {
                add(Type.PLUS_EQUALS, "+=");
                pos += 2;
            } else if (Sanitizer.isUnsafe(c) && c != '\t' && c != '\r') {
                return controlFailure(c);
            } else if (isForbidden(c)) {
                add(Type.OTHER, String.valueOf(c));
                pos++;
            } else {
                Failure f = unquoted();
                if (f != null) {
                    return f;
                }
            }
        }
        if (!open.isEmpty()) {
            int[] o = open.peek();
            return new Failure(o[1], "the " + (char) o[0] + " on this line is never closed");
        }
        return null;
    }

    private Failure close(char c) {
        char want = c == '}' ? '{' : '[';
        if (open.isEmpty()) {
            return new Failure(line, c + " has no matching " + want);
        }
        int[] o = open.pop();
        if (o[0] != want) {
            return new Failure(line, c + " does not match the " + (char) o[0] + " opened on line " + o[1]);
        }
        return null;
    }

    private Failure unquoted() {
        int start = pos;
        int dots = 0;
        int end = s.length();
        while (pos < end) {
            char c = s.charAt(pos);
            // The common case, a plain printable ASCII character, costs one table look-up.
            if (c < 128) {
                if (ENDS_UNQUOTED[c] || c < 0x20 || c == 0x7f || (c == '/' && pos + 1 < end && s.charAt(pos + 1) == '/')) {
                    if (c < 0x20 && !ENDS_UNQUOTED[c] || c == 0x7f) {
                        return controlFailure(c);
                    }
                    break;
                }
                if (c == '.' && ++dots > MAX_DEPTH) {
                    return new Failure(line, "a key with more than " + MAX_DEPTH + " parts is nested too deeply");
                }
            } else if (isSpace(c)) {
                break;
            } else if (Sanitizer.isUnsafe(c)) {
                return controlFailure(c);
            }
            pos++;
        }
        add(Type.UNQUOTED, s.substring(start, pos));
        return null;
    }

    private Failure quoted() {
        int startLine = line;
        pos++;
        int end = s.length();
        int start = pos;
        boolean escaped = false;
        while (true) {
            if (pos >= end || s.charAt(pos) == '\n') {
                return new Failure(startLine, "a \" opened on this line is never closed");
            }
            char c = s.charAt(pos);
            if (c == '"') {
                break;
            }
            if (c == '\\' && pos + 1 < end) {
                escaped = true;
                pos += 2;
                continue;
            }
            if ((c < 0x20 && c != '\t') || (c >= 0x7f && Sanitizer.isUnsafe(c))) {
                return controlFailure(c);
            }
            pos++;
        }
        // Escapes are read for real by Typesafe Config; the scan needs the text only for keys.
        String text = s.substring(start, pos);
        if (escaped) {
            text = text.replaceAll("\\\\(.)", "$1");
        }
        pos++;
        tokens.add(new Token(Type.STRING, startLine, text, space));
        space = false;
        return null;
    }

    private Failure tripleQuoted() {
        int startLine = line;
        int end = s.indexOf("\"\"\"", pos + 3);
        if (end < 0) {
            return new Failure(startLine, "a \"\"\" opened on this line is never closed");
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
                return controlFailure(c);
            }
        }
        tokens.add(new Token(Type.STRING, startLine, s.substring(pos + 3, end), space));
        space = false;
        pos = end + 3;
        return null;
    }

    private Failure substitution() {
        int startLine = line;
        int end = s.indexOf('}', pos);
        // Look for a line break only up to the closing brace: searching the rest of a long line
        // for each of thousands of ${...} on it would take time growing with the square.
        int nl = end < 0 ? -1 : s.substring(pos, end).indexOf('\n');
        if (end < 0 || nl >= 0) {
            return new Failure(startLine, "a ${ opened on this line is never closed");
        }
        String inner = s.substring(pos + 2, end).strip();
        for (int i = 0; i < inner.length(); i++) {
            if (Sanitizer.isUnsafe(inner.charAt(i))) {
                return controlFailure(inner.charAt(i));
            }
        }
        tokens.add(new Token(Type.SUBST, startLine, inner, space));
        space = false;
        pos = end + 1;
        return null;
    }

    private Failure controlFailure(char c) {
        return new Failure(line, "control character " + describe(c) + " in the file; remove it");
    }

    /** {@code U+001B ESCAPE}: the code and its Unicode name, so a person can find it. */
    static String describe(int c) {
        String name = Character.getName(c);
        return String.format(Locale.ROOT, "U+%04X", c) + (name == null ? "" : " " + name);
    }

    private void add(Type type, String text) {
        tokens.add(new Token(type, line, text, space));
        space = false;
    }

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

    /** Characters HOCON does not allow in unquoted text. */
    private static boolean isForbidden(char c) {
        return c < 128 && ENDS_UNQUOTED[c] && c != '"' && c != ' ' && c != '\t' && c != '\r' && c != '\n';
    }
}
