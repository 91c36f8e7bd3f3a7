package dev.limber.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * Turns the bytes that arrive from the terminal into keys. Not all of them are typed: a terminal
 * also answers queries on the same input (device attributes {@code ESC [ ? 62 ; c}, a colour
 * {@code ESC ] 11 ; rgb:… BEL}, a DCS string {@code ESC P … ESC \}), and a sequence taken apart
 * into characters would act as {@code ?}, {@code m} or {@code b}. So every escape sequence is
 * parsed whole, the way ECMA-48 frames it: CSI and SS3 up to their final byte; OSC, DCS, APC, PM
 * and SOS up to BEL or ST, their text never kept; the 8-bit (C1) introducers too. A sequence
 * that is not a key the key tables bind is dropped whole. Esc followed by anything else is the
 * Escape key and then that key: nothing here uses Alt.
 *
 * <p>Pure: bytes in, keys out. A sequence cut off at the end of what has arrived is held
 * ({@link #holding}); the caller waits a moment for its rest and then calls {@link #expire}.
 */
final class KeyDecoder {
    /** More parameter bytes than any key has: the rest are not kept, and the sequence is no key. */
    private static final int MAX_PARAMS = 16;

    private enum State { GROUND, ESC, CSI, SS3, LINUX_F, STRING, STRING_ESC, UTF8 }

    private final ArrayDeque<KeyStroke> keys = new ArrayDeque<>();
    private final StringBuilder params = new StringBuilder();
    private State state = State.GROUND;
    /** The CSI or SS3 under way has a byte no key has (a private marker like {@code ?}, an intermediate). */
    private boolean notKey;
    /** In a string, the last byte was 0xC2, the first half of a UTF-8 encoded ST (U+009C). */
    private boolean stringC2;
    private int utf8Left;
    private int utf8Min;
    private int codePoint;

    /** Decodes {@code length} bytes from {@code offset}; the keys wait for {@link #next}. */
    void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            accept(bytes[i] & 0xff);
        }
    }

    /** The next whole key, or empty when none has been decoded yet. */
    Optional<KeyStroke> next() {
        return Optional.ofNullable(keys.poll());
    }

    /** True while a sequence or a character has begun and not ended: its rest may still come. */
    boolean holding() {
        return state != State.GROUND;
    }

    /**
     * The input paused with something unfinished: an Esc alone is the Escape key; any other
     * beginning (of a sequence, a string, a character) is dropped, and decoding starts afresh.
     */
    void expire() {
        if (state == State.ESC) {
            keys.add(new KeyStroke(KeyType.Escape));
        }
        state = State.GROUND;
    }

    private void accept(int b) {
        switch (state) {
            case GROUND -> ground(b);
            case ESC -> escape(b);
            case CSI, SS3 -> sequence(b);
            case LINUX_F -> linuxFunctionKey(b);
            case STRING -> string(b);
            case STRING_ESC -> stringEscape(b);
            case UTF8 -> utf8(b);
        }
    }

    private void ground(int b) {
        if (b == 0x1b) {
            state = State.ESC;
        } else if (b < 0x80) {
            ascii(b);
        } else if (b >= 0xc2 && b <= 0xf4) {
            utf8Left = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
            utf8Min = b < 0xe0 ? 0x80 : b < 0xf0 ? 0x800 : 0x10000;
            codePoint = b & (b < 0xe0 ? 0x1f : b < 0xf0 ? 0x0f : 0x07);
            state = State.UTF8;
        }
        // anything else is not UTF-8 (a stray continuation byte, an overlong lead): dropped
    }

    /** A byte below 0x80 outside any sequence, mapped as Lanterna's decoder maps it. */
    private void ascii(int b) {
        switch (b) {
            case '\r', '\n' -> keys.add(new KeyStroke(KeyType.Enter));
            case '\t' -> keys.add(new KeyStroke(KeyType.Tab));
            case 0x7f, 0x08 -> keys.add(new KeyStroke(KeyType.Backspace));
            default -> {
                if (b >= 0x20) {
                    keys.add(new KeyStroke((char) b, false, false));
                } else {
                    keys.add(new KeyStroke(ctrlCharacter(b), true, false));
                }
            }
        }
    }

    /** The key that Ctrl and it type control byte {@code b}: 0x03 is Ctrl-C. */
    private static char ctrlCharacter(int b) {
        return switch (b) {
            case 0 -> ' ';
            case 0x1c -> '\\';
            case 0x1d -> ']';
            case 0x1e -> '^';
            case 0x1f -> '_';
            default -> (char) ('a' - 1 + b);
        };
    }

    private void escape(int b) {
        switch (b) {
            case '[' -> startSequence(State.CSI);
            case 'O' -> startSequence(State.SS3);
            case ']', 'P', '_', '^', 'X' -> startString();
            default -> {
                keys.add(new KeyStroke(KeyType.Escape));
                state = State.GROUND;
                accept(b); // Esc Esc: the second may begin a sequence
            }
        }
    }

    private void startSequence(State s) {
        state = s;
        params.setLength(0);
        notKey = false;
    }

    private void startString() {
        state = State.STRING;
        stringC2 = false;
    }

    /** The parameter, intermediate and final bytes of a CSI or SS3 sequence. */
    private void sequence(int b) {
        if (b >= 0x30 && b <= 0x3f) {
            if ((b > '9' && b != ';') || params.length() >= MAX_PARAMS) {
                notKey = true; // a private marker (< = > ?), a sub-parameter, or far too long
            } else {
                params.append((char) b);
            }
        } else if (b >= 0x20 && b <= 0x2f) {
            notKey = true; // intermediate bytes: replies such as DECRPM's "$y", never a key
        } else if (b >= 0x40 && b <= 0x7e) {
            finish(b);
        } else {
            // Esc, another control or a byte above 0x7e inside a sequence: the sequence was cut
            // short; drop what came of it and take this byte afresh (Esc may begin the next one)
            state = State.GROUND;
            if (b != 0x18 && b != 0x1a) { // CAN and SUB only cancel
                accept(b);
            }
        }
    }

    private void finish(int fin) {
        boolean csi = state == State.CSI;
        state = State.GROUND;
        if (notKey) {
            return;
        }
        if (csi && fin == '[' && params.isEmpty()) {
            state = State.LINUX_F; // the Linux console's F1-F5: ESC [ [ A..E
            return;
        }
        KeyType key = csi ? csiKey(fin) : ss3Key(fin);
        if (key != null) {
            keys.add(new KeyStroke(key));
        }
    }

    /**
     * The key a CSI sequence ending in {@code fin} is, or null for every other sequence (cursor
     * position and other reports, function keys nothing binds). Modifiers ({@code ESC [ 1 ; 5 C}
     * for Ctrl-Right) are not told apart: no table binds them.
     */
    private KeyType csiKey(int fin) {
        return switch (fin) {
            case '~' -> switch (firstParameter()) {
                case "1", "7" -> KeyType.Home;
                case "4", "8" -> KeyType.End;
                case "5" -> KeyType.PageUp;
                case "6" -> KeyType.PageDown;
                default -> null;
            };
            default -> cursorKey(fin);
        };
    }

    /** The cursor keys, which CSI and SS3 sequences end alike. */
    private static KeyType cursorKey(int fin) {
        return switch (fin) {
            case 'A' -> KeyType.ArrowUp;
            case 'B' -> KeyType.ArrowDown;
            case 'C' -> KeyType.ArrowRight;
            case 'D' -> KeyType.ArrowLeft;
            case 'H' -> KeyType.Home;
            case 'F' -> KeyType.End;
            default -> null;
        };
    }

    /** The key an SS3 sequence ending in {@code fin} is (cursor keys in application mode), or null. */
    private static KeyType ss3Key(int fin) {
        return switch (fin) {
            case 'M' -> KeyType.Enter; // the keypad's Enter
            default -> cursorKey(fin);
        };
    }

    private String firstParameter() {
        int semicolon = params.indexOf(";");
        return semicolon < 0 ? params.toString() : params.substring(0, semicolon);
    }

    private void linuxFunctionKey(int b) {
        state = State.GROUND;
        if (b < 0x40 || b > 0x7e) {
            accept(b); // not the key's last byte after all
        }
    }

    /** Inside OSC, DCS, APC, PM or SOS: everything up to BEL or ST is dropped unread. */
    private void string(int b) {
        if (b == 0x07 || (stringC2 && b == 0x9c)) {
            state = State.GROUND;
        } else if (b == 0x1b) {
            state = State.STRING_ESC;
        } else if (b == 0x18 || b == 0x1a) {
            state = State.GROUND;
        }
        stringC2 = b == 0xc2;
    }

    private void stringEscape(int b) {
        if (b == '\\') {
            state = State.GROUND; // ST
        } else {
            // an Esc that is not ST ends the string, as terminals do, and begins what follows
            state = State.ESC;
            accept(b);
        }
    }

    private void utf8(int b) {
        if ((b & 0xc0) != 0x80) {
            state = State.GROUND; // a character cut short: dropped
            accept(b);
            return;
        }
        codePoint = (codePoint << 6) | (b & 0x3f);
        if (--utf8Left > 0) {
            return;
        }
        state = State.GROUND;
        int c = codePoint;
        if (c < utf8Min || c > Character.MAX_CODE_POINT || (c >= 0xd800 && c <= 0xdfff)) {
            return; // overlong or not a character
        }
        if (c < 0xa0) {
            c1(c);
            return;
        }
        for (char ch : Character.toChars(c)) {
            keys.add(new KeyStroke(ch, false, false));
        }
    }

    /** A C1 control, U+0080 to U+009F: the 8-bit forms of the introducers; the rest are no keys. */
    private void c1(int c) {
        switch (c) {
            case 0x9b -> startSequence(State.CSI);
            case 0x8f -> startSequence(State.SS3);
            case 0x9d, 0x90, 0x9f, 0x9e, 0x98 -> startString();
            default -> {
                // no key: dropped
            }
        }
    }
}
