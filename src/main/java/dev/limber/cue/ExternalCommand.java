package dev.limber.cue;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external program (a speech or notification tool) as an argument list, never through a
 * shell, with its output discarded (the plain player's stdout must stay clean) and its input
 * closed (the full-screen player owns the keyboard), and stops it and everything it started on
 * demand.
 */
final class ExternalCommand {
    private ExternalCommand() {
    }

    /** How a run ended. */
    enum Outcome {
        OK, FAILED, TIMED_OUT, INTERRUPTED
    }

    static Process start(List<String> argv, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    /** Waits up to {@code timeoutMillis}; on timeout or interruption the process tree is killed. */
    static Outcome await(Process p, long timeoutMillis) {
        try {
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                kill(p);
                return Outcome.TIMED_OUT;
            }
            return p.exitValue() == 0 ? Outcome.OK : Outcome.FAILED;
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            return Outcome.INTERRUPTED;
        }
    }

    /** Kills the children first: killing a wrapper script alone would leave its speaker talking. */
    static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
