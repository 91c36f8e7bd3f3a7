package dev.limber.load;

import dev.limber.load.Lexer.Failure;
import dev.limber.load.Lexer.Token;
import dev.limber.load.Lexer.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The limits a file must keep before Typesafe Config parses it, because breaking them costs time
 * or stack inside the parse, where nothing can stop it: brackets that match, nesting at most
 * {@link #MAX_DEPTH} deep (counting key parts, and across includes), at most {@link #MAX_ENTRIES}
 * keys or items in one object or list, values not joined from very many pieces, and keys not
 * re-opened so often that merging them takes minutes. It also finds each include statement with
 * its line, for the {@link Guard} to check and read before the parse.
 *
 * <p>It follows keys and values only as far as these limits need, the way Typesafe Config's parser
 * does (a key may be followed by a line break or a comment before its {@code =}, {@code :} or
 * {@code {}). Text that is not valid HOCON is passed over without complaint: the parser reports it.
 */
final class TokenLimits {
    /** Deeper than this is refused: a routine needs six or so levels; Typesafe's parser recurses. */
    static final int MAX_DEPTH = 64;
    /**
     * More items in one list, or keys in one object, is refused: no routine needs them (it may have
     * at most 10,000 segments), and resolving substitutions in a container takes time that grows
     * with the square of its size.
     */
    static final int MAX_ENTRIES = 10_000;
    /** Characters Typesafe Config may copy joining the pieces of text values, in one file. */
    static final long MAX_CONCAT_COST = 50_000_000;
    /** List items or object keys Typesafe Config may copy joining lists or objects in one value, in one file. */
    static final long MAX_JOIN_COST = 1_000_000;
    /** Keys Typesafe Config may copy merging keys that are opened again, in one routine. */
    static final long MAX_MERGE_COST = 1_000_000;

    /** Receives each include statement, in order. */
    interface Includes {
        /**
         * @param at where the included keys go
         * @param depth how deep the statement is nested
         * @return false to stop reading this file (the receiver has said why)
         */
        boolean include(int line, IncludePolicy.Kind kind, String name, KeyTree.Node at, int depth);
    }

    private enum State {
        /** Expecting a key, an include, or the end of the object. */
        KEY,
        /** Reading a key's parts on one line. */
        IN_KEY,
        /** A key ended at a line break; its {@code =}, {@code :} or {@code {} may follow on a later line. */
        AFTER_KEY,
        /** After {@code =}, {@code :} or {@code +=}: the value may start on a later line. */
        VALUE_START,
        /** Reading a value's pieces, until a line break or a comma; in a list, an item's. */
        IN_VALUE,
        /** After the {@code include} keyword. */
        INCLUDE,
        /** After an include's file name: closing parentheses, then the end of the statement. */
        INCLUDE_CLOSE,
        /** In a list, expecting an item or the end of the list. */
        ITEM
    }

    private static final class Frame {
        /** {@code '{'}, {@code '['}, or 0 for the file itself. */
        final char open;
        final int line;
        final int depth;
        /** Where this object's keys go; null for a list. */
        final KeyTree.Node node;
        State state;
        int entries;
        /** The value being read: whether it has pieces, their text length, and entries of lists or objects joined. */
        boolean pieces;
        long pieceLength;
        long joined;
        /** The key being read. */
        final List<String> keyParts = new ArrayList<>();
        final StringBuilder keyPart = new StringBuilder();
        int keyLine;
        /** Where the value of the last key goes, and its depth. */
        KeyTree.Node valueNode;
        int valueDepth;
        /** The include statement being read. */
        final StringBuilder wrapper = new StringBuilder();
        int includeLine;
        int openParens;

        Frame(char open, int line, int depth, KeyTree.Node node) {
            this.open = open;
            this.line = line;
            this.depth = depth;
            this.node = node;
            this.state = node == null ? State.ITEM : State.KEY;
        }

        boolean list() {
            return node == null;
        }
    }

    private final KeyTree keys;
    private final Includes includes;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private long concatCost;
    private long joinCost;
    private boolean started;
    private boolean stopped;
    private Failure failure;

    private TokenLimits(KeyTree keys, Includes includes) {
        this.keys = keys;
        this.includes = includes;
    }

    /**
     * Checks one file whose keys go at {@code at}, {@code depth} deep (an included file sits where
     * it is included), handing each include statement to {@code includes} as it is met.
     *
     * @return the first limit broken, or null (also when {@code includes} stopped the reading)
     */
    static Failure check(String text, KeyTree keys, KeyTree.Node at, int depth, Includes includes) {
        return new TokenLimits(keys, includes).run(new Lexer(text), at, depth);
    }

    private Failure run(Lexer lexer, KeyTree.Node at, int depth) {
        stack.push(new Frame((char) 0, 1, depth, at));
        for (Token t = lexer.next(); t != null && failure == null && !stopped; t = lexer.next()) {
            token(t);
        }
        if (stopped) {
            return null;
        }
        if (failure == null && lexer.failure() != null) {
            failure = lexer.failure();
        }
        if (failure == null && stack.size() > 1) {
            Frame f = stack.peek();
            failure = new Failure(f.line, "the " + f.open + " on this line is never closed");
        }
        return failure;
    }

    private void token(Token t) {
        Frame f = stack.peek();
        boolean first = !started && t.type() != Type.NEWLINE;
        started |= first;
        switch (t.type()) {
            case LBRACE, LBRACKET -> open(f, t, first);
            case RBRACE, RBRACKET -> close(f, t);
            default -> {
                if (f.list()) {
                    item(f, t);
                } else {
                    field(f, t);
                }
            }
        }
    }

    private void item(Frame f, Token t) {
        if (t.type() == Type.NEWLINE || t.type() == Type.COMMA) {
            f.state = State.ITEM;
        } else if (f.state == State.ITEM) {
            startEntry(f);
            startValue(f);
            piece(f, t);
            f.state = State.IN_VALUE;
        } else {
            piece(f, t);
        }
    }

    private void field(Frame f, Token t) {
        Type type = t.type();
        switch (f.state) {
            case KEY -> {
                if (type == Type.UNQUOTED && t.text().equals("include")) {
                    f.state = State.INCLUDE;
                    f.includeLine = t.line();
                    f.wrapper.setLength(0);
                } else if (type == Type.STRING || type == Type.UNQUOTED) {
                    startKey(f, t);
                }
            }
            case IN_KEY -> {
                if (type == Type.STRING || type == Type.UNQUOTED) {
                    keyPiece(f, t);
                } else if (type == Type.NEWLINE) {
                    f.state = State.AFTER_KEY;
                } else if (type == Type.SEPARATOR || type == Type.PLUS_EQUALS) {
                    defineKey(f);
                    f.state = State.VALUE_START;
                }
            }
            case AFTER_KEY -> {
                if (type == Type.SEPARATOR || type == Type.PLUS_EQUALS) {
                    defineKey(f);
                    f.state = State.VALUE_START;
                } else if (type == Type.STRING || type == Type.UNQUOTED) {
                    startKey(f, t);
                } else if (type != Type.NEWLINE) {
                    f.state = State.KEY;
                }
            }
            case VALUE_START -> {
                if (type == Type.COMMA) {
                    f.state = State.KEY;
                } else if (type != Type.NEWLINE) {
                    startValue(f);
                    piece(f, t);
                    f.state = State.IN_VALUE;
                }
            }
            case IN_VALUE -> {
                if (type == Type.NEWLINE || type == Type.COMMA) {
                    f.state = State.KEY;
                } else if (type != Type.SEPARATOR && type != Type.PLUS_EQUALS) {
                    piece(f, t);
                }
            }
            case INCLUDE -> include(f, t);
            case INCLUDE_CLOSE -> {
                if (type == Type.UNQUOTED && t.text().matches("\\)+")) {
                    f.openParens -= t.text().length();
                } else if (type == Type.COMMA || (type == Type.NEWLINE && f.openParens <= 0)) {
                    f.state = State.KEY;
                }
            }
        }
    }

    /**
     * {@code include "name"}, or {@code url(}, {@code file(}, {@code classpath(} around the name,
     * optionally inside {@code required(}; line breaks and comments may come between the parts.
     */
    private void include(Frame f, Token t) {
        if (t.type() == Type.UNQUOTED) {
            f.wrapper.append(t.text());
        } else if (t.type() == Type.STRING) {
            String w = f.wrapper.toString();
            f.openParens = (int) w.chars().filter(c -> c == '(').count();
            f.state = State.INCLUDE_CLOSE;
            if (w.startsWith("required(")) {
                w = w.substring("required(".length());
            }
            IncludePolicy.Kind kind = switch (w) {
                case "" -> IncludePolicy.Kind.HEURISTIC;
                case "url(" -> IncludePolicy.Kind.URL;
                case "file(" -> IncludePolicy.Kind.FILE;
                case "classpath(" -> IncludePolicy.Kind.CLASSPATH;
                // Not an include Typesafe Config knows: its parser says so.
                default -> null;
            };
            if (kind != null && !includes.include(f.includeLine, kind, t.text(), f.node, f.depth)) {
                stopped = true;
            }
        } else if (t.type() != Type.NEWLINE) {
            f.state = State.IN_VALUE;
        }
    }

    private void startKey(Frame f, Token t) {
        startEntry(f);
        f.keyParts.clear();
        f.keyPart.setLength(0);
        f.keyLine = t.line();
        f.state = State.IN_KEY;
        keyPiece(f, t);
    }

    /** Adds a token to the key being read: unquoted text splits at dots, quoted text does not. */
    private void keyPiece(Frame f, Token t) {
        if (t.space() && (f.keyPart.length() > 0 || !f.keyParts.isEmpty())) {
            f.keyPart.append(' ');
        }
        if (t.type() == Type.STRING) {
            f.keyPart.append(t.text());
            return;
        }
        String text = t.text();
        int from = 0;
        for (int dot = text.indexOf('.'); dot >= 0 && failure == null; dot = text.indexOf('.', from)) {
            f.keyPart.append(text, from, dot);
            f.keyParts.add(f.keyPart.toString());
            f.keyPart.setLength(0);
            from = dot + 1;
            if (f.keyParts.size() >= MAX_DEPTH) {
                failure = new Failure(f.keyLine, "a key with more than " + MAX_DEPTH + " parts is nested too deeply");
            }
        }
        f.keyPart.append(text, from, text.length());
    }

    private void defineKey(Frame f) {
        f.keyParts.add(f.keyPart.toString());
        f.keyPart.setLength(0);
        f.valueDepth = f.depth + f.keyParts.size();
        if (f.valueDepth > MAX_DEPTH) {
            failure = tooDeep(f.keyLine);
            return;
        }
        f.valueNode = keys.define(f.node, f.keyParts);
        if (keys.mergeCost() > MAX_MERGE_COST) {
            failure = new Failure(f.keyLine, "the same keys are opened again and again (e.g. library.a = ... then"
                    + " library.b = ...) so often that merging them would take too long; put them in one block,"
                    + " e.g. library { a = ..., b = ... }");
        }
    }

    private void startEntry(Frame f) {
        if (++f.entries > MAX_ENTRIES) {
            failure = new Failure(f.line, String.format("this %s has more than %,d %s", f.list() ? "list" : "object",
                    MAX_ENTRIES, f.list() ? "items" : "keys"));
        }
    }

    private static void startValue(Frame f) {
        f.pieces = false;
        f.pieceLength = 0;
        f.joined = 0;
    }

    /**
     * Typesafe Config joins the pieces of a value ({@code a = lots of unquoted words}) one by one,
     * copying what it has each time: the cost grows with the square of the value's length. Counted
     * here, so 600,000 unquoted words end in an error line instead of minutes of copying.
     */
    private void piece(Frame f, Token t) {
        if (t.type() == Type.SUBST && pathParts(t.text()) > MAX_DEPTH) {
            failure = new Failure(t.line(), "a ${...} path with more than " + MAX_DEPTH + " parts");
            return;
        }
        if (f.pieces) {
            concatCost += f.pieceLength;
        }
        f.pieces = true;
        f.pieceLength += t.text().length() + 1;
        if (concatCost > MAX_CONCAT_COST) {
            failure = new Failure(t.line(), "a value made of very many pieces of unquoted text; put long text in"
                    + " quotes");
        }
    }

    private void open(Frame f, Token t, boolean first) {
        boolean object = t.type() == Type.LBRACE;
        char open = object ? '{' : '[';
        Frame child;
        if (first && object && f.open == 0) {
            // The file's own outer braces: { ... }
            child = new Frame(open, t.line(), f.depth, f.node);
        } else if (!f.list() && (f.state == State.IN_KEY || f.state == State.AFTER_KEY) && object) {
            defineKey(f);
            startValue(f);
            child = new Frame(open, t.line(), f.valueDepth, f.valueNode);
            f.state = State.IN_VALUE;
        } else {
            boolean value = f.state == State.VALUE_START || f.state == State.IN_VALUE;
            if (f.list() && f.state == State.ITEM) {
                startEntry(f);
                startValue(f);
            } else if (!f.list() && f.state == State.VALUE_START) {
                startValue(f);
            }
            joinContainer(f, t);
            int depth = f.list() || !value ? f.depth + 1 : f.valueDepth + (object ? 0 : 1);
            KeyTree.Node node = !object ? null : !f.list() && value ? f.valueNode : new KeyTree.Node();
            child = new Frame(open, t.line(), depth, node);
            f.state = State.IN_VALUE;
        }
        if (failure == null && child.depth > MAX_DEPTH) {
            failure = tooDeep(t.line());
        }
        stack.push(child);
    }

    /** A list or object joined to what the value holds so far: Typesafe Config copies that each time. */
    private void joinContainer(Frame f, Token t) {
        if (f.joined > 0) {
            joinCost += f.joined;
            if (joinCost > MAX_JOIN_COST) {
                failure = new Failure(t.line(), "a value joined from very many lists or objects; write them as one");
            }
        }
        f.pieces = true;
    }

    private void close(Frame f, Token t) {
        boolean object = t.type() == Type.RBRACE;
        char want = object ? '{' : '[';
        char c = object ? '}' : ']';
        if (f.open == 0) {
            failure = new Failure(t.line(), c + " has no matching " + want);
        } else if (f.open != want) {
            failure = new Failure(t.line(), c + " does not match the " + f.open + " opened on line " + f.line);
        } else {
            stack.pop();
            stack.peek().joined += f.entries + 1;
        }
    }

    private static Failure tooDeep(int line) {
        return new Failure(line, "nested more than " + MAX_DEPTH + " levels deep; a routine needs only a few");
    }

    /** Parts of a substitution's path ({@code a.b."c.d"} has three), without building them. */
    static int pathParts(String path) {
        int parts = 1;
        boolean quoted = false;
        for (int k = 0; k < path.length(); k++) {
            char c = path.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                parts++;
            }
        }
        return parts;
    }
}
