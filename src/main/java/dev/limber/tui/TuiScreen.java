package dev.limber.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.limber.settings.Settings.Theme;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import sun.misc.Signal;

/**
 * The full screen, open: the player's terminal mode, the alternate screen, a hidden cursor. Open
 * it in try-with-resources; {@link #close} (also on an exception), or a shutdown hook on SIGTERM
 * and friends, puts everything back: main screen, cursor, colours, and the exact {@code stty}
 * settings from before. One screen can serve the picker, the player and questions in turn.
 */
public final class TuiScreen implements AutoCloseable {
    /** How long the shutdown hook lets the player wind down (and the journal record) first. */
    private static final long WIND_DOWN_MILLIS = 1500;
    /** How long the rest of an escape sequence may take to arrive (vim's and libtermkey's wait, about). */
    private static final long SEQUENCE_GAP_NANOS = 50_000_000L;
    /** Waits for the rest of one sequence, at most: a stream that never ends one cannot hold the loop. */
    private static final int MAX_SEQUENCE_WAITS = 8;

    private final Tty tty;
    private final LimberTerminal terminal;
    private final Keyboard keyboard;
    private final Frames frames;
    private final Palette palette;
    private final Thread hook;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean interrupted;
    /** Set by SIGCONT: the process was stopped and has just been continued. */
    private volatile boolean continued;
    /** This screen's keys; new with the screen, as the keyboard forgets what was typed before. */
    private final KeyDecoder decoder = new KeyDecoder();

    private TuiScreen(Tty tty, LimberTerminal terminal, Keyboard keyboard, Palette palette) {
        this.tty = tty;
        this.terminal = terminal;
        this.keyboard = keyboard;
        this.palette = palette;
        this.frames = new Frames(terminal, tty.size());
        this.hook = new Thread(this::onShutdown, "limber-restore-terminal");
    }

    /**
     * Opens the full screen on this process's terminal. Check {@link TerminalCheck#problem()}
     * first; if this throws anyway, the terminal is as it was and the caller can play plain.
     */
    public static TuiScreen open() throws IOException {
        return open(Theme.AUTO);
    }

    /** {@link #open()} with the settings' colour theme. */
    public static TuiScreen open(Theme theme) throws IOException {
        Keyboard keyboard = Keyboard.shared();
        Tty tty = Tty.enter();
        LimberTerminal terminal = null;
        try {
            terminal = new LimberTerminal(new TerminalOutput(new FileOutputStream(FileDescriptor.out)));
            terminal.assumeSize(tty.size());
            keyboard.discard();
            TuiScreen s = new TuiScreen(tty, terminal, keyboard, Palette.detect(System.getenv(), theme));
            terminal.addResizeListener((t, size) -> keyboard.wake());
            s.watchContinue();
            Runtime.getRuntime().addShutdownHook(s.hook);
            terminal.enterPrivateMode();
            terminal.setCursorVisible(false);
            terminal.flush();
            return s;
        } catch (IOException | RuntimeException e) {
            if (terminal != null) {
                try {
                    terminal.exitPrivateMode();
                } catch (IOException | RuntimeException ignored) {
                    // restoring the mode below matters more
                }
            }
            tty.restore();
            throw e;
        }
    }

    Palette palette() {
        return palette;
    }

    /** The current size, after any resize. */
    TerminalSize size() {
        return frames.size();
    }

    /** Shows the picture {@code painter} paints, if it differs from what is on screen. */
    boolean show(Consumer<TextGraphics> painter) throws IOException {
        if (continued) {
            continued = false;
            resume();
        }
        return terminal.drawing(() -> frames.show(painter));
    }

    /**
     * SIGCONT, after a SIGTSTP or SIGSTOP from outside (Ctrl-Z itself is a plain key here): while
     * the player was stopped, the shell put the terminal back in its own mode (keys wait for Enter
     * and are echoed) and wrote its "Stopped" line over the picture. The handler only notes it
     * and wakes whichever loop is waiting (player, picker, question, summary); the loop's next
     * {@link #show} sets everything up again, so nothing is drawn from the signal thread. With
     * {@code -Xrs} the JVM runs no signal handlers at all, and this one never runs.
     */
    private void watchContinue() {
        try {
            Signal.handle(new Signal("CONT"), sig -> {
                continued = true;
                keyboard.wake();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGCONT here: a continued player stays in the mode the shell left
        }
    }

    /** The player's terminal mode, the alternate screen and a hidden cursor again, then a whole picture. */
    private void resume() throws IOException {
        tty.reenter();
        terminal.reenterPrivateMode();
        frames.invalidate();
    }

    /**
     * The next key, waiting up to {@code nanos} for it. Empty after the wait, a resize, or when
     * the process is being stopped ({@link #interrupted()}); the caller redraws and asks again.
     * An EOF key once the terminal's input has ended.
     */
    Optional<KeyStroke> nextKey(long nanos) {
        Optional<KeyStroke> k = decoded();
        if (k.isEmpty() && nanos > 0 && !interrupted) {
            keyboard.await(nanos);
            k = decoded();
        }
        // A sequence begun and not finished: a terminal writes a reply at once, so its rest comes
        // within moments if at all, while an Esc that a person pressed has nothing after it.
        for (int round = 0; k.isEmpty() && decoder.holding(); round++) {
            if (round == MAX_SEQUENCE_WAITS || keyboard.ended() || !keyboard.await(SEQUENCE_GAP_NANOS)) {
                decoder.expire();
            }
            k = decoded();
        }
        if (k.isEmpty() && keyboard.ended()) {
            // The end of input is "no key" for ever; a loop waiting for a key would spin. An EOF
            // key tells every screen (player, question, picker) to leave.
            return Optional.of(new KeyStroke(KeyType.EOF));
        }
        return k;
    }

    private Optional<KeyStroke> decoded() {
        byte[] typed = keyboard.take();
        decoder.feed(typed, 0, typed.length);
        return decoder.next();
    }

    /**
     * Asks a one-line question on this screen, e.g. the pain question; {@code note} is shown
     * under the answer (a hint, or why the last answer was not taken). Returns what was typed when
     * Enter was pressed (possibly empty), or empty after Esc, Ctrl-C or an interrupt.
     */
    public Optional<String> ask(String question, String note) throws IOException {
        return new Question(question, note).ask(this);
    }

    /**
     * A yes/no question, e.g. "Resume at step 5/14?": Enter alone takes {@code yes} as given; Esc
     * asks again; empty after Ctrl-C, a signal or a lost terminal.
     */
    public Optional<Boolean> confirm(String question, boolean yes) throws IOException {
        String note = "";
        while (true) {
            Optional<String> a = ask(question + (yes ? " [Y/n]" : " [y/N]"), note);
            if (a.isEmpty() && !interrupted) {
                // Esc: a stray one must not choose for the person (a "no" to resuming forgets the
                // session); only Ctrl-C, a signal or a lost terminal leave without an answer.
                note = "Answer y or n";
                continue;
            }
            if (a.isEmpty()) {
                return Optional.empty();
            }
            String t = a.get().strip().toLowerCase(java.util.Locale.ROOT);
            if (t.isEmpty()) {
                return Optional.of(yes);
            }
            if (t.equals("y") || t.equals("yes")) {
                return Optional.of(true);
            }
            if (t.equals("n") || t.equals("no")) {
                return Optional.of(false);
            }
            note = "Answer y or n";
        }
    }

    /**
     * Asks the screen's loops to end at once, as Ctrl-C would: for a SIGTERM handler (see
     * {@code StopSignals}). Safe from any thread.
     */
    public void interrupt() {
        interrupted = true;
        keyboard.wake();
    }

    /** True once the JVM is shutting down (SIGTERM, SIGHUP, SIGINT from outside): leave now. */
    public boolean interrupted() {
        return interrupted;
    }

    private void onShutdown() {
        interrupt();
        try {
            // let the player quit its own way first, so the session end is recorded
            closed.await(WIND_DOWN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        release();
    }

    /** Leaves the full screen: main screen, cursor, colours, terminal settings. Never throws. */
    @Override
    public void close() {
        release();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; release() above already did its work
        }
        closed.countDown();
    }

    private synchronized void release() {
        try {
            terminal.exitPrivateMode();
        } catch (IOException | RuntimeException ignored) {
            // the terminal may be gone; the settings below still need restoring
        }
        try {
            tty.restore();
        } catch (IOException ignored) {
            // nothing more can be done without a terminal
        }
        try {
            terminal.close();
        } catch (IOException | RuntimeException ignored) {
            // Lanterna removing its own hook during shutdown throws; it has nothing left to do
        }
    }
}
