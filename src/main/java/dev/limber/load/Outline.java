package dev.limber.load;

import dev.limber.load.ExpansionBudget.Def;
import dev.limber.load.Lexer.Token;
import dev.limber.load.Lexer.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Follows the structure of one lexed file: which key paths it defines, what each definition's
 * substitutions refer to (into an {@link ExpansionBudget}), how deep keys nest, and where its
 * include statements are (handed to an {@link Includes} with their line). On the way it bounds
 * the work Typesafe Config would do in time growing with the square of the input: huge lists and
 * objects, values joined from very many pieces, and containers with very many substitutions.
 * Iterative: nesting is already bounded by the lexer, and key paths are bounded here.
 */
final class Outline {

    /** Receives each include statement found, in order. */
    interface Includes {
        /** @return a failure to stop the walk (e.g. the include is refused), or null */
        Failure include(int line, IncludePolicy.Kind kind, String name, List<String> prefix, Def owner, int depth);
    }

    /**
     * @param confused true when the walk could not follow the syntax: the parser will say why
     */
    record Failure(int line, String message, boolean confused) {
    }

    /**
     * More items in one list, or keys in one object, is refused: no routine needs them (it may have at
     * most 10,000 segments), and Typesafe Config resolves substitutions in a container in time that
     * grows with the square of its size.
     */
    static final int MAX_ENTRIES = 10_000;
    /**
     * Entries Typesafe Config may copy while resolving: it copies a list or object once for each of
     * its entries that holds a substitution, so 10,000 {@code ${...}} items in one list cost 10^8.
     */
    static final long MAX_RESOLVE_COST = 30_000_000;
    /** Characters Typesafe Config may copy joining the pieces of values, for one file. */
    static final long MAX_CONCAT_COST = 50_000_000;

    private enum State {
        KEY, AFTER_SEPARATOR, VALUE
    }

    private static final class Frame {
        final boolean array;
        final List<String> prefix;
        /** Non-null inside a list: everything found is folded into this definition. */
        final Def owner;
        final int depth;
        final boolean closes;
        final int line;
        State state = State.KEY;
        Def current;
        int fieldDepth;
        List<String> fieldPath;
        /** Items of a list, or fields of an object, seen so far. */
        int entries;
        /** Length of the value being concatenated from pieces so far. */
        long concatLength;
        /** Entries holding a substitution somewhere inside, and whether the current one does. */
        int substitutedEntries;
        boolean entrySubstituted;
        boolean expectItem = true;

        Frame(boolean array, List<String> prefix, Def owner, int depth, boolean closes, int line) {
            this.array = array;
            this.prefix = prefix;
            this.owner = owner;
            this.depth = depth;
            this.closes = closes;
            this.line = line;
        }
    }

    private final List<Token> tokens;
    private final ExpansionBudget budget;
    private final String file;
    private final Includes includes;
    private final boolean included;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private long concatCost;
    private long resolveCost;
    private final List<String> basePrefix;
    private int i;

    private Outline(List<Token> tokens, ExpansionBudget budget, String file, Includes includes, List<String> basePrefix) {
        this.tokens = tokens;
        this.budget = budget;
        this.file = file;
        this.includes = includes;
        this.basePrefix = basePrefix;
        this.included = !basePrefix.isEmpty();
    }

    /** Walks {@code tokens} as an object at {@code prefix} (or folded into {@code owner} when inside a list). */
    static Failure walk(List<Token> tokens, List<String> prefix, Def owner, int depth, ExpansionBudget budget,
            String file, Includes includes) {
        return new Outline(tokens, budget, file, includes, prefix).run(prefix, owner, depth);
    }

    private Failure run(List<String> prefix, Def owner, int depth) {
        stack.push(new Frame(false, prefix, owner, depth, false, 1));
        boolean started = false;
        for (i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Frame f = stack.peek();
            if (t.type() == Type.NEWLINE) {
                if (f != null && !f.array && f.state == State.VALUE) {
                    f.state = State.KEY;
                }
                if (f != null && f.array) {
                    f.expectItem = true;
                }
                continue;
            }
            if (f == null) {
                return confused(t, "text after the closing }");
            }
            if (!started && t.type() == Type.LBRACE && stack.size() == 1) {
                // The file's own outer braces: { ... }
                started = true;
                stack.pop();
                stack.push(new Frame(false, prefix, owner, depth, true, t.line()));
                continue;
            }
            started = true;
            Failure fail = f.array ? inArray(stack, f, t) : inObject(stack, f, t);
            if (fail != null) {
                return fail;
            }
        }
        while (!stack.isEmpty()) {
            Failure fail = pop();
            if (fail != null) {
                return fail;
            }
        }
        return null;
    }

    /** Closes the innermost list or object, adding what resolving its substitutions will copy. */
    private Failure pop() {
        Frame f = stack.pop();
        resolveCost += (long) f.substitutedEntries * f.entries;
        if (resolveCost > MAX_RESOLVE_COST) {
            return new Failure(f.line, "too many ${...} substitutions in this " + (f.array ? "list" : "object")
                    + " and those before it: resolving them would take too long", false);
        }
        return null;
    }

    private Failure inArray(Deque<Frame> stack, Frame f, Token t) {
        if (t.type() == Type.COMMA) {
            f.expectItem = true;
        } else if (f.expectItem && t.type() != Type.RBRACKET) {
            f.expectItem = false;
            f.concatLength = 0;
            f.entrySubstituted = false;
            if (++f.entries > MAX_ENTRIES) {
                return new Failure(f.line, String.format("this list has more than %,d items", MAX_ENTRIES), false);
            }
        }
        Failure costly = concatenate(f, t);
        if (costly != null) {
            return costly;
        }
        switch (t.type()) {
            case LBRACKET -> stack.push(new Frame(true, f.prefix, f.owner, f.depth + 1, true, t.line()));
            case LBRACE -> stack.push(new Frame(false, f.prefix, f.owner, f.depth + 1, true, t.line()));
            case RBRACKET -> {
                return pop();
            }
            case SUBST -> {
                return reference(f.owner, t);
            }
            case RBRACE -> {
                return confused(t, "} inside a list");
            }
            default -> f.owner.bytes += t.text().length() + 1;
        }
        return null;
    }

    private Failure inObject(Deque<Frame> stack, Frame f, Token t) {
        if (f.state == State.KEY) {
            return key(stack, f, t);
        }
        if (f.state == State.AFTER_SEPARATOR) {
            f.concatLength = 0;
        }
        f.state = State.VALUE;
        Failure costly = concatenate(f, t);
        if (costly != null) {
            return costly;
        }
        Def target = f.owner != null ? f.owner : f.current;
        switch (t.type()) {
            case SUBST -> {
                return reference(target, t);
            }
            case LBRACE -> stack.push(new Frame(false, f.fieldPath, f.owner, f.fieldDepth, true, t.line()));
            case LBRACKET -> stack.push(new Frame(true, f.fieldPath, target, f.fieldDepth + 1, true, t.line()));
            case COMMA -> f.state = State.KEY;
            case RBRACE -> {
                return closeObject(stack, f, t);
            }
            case RBRACKET -> {
                return confused(t, "] without a list");
            }
            default -> target.bytes += t.text().length() + 1;
        }
        return null;
    }

    /**
     * Typesafe Config joins the pieces of a value ({@code a = lots of unquoted words}) one by one,
     * copying what it has each time: the cost grows with the square of the value's length. Counted
     * here, so 600,000 unquoted words end in an error line instead of minutes of copying.
     */
    private Failure concatenate(Frame f, Token t) {
        if (t.type() != Type.STRING && t.type() != Type.UNQUOTED && t.type() != Type.SUBST && t.type() != Type.OTHER) {
            return null;
        }
        if (f.concatLength > 0) {
            concatCost += f.concatLength;
        }
        f.concatLength += t.text().length() + 1;
        if (concatCost > MAX_CONCAT_COST) {
            return new Failure(t.line(), "a value made of very many pieces of unquoted text; put long text in"
                    + " quotes", false);
        }
        return null;
    }

    private Failure key(Deque<Frame> stack, Frame f, Token t) {
        switch (t.type()) {
            case COMMA -> {
                return null;
            }
            case RBRACE -> {
                return closeObject(stack, f, t);
            }
            case UNQUOTED, STRING -> {
                if (t.type() == Type.UNQUOTED && t.text().equals("include") && isIncludeNext()) {
                    return include(f, t);
                }
                return field(stack, f, t);
            }
            default -> {
                return confused(t, "expected a key");
            }
        }
    }

    private Failure closeObject(Deque<Frame> stack, Frame f, Token t) {
        if (!f.closes) {
            return confused(t, "} without {");
        }
        return pop();
    }

    private Failure field(Deque<Frame> stack, Frame f, Token first) {
        // Inside a list nothing can refer to the key, so only its depth matters: skip building the path.
        boolean folded = f.owner != null;
        List<String> segments = folded ? null : new ArrayList<>();
        int parts = 1;
        StringBuilder current = new StringBuilder();
        int start = i;
        while (i < tokens.size() && (tokens.get(i).type() == Type.UNQUOTED || tokens.get(i).type() == Type.STRING)) {
            Token piece = tokens.get(i);
            if (folded) {
                if (piece.type() == Type.UNQUOTED) {
                    parts += countDots(piece.text());
                }
                i++;
                continue;
            }
            if (piece.space() && i > start) {
                current.append(' ');
            }
            if (piece.type() == Type.STRING) {
                current.append(piece.text());
            } else {
                String text = piece.text();
                int from = 0;
                for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', from)) {
                    current.append(text, from, dot);
                    segments.add(current.toString());
                    current.setLength(0);
                    from = dot + 1;
                }
                current.append(text, from, text.length());
            }
            i++;
        }
        if (!folded) {
            segments.add(current.toString());
            parts = segments.size();
        }
        if (i >= tokens.size()) {
            return confused(first, "a key without a value");
        }
        Token sep = tokens.get(i);
        List<String> path = f.prefix;
        if (!folded) {
            path = new ArrayList<>(f.prefix);
            path.addAll(segments);
        }
        int depth = f.depth + parts;
        if (depth > Lexer.MAX_DEPTH) {
            return new Failure(first.line(), "keys nested more than " + Lexer.MAX_DEPTH + " levels deep", false);
        }
        f.entrySubstituted = false;
        if (++f.entries > MAX_ENTRIES) {
            return new Failure(f.line, String.format("this object has more than %,d keys", MAX_ENTRIES), false);
        }
        Def def = f.owner;
        if (def == null) {
            def = budget.define(path, f.prefix.size(), file, first.line());
        }
        f.current = def;
        f.fieldPath = path;
        f.fieldDepth = depth;
        switch (sep.type()) {
            case LBRACE -> {
                f.state = State.VALUE;
                stack.push(new Frame(false, path, f.owner, depth, true, sep.line()));
            }
            case SEPARATOR -> f.state = State.AFTER_SEPARATOR;
            case PLUS_EQUALS -> {
                def.append = f.owner == null;
                f.state = State.AFTER_SEPARATOR;
            }
            default -> {
                return confused(sep, "expected = or : or { after a key");
            }
        }
        return null;
    }

    /** {@code include} followed by a space and a quoted name, or url(, file(, classpath(, required(. */
    private boolean isIncludeNext() {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token n = tokens.get(i + 1);
        if (!n.space()) {
            return false;
        }
        return n.type() == Type.STRING || (n.type() == Type.UNQUOTED && (n.text().startsWith("url(")
                || n.text().startsWith("file(") || n.text().startsWith("classpath(")
                || n.text().startsWith("required(")));
    }

    private Failure include(Frame f, Token keyword) {
        i++;
        StringBuilder wrapper = new StringBuilder();
        while (i < tokens.size() && tokens.get(i).type() == Type.UNQUOTED) {
            wrapper.append(tokens.get(i).text());
            i++;
        }
        if (i >= tokens.size() || tokens.get(i).type() != Type.STRING) {
            return confused(keyword, "include needs a quoted file name");
        }
        String name = tokens.get(i).text();
        String w = wrapper.toString();
        if (w.startsWith("required(")) {
            w = w.substring("required(".length());
        }
        IncludePolicy.Kind kind;
        if (w.isEmpty()) {
            kind = IncludePolicy.Kind.HEURISTIC;
        } else if (w.equals("url(")) {
            kind = IncludePolicy.Kind.URL;
        } else if (w.equals("file(")) {
            kind = IncludePolicy.Kind.FILE;
        } else if (w.equals("classpath(")) {
            kind = IncludePolicy.Kind.CLASSPATH;
        } else {
            return confused(keyword, "an include form limber does not know");
        }
        while (i + 1 < tokens.size() && tokens.get(i + 1).type() == Type.UNQUOTED
                && tokens.get(i + 1).text().matches("\\)+")) {
            i++;
        }
        return includes.include(keyword.line(), kind, name, f.prefix, f.owner, f.depth);
    }

    private Failure reference(Def target, Token t) {
        String text = t.text();
        if (text.startsWith("?")) {
            text = text.substring(1).strip();
        }
        List<String> path = refPath(text);
        if (path.size() > Lexer.MAX_DEPTH) {
            return new Failure(t.line(), "a ${...} path with more than " + Lexer.MAX_DEPTH + " parts", false);
        }
        target.refs.add(path);
        // Each enclosing list or object gets one more entry to copy on resolution (once per entry).
        for (Frame fr : stack) {
            if (fr.entrySubstituted) {
                break;
            }
            fr.entrySubstituted = true;
            fr.substitutedEntries++;
        }
        if (included) {
            // Typesafe looks a substitution in an included file up under the include's prefix first.
            List<String> prefixed = new ArrayList<>(basePrefix);
            prefixed.addAll(path);
            target.refs.add(prefixed);
        }
        return null;
    }

    private static int countDots(String text) {
        int n = 0;
        for (int k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1)) {
            n++;
        }
        return n;
    }

    /** Splits {@code a.b."c.d"} into its parts. */
    static List<String> refPath(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                parts.add(b.toString().strip());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        parts.add(b.toString().strip());
        return parts;
    }

    private Failure confused(Token t, String what) {
        return new Failure(t.line(), what, true);
    }
}
