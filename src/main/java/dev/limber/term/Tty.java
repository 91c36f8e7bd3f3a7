package dev.limber.term;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal's line discipline, through {@code stty} on {@code /dev/tty}: saves the settings,
 * switches to what the player needs, and puts the saved settings back. The player's mode reads
 * keys one at a time without echo and makes Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-S plain keys (no
 * signal, no suspend, no frozen output): a person on a floor must not be able to wedge it.
 * Stopping the player from outside still works: {@link Signals} handles what arrives.
 */
public final class Tty {
    /** A terminal's size in cells, as {@code stty size} gives it. */
    public record Size(int columns, int rows) {
    }

    /** What the player needs, in one stty call (each call is a process; fewer starts faster). */
    static final String PLAYER_MODE = "-icanon min 1 time 0 -echo intr undef quit undef susp undef -ixon";

    private final String saved;
    private final Size size;
    private boolean restored;

    private Tty(String saved, Size size) {
        this.saved = saved;
        this.size = size;
    }

    /** Saves the current settings and the size, then enters the player's mode: one process. */
    public static Tty enter() throws IOException {
        List<String> out = run("sh", "-c", "stty -g && stty size && stty " + PLAYER_MODE);
        if (out.size() < 2) {
            throw new IOException("stty gave no settings");
        }
        return new Tty(out.get(0).trim(), parseSize(out.get(1)));
    }

    /** The size when the mode was entered. */
    public Size size() {
        return size;
    }

    /**
     * Enters the player's mode again: a shell that stopped the player (SIGTSTP, SIGSTOP) put its
     * own settings back, and {@code fg} does not restore the player's. Does nothing once
     * {@link #restore} has run, so a late continue cannot leave the person's shell without echo.
     */
    public synchronized void reenter() throws IOException {
        if (!restored) {
            run(("stty " + PLAYER_MODE).split(" "));
        }
    }

    /** Puts the saved settings back; does nothing the second time. */
    public synchronized void restore() throws IOException {
        if (restored) {
            return;
        }
        restored = true;
        run("stty", saved);
    }

    /** The terminal's size now. */
    public static Size querySize() throws IOException {
        List<String> out = run("stty", "size");
        if (out.isEmpty()) {
            throw new IOException("stty gave no size");
        }
        return parseSize(out.get(0));
    }

    /**
     * Whether stdin is a terminal, as {@code test -t 0} says (Java 17 cannot ask itself: its console
     * wants stdout to be one too, which {@code --plain | tee} is not). True when it cannot tell: a
     * person at a terminal must see a question before answering it.
     */
    public static boolean stdinIsTerminal() {
        try {
            Process p = new ProcessBuilder("test", "-t", "0").redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor() != 1;
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    static Size parseSize(String rowsCols) throws IOException {
        String[] parts = rowsCols.trim().split("\\s+");
        try {
            int rows = Integer.parseInt(parts[0]);
            int cols = Integer.parseInt(parts[1]);
            // a pty that was never sized says 0 0; a screen needs at least one cell
            return new Size(Math.max(1, cols), Math.max(1, rows));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IOException("stty gave an odd size: " + rowsCols, e);
        }
    }

    private static List<String> run(String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectInput(new File("/dev/tty"));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = in.readAllBytes();
        }
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running stty", e);
        }
        if (code != 0) {
            throw new IOException("stty failed (exit " + code + ")");
        }
        List<String> lines = new ArrayList<>();
        for (String l : new String(bytes, StandardCharsets.US_ASCII).split("\n")) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        return lines;
    }
}
