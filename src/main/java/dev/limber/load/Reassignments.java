package dev.limber.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a top-level key given a plain value twice in one file ({@code steps = [...]} and later
 * {@code steps = [...]} again): HOCON keeps the later one without a word, so a routine silently
 * loses its first list. Objects ({@code params { }} twice) merge, {@code +=} appends and a value
 * that starts with a substitution builds on the earlier one; none of these is a reassignment. Reads the tokens of text the guard has already bounded.
 */
final class Reassignments {
    /** A key set again on {@code line}, first set on {@code firstLine}. */
    record Again(String key, int line, int firstLine) {
    }

    private Reassignments() {
    }

    static List<Again> find(String text) {
        Lexer lexer = new Lexer(text);
        Map<String, Integer> assigned = new HashMap<>();
        List<Again> again = new ArrayList<>();
        int depth = 0;
        boolean entryStart = true;
        Lexer.Token key = null;
        boolean separated = false;
        for (Lexer.Token t = lexer.next(); t != null; t = lexer.next()) {
            if (separated) {
                // the first token of the value decides: an object merges, a substitution
                // (`title = ${?title}`, `steps = ${steps} [...]`) builds on what was there; anything else replaces
                if (t.type() != Lexer.Type.NEWLINE) {
                    if (t.type() != Lexer.Type.LBRACE && t.type() != Lexer.Type.SUBST) {
                        String name = key.text().strip();
                        Integer first = assigned.putIfAbsent(name, key.line());
                        if (first != null) {
                            again.add(new Again(name, key.line(), first));
                        }
                    }
                    separated = false;
                    key = null;
                }
            }
            switch (t.type()) {
                case LBRACE, LBRACKET -> depth++;
                case RBRACE, RBRACKET -> depth = Math.max(0, depth - 1);
                default -> {
                    // counted above or below
                }
            }
            if (depth == 0 && !separated) {
                if (t.type() == Lexer.Type.NEWLINE || t.type() == Lexer.Type.COMMA) {
                    entryStart = key == null;
                    continue;
                }
                if (entryStart && (t.type() == Lexer.Type.UNQUOTED || t.type() == Lexer.Type.STRING)) {
                    key = t;
                    entryStart = false;
                } else if (key != null && t.type() == Lexer.Type.SEPARATOR) {
                    separated = true;
                } else {
                    key = null;
                    entryStart = false;
                }
            }
        }
        return again;
    }
}
