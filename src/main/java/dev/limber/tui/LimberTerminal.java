package dev.limber.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import dev.limber.term.Signals;
import dev.limber.term.Tty;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lanterna's Unix terminal, always text (never Swing), for output only, with four changes. {@link
 * Tty} owns the line discipline, so Lanterna's own stty calls (five processes, and a restore that would
 * re-enable Ctrl-C on its own) are switched off. The size comes from {@code stty size} instead of
 * a cursor-position report, which would race the player's keyboard reader for the answer. And
 * leaving private mode is serialised with drawing ({@link #drawing}), so Lanterna's shutdown hook
 * at the JVM's exit cannot interleave its reset with half a frame, and nothing is drawn after it.
 * Text is encoded a string at a time, not a character at a time ({@link #putString}).
 */
final class LimberTerminal extends UnixTerminal {
    /** The alternate screen, then a hidden cursor: what {@link #enterPrivateMode} and the screen set. */
    private static final byte[] REENTER = "\u001b[?1049h\u001b[?25l".getBytes(StandardCharsets.US_ASCII);

    private volatile TerminalSize known;
    private boolean onScreen;

    LimberTerminal(OutputStream out) throws IOException {
        // Lanterna reads no keys: KeyDecoder does, because Lanterna's decoder takes a terminal's
        // replies apart into keys. TRAP keeps Lanterna's Ctrl-C rule from ever exiting.
        super(InputStream.nullInputStream(), out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
    }

    /**
     * The size found when the screen opened, so opening needs no further stty call. Lanterna's
     * own idea of the last size starts at 80x24 whatever the terminal is, and it tells listeners
     * of a resize only when the size differs from that: a player opened at 40x12 and then
     * enlarged to 80x24 never heard of it. So the last size is set here too.
     */
    void assumeSize(TerminalSize size) {
        known = size;
        onResized(size);
    }

    /** Runs {@code frame} unless the terminal has left private mode; true when it ran. */
    synchronized boolean drawing(IoAction frame) throws IOException {
        if (!onScreen) {
            return false;
        }
        frame.run();
        return true;
    }

    /** Some drawing that may fail with an I/O error. */
    interface IoAction {
        void run() throws IOException;
    }

    @Override
    public synchronized void enterPrivateMode() throws IOException {
        super.enterPrivateMode();
        onScreen = true;
    }

    /**
     * Back to the alternate screen with a hidden cursor, after the process was stopped and
     * continued: the shell may have left the alternate screen or shown the cursor meanwhile.
     * Nothing once private mode has been left for good.
     */
    synchronized void reenterPrivateMode() throws IOException {
        if (onScreen) {
            writeToTerminal(REENTER);
            flush();
        }
    }

    @Override
    public synchronized void exitPrivateMode() throws IOException {
        if (onScreen) {
            onScreen = false;
            super.exitPrivateMode();
        }
    }

    /**
     * The printable characters of {@code text} in UTF-8, in one piece. Lanterna writes each
     * character on its own, through a fresh encoder buffer of three bytes (so a two-byte character
     * comes with a NUL, see {@link TerminalOutput}): for the few characters of a frame that was most
     * of what writing cost. Control characters are dropped, as Lanterna does, and C1 controls too,
     * which Lanterna passes (some terminals take U+009B for the start of an escape sequence; the
     * player draws none); a lone half of a surrogate pair, which Lanterna's encoder cannot encode
     * either, is a {@code ?}.
     */
    @Override
    public void putString(String text) throws IOException {
        byte[] bytes = new byte[text.length() * 3];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!TerminalTextUtils.isPrintableCharacter(c) || c >= 0x80 && c < 0xA0) {
                continue;
            }
            if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else if (c < 0x800) {
                bytes[n++] = (byte) (0xC0 | c >> 6);
                bytes[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                bytes[n++] = '?';
            } else {
                bytes[n++] = (byte) (0xE0 | c >> 12);
                bytes[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        writeToTerminal(n == bytes.length ? bytes : Arrays.copyOf(bytes, n));
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize k = known;
        if (k != null) {
            return k;
        }
        return cells(Tty.querySize());
    }

    /** A size from {@code stty} as Lanterna counts cells. */
    static TerminalSize cells(Tty.Size size) {
        return new TerminalSize(size.columns(), size.rows());
    }

    /**
     * SIGWINCH: forget the known size and let Lanterna ask again. Lanterna registers the same
     * handler through reflection and a dynamic proxy, which costs start-up time for nothing.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        // where there is no SIGWINCH, the picture keeps its size until the next start
        Signals.onResize(() -> {
            known = null;
            onResize.run();
        });
    }

    @Override
    protected void saveTerminalSettings() {
    }

    @Override
    protected void restoreTerminalSettings() {
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) {
    }

    @Override
    protected void canonicalMode(boolean enabled) {
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) {
    }
}
