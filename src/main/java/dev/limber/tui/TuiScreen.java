package dev.limber.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.limber.settings.Settings.Theme;
import dev.limber.term.Answer;
import dev.limber.term.Asker;
import dev.limber.term.Question;
import dev.limber.term.Signals;
import dev.limber.term.Tty;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The full screen, open: the player's terminal mode, the alternate screen, a hidden cursor. Open
 * it in try-with-resources; {@link #close} (also on an exception), or a shutdown hook when the
 * JVM ends some other way, puts everything back: main screen, cursor, colours, and the exact
 * {@code stty} settings from before. SIGINT, SIGTERM and SIGHUP do not end the JVM: the caller
 * routes them to {@link #interrupt} and the player leaves its own way. One screen can serve the picker, the player and questions in turn.
 */
public final class TuiScreen implements AutoCloseable, Asker, PlayerScreen {
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
        this.frames = new Frames(terminal, LimberTerminal.cells(tty.size()));
        this.hook = new Thread(this::onShutdown, "limber-restore-terminal");
    }

    /**
     * Opens the full screen on this process's terminal. Check {@link TerminalCheck#problem()}
     * first; if this throws anyway, the terminal is as it was and the caller can play plain.
     */
    public static TuiScreen open() throws IOException {
        return open(Theme.AUTO);
    }

    /**
     * Lanterna's first character cell, made and dropped: it reads the JDK's break-iterator rules
     * (about 9 ms), which the first frame then finds loaded. Touches no terminal (see
     * docs/ARCHITECTURE.md#start-up).
     */
    public static void warmUp() {
        TextCharacter.fromCharacter('x');
    }

    /** {@link #open()} with the settings' colour theme. */
    public static TuiScreen open(Theme theme) throws IOException {
        Keyboard keyboard = Keyboard.shared();
        Tty tty = Tty.enter();
        LimberTerminal terminal = null;
        try {
            terminal = new LimberTerminal(new TerminalOutput(new FileOutputStream(FileDescriptor.out)));
            terminal.assumeSize(LimberTerminal.cells(tty.size()));
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

    @Override
    public Palette palette() {
        return palette;
    }

    /** Ends the current wait for a key early (from any thread): something new is there to draw. */
    @Override
    public void wake() {
        keyboard.wake();
    }

    /** The current size, after any resize. */
    TerminalSize size() {
        return frames.size();
    }

    /** Shows the picture {@code painter} paints, if it differs from what is on screen. */
    @Override
    public boolean show(Consumer<TextGraphics> painter) throws IOException {
        if (continued) {
            continued = false;
            resume();
        }
        return terminal.drawing(() -> frames.show(painter));
    }

    /** Shows the picture {@code painter} paints, painting only what changed where it can (see {@link Frames#show(Redraw)}). */
    @Override
    public boolean show(Redraw painter) throws IOException {
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
        // where there is no SIGCONT, a continued player stays in the mode the shell left
        Signals.onContinue(() -> {
            continued = true;
            keyboard.wake();
        });
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
    @Override
    public Optional<KeyStroke> nextKey(long nanos) {
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
     * Asks {@code question} in a box on this screen until it gets an answer the question takes;
     * under the question, its keys, or why the last answer was not taken. {@link Answer.None}
     * after Ctrl-C, a signal or a lost terminal.
     */
    @Override
    public Answer ask(Question question) {
        String note = question.keys();
        while (!interrupted) {
            Optional<String> typed;
            try {
                typed = new QuestionBox(question.prompt(), note).ask(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (typed.isEmpty()) {
                return interrupted ? new Answer.None() : question.onEscape();
            }
            Optional<Answer> a = question.answer(typed.get());
            if (a.isPresent()) {
                return a.get();
            }
            note = question.retry();
        }
        return new Answer.None();
    }

    /**
     * Asks the screen's loops to end at once, as Ctrl-C would: for the SIGINT, SIGTERM and SIGHUP
     * handler (see {@link Signals#onStop}) and the shutdown hook. Safe from any thread.
     */
    @Override
    public void interrupt() {
        interrupted = true;
        keyboard.wake();
    }

    /** True once asked to leave ({@link #interrupt}: a signal, or the JVM shutting down): leave now. */
    @Override
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
