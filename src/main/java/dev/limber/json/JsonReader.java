package dev.limber.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pull reader over JSON text, for reading many records of a known shape without building maps:
 * the caller walks objects and arrays ({@link #beginObject}, {@link #hasNext}, {@link #nextName},
 * ...) and {@link #skipValue skips} what it does not know. It is as strict as {@link Json#parse}
 * and throws {@link Json.JsonException} with the offset on anything malformed or cut short.
 * Inside an object or array, call {@link #hasNext} before each member.
 */
public final class JsonReader {
    private static final int MAX_DEPTH = 200;
    /** Longer number tokens are refused: limber writes none over 20 characters. */
    static final int MAX_NUMBER_CHARS = 64;
    /** Exponents beyond this either way are refused: no value limber reads is near 10^400. */
    static final int MAX_EXPONENT = 400;

    private final String s;
    private int start;
    private int end;
    private int pos;
    private int depth;
    /** Per open container: whether its first member was read, and whether hasNext already passed a comma. */
    private final boolean[] started = new boolean[MAX_DEPTH + 2];
    private final boolean[] pending = new boolean[MAX_DEPTH + 2];
    /**
     * The short strings seen so far, by hash: keys and values like {@code "side"} and
     * {@code "left"} repeat on every record, and reading ten thousand records should not make a
     * million copies of them. A collision just replaces the entry.
     */
    private final String[] pool = new String[1024];

    /** Reads {@code text} from {@code start} up to (not including) {@code end}. */
    public JsonReader(String text, int start, int end) {
        this.s = text;
        this.start = start;
        this.pos = start;
        this.end = end;
    }

    public JsonReader(String text) {
        this(text, 0, text.length());
    }

    /**
     * Points the reader at another value of the same text, e.g. the next line of a JSON Lines
     * file, keeping what it learnt about repeated strings.
     */
    public void reset(int newStart, int newEnd) {
        start = newStart;
        end = newEnd;
        pos = newStart;
        depth = 0;
        started[0] = false;
        pending[0] = false;
    }

    public void beginObject() {
        open('{');
    }

    public void endObject() {
        close('}');
    }

    public void beginArray() {
        open('[');
    }

    public void endArray() {
        close(']');
    }

    /** True when the open object or array has another member; moves past the comma before it. */
    public boolean hasNext() {
        if (pending[depth]) {
            return true;
        }
        skipSpace();
        char c = peek();
        if (c == '}' || c == ']') {
            return false;
        }
        if (started[depth]) {
            expect(',');
            skipSpace();
        }
        started[depth] = true;
        pending[depth] = true;
        return true;
    }

    /** The next member's name, and past its colon. */
    public String nextName() {
        member();
        String name = string();
        skipSpace();
        expect(':');
        return name;
    }

    public String nextString() {
        value();
        return string();
    }

    public boolean nextBoolean() {
        value();
        if (s.startsWith("true", pos) && pos + 4 <= end) {
            pos += 4;
            return true;
        }
        if (s.startsWith("false", pos) && pos + 5 <= end) {
            pos += 5;
            return false;
        }
        throw error("expected true or false");
    }

    /** True (and past it) when the next value is {@code null}; false, consuming nothing, otherwise. */
    public boolean nextNull() {
        value();
        if (s.startsWith("null", pos) && pos + 4 <= end) {
            pos += 4;
            return true;
        }
        return false;
    }

    /**
     * The next number, exactly. Refused in time linear in its length when it is longer than
     * {@link #MAX_NUMBER_CHARS} or its exponent is beyond {@link #MAX_EXPONENT}: a run of digits
     * costs {@code BigDecimal} quadratic time to read, and {@code 1e100000000} takes it for ever
     * to scale.
     */
    public BigDecimal nextNumber() {
        value();
        int from = pos;
        int to = numberEnd();
        if (to - from < 18 && noPointOrExponent(from, to)) {
            pos = to;
            return BigDecimal.valueOf(Long.parseLong(s, from, to, 10));
        }
        BigDecimal d = new BigDecimal(s.substring(from, to));
        pos = to;
        return d;
    }

    /**
     * Where the number at {@code pos} ends, checked against JSON's grammar
     * ({@code -?digits(.digits)?([eE][+-]?digits)?}) and the limits; throws at {@code pos} otherwise.
     */
    private int numberEnd() {
        int i = pos;
        if (i < end && s.charAt(i) == '-') {
            i++;
        }
        int digits = digitsFrom(i);
        if (digits == 0) {
            throw error("bad number");
        }
        i += digits;
        if (i < end && s.charAt(i) == '.') {
            i++;
            digits = digitsFrom(i);
            if (digits == 0) {
                throw error("bad number");
            }
            i += digits;
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean negative = i < end && s.charAt(i) == '-';
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            digits = digitsFrom(i);
            if (digits == 0) {
                throw error("bad number");
            }
            // Read only as far as it can matter: any more digits than this are beyond the limit.
            long exponent = 0;
            for (int k = i; k < i + digits && exponent <= MAX_EXPONENT; k++) {
                exponent = exponent * 10 + (s.charAt(k) - '0');
            }
            i += digits;
            if (exponent > MAX_EXPONENT) {
                throw error("number out of range (exponent " + (negative ? "below -" : "above ") + MAX_EXPONENT + ")");
            }
        }
        if (i - pos > MAX_NUMBER_CHARS) {
            throw error("number longer than " + MAX_NUMBER_CHARS + " characters");
        }
        return i;
    }

    private int digitsFrom(int i) {
        int k = i;
        while (k < end && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
        }
        return k - i;
    }

    private boolean noPointOrExponent(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    /**
     * The next number times 10<sup>{@code decimals}</sup>, truncated toward zero: {@code 29.5}
     * with 3 decimals is {@code 29500}. Reads plain decimals without allocating, which matters
     * when a file holds a million of them.
     *
     * @throws Json.JsonException when it is not a number or does not fit a long
     */
    public long nextScaled(int decimals) {
        value();
        int from = pos;
        int i = pos;
        boolean negative = i < end && s.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long v = 0;
        int digits = 0;
        int fraction = -1;
        int kept = 0;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (fraction < 0 || kept < decimals) {
                    v = v * 10 + (c - '0');
                    if (fraction >= 0) {
                        kept++;
                    }
                }
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                break;
            }
        }
        char after = i < end ? s.charAt(i) : ' ';
        // Anything unusual (an exponent, a long mantissa) goes the exact, allocating way.
        boolean plain = digits > 0 && digits + decimals <= 18 && fraction != 0 && after != 'e' && after != 'E'
                && after != '+' && after != '-';
        if (!plain) {
            BigDecimal d = nextNumber();
            try {
                return d.movePointRight(decimals).setScale(0, RoundingMode.DOWN).longValueExact();
            } catch (ArithmeticException tooBig) {
                pos = from;
                throw error("number out of range");
            }
        }
        for (int k = kept; k < decimals; k++) {
            v *= 10;
        }
        pos = i;
        return negative ? -v : v;
    }

    /**
     * The next value as a tree: {@code LinkedHashMap}, {@code ArrayList}, {@code String},
     * {@code BigDecimal}, {@code Boolean} or {@code null}.
     */
    public Object nextValue() {
        value();
        char c = peek();
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            beginObject();
            while (hasNext()) {
                String name = nextName();
                m.put(name, nextValue());
            }
            endObject();
            return m;
        } else if (c == '[') {
            List<Object> l = new ArrayList<>();
            beginArray();
            while (hasNext()) {
                l.add(nextValue());
            }
            endArray();
            return l;
        } else if (c == '"') {
            return string();
        } else if (c == 't' || c == 'f') {
            return nextBoolean();
        } else if (nextNull()) {
            return null;
        }
        return nextNumber();
    }

    /** Skips the next value, whatever it is. */
    public void skipValue() {
        value();
        char c = peek();
        if (c == '{') {
            beginObject();
            while (hasNext()) {
                nextName();
                skipValue();
            }
            endObject();
        } else if (c == '[') {
            beginArray();
            while (hasNext()) {
                skipValue();
            }
            endArray();
        } else if (c == '"') {
            string();
        } else if (c == 't' || c == 'f') {
            nextBoolean();
        } else if (!nextNull()) {
            nextNumber();
        }
    }

    /** Checks that nothing but white space is left. */
    public void finish() {
        skipSpace();
        if (pos != end || depth != 0) {
            throw error("unexpected text after the value");
        }
    }

    private void open(char c) {
        value();
        expect(c);
        if (depth >= MAX_DEPTH) {
            throw error("nested too deeply");
        }
        depth++;
        started[depth] = false;
        pending[depth] = false;
    }

    private void close(char c) {
        skipSpace();
        if (depth == 0) {
            throw error("nothing to close");
        }
        expect(c);
        depth--;
    }

    /** Before a member name: the caller must have asked hasNext. */
    private void member() {
        if (!pending[depth]) {
            throw error("hasNext() not called");
        }
        pending[depth] = false;
        skipSpace();
    }

    /** Before a value: inside an array it takes the place hasNext made for it. */
    private void value() {
        pending[depth] = false;
        skipSpace();
    }

    private String string() {
        if (peek() != '"') {
            throw error("expected a string");
        }
        pos++;
        // Most strings have no escapes: take them whole.
        for (int i = pos; i < end; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                String v = pooled(pos, i);
                pos = i + 1;
                return v;
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
        }
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (pos + 4 > end) {
                            throw error("bad \\u escape");
                        }
                        try {
                            b.append((char) Integer.parseInt(s, pos, pos + 4, 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw error("bad escape");
                }
            } else if (c < 0x20) {
                throw error("control character in a string");
            } else {
                b.append(c);
            }
        }
    }

    private String pooled(int from, int to) {
        int len = to - from;
        if (len > 32) {
            return s.substring(from, to);
        }
        int h = len;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        int slot = (h ^ (h >>> 16)) & (pool.length - 1);
        String p = pool[slot];
        if (p != null && p.length() == len && s.regionMatches(from, p, 0, len)) {
            return p;
        }
        p = s.substring(from, to);
        pool[slot] = p;
        return p;
    }

    private void skipSpace() {
        while (pos < end) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        if (pos >= end) {
            throw error("unexpected end");
        }
        return s.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private Json.JsonException error(String what) {
        return new Json.JsonException(what + " at character " + (pos - start + 1));
    }
}
