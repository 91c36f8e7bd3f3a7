package dev.limber.cue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs one external program (a speech or notification tool) as an argument list, never through a
 * shell, with its output discarded (the plain player's stdout must stay clean) and its input
 * either closed or the few bytes it is given (never the keyboard, which the full-screen player
 * owns), and stops it and everything it started on demand.
 */
final class ExternalCommand {
    private ExternalCommand() {
    }

    /** How a run ended. */
    enum Outcome {
        OK, FAILED, TIMED_OUT, CANCELLED, INTERRUPTED
    }

    private static final long POLL_MILLIS = 10;

    static Process start(List<String> argv, Map<String, String> env) throws IOException {
        return builder(argv, env).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /**
     * Starts the program with {@code input} as all of its standard input. The input is small
     * (see {@link ProgramText#MAX_CHARS}), so it fits in the pipe and writing it never waits.
     */
    static Process start(List<String> argv, Map<String, String> env, byte[] input) throws IOException {
        Process p = builder(argv, env).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input);
        } catch (IOException e) {
            // It exited or closed its input without reading: its exit status tells how it went.
        }
        return p;
    }

    private static ProcessBuilder builder(List<String> argv, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb;
    }

    /** Waits up to {@code timeoutMillis}; on timeout or interruption the process tree is killed. */
    static Outcome await(Process p, long timeoutMillis) {
        return await(p, timeoutMillis, () -> false);
    }

    /**
     * Waits up to {@code timeoutMillis}, checking {@code cancel} every 10 ms; on cancel, timeout or
     * interruption the process tree is killed. Killing here, on the waiting thread, keeps the
     * cost of walking the process tree off whoever asked for the cancel.
     */
    static Outcome await(Process p, long timeoutMillis, BooleanSupplier cancel) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            while (!p.waitFor(Math.min(POLL_MILLIS, Math.max(0, deadline - System.nanoTime()) / 1_000_000 + 1),
                    TimeUnit.MILLISECONDS)) {
                if (cancel.getAsBoolean()) {
                    kill(p);
                    return Outcome.CANCELLED;
                }
                if (System.nanoTime() >= deadline) {
                    kill(p);
                    return Outcome.TIMED_OUT;
                }
            }
            return p.exitValue() == 0 ? Outcome.OK : Outcome.FAILED;
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            return Outcome.INTERRUPTED;
        }
    }

    /**
     * Kills the process and everything it started: killing a wrapper script alone would leave its
     * speaker talking. The children are listed first (once the parent dies they are no longer its
     * descendants) but killed after it, so the script cannot run on past a dead child.
     */
    static void kill(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
