package dev.limber.tui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the full-screen player can run here. When it cannot, the caller plays line by line and
 * prints the one-line note this gives.
 */
public final class TerminalCheck {
    private TerminalCheck() {
    }

    /** Why the full screen cannot run in this process, as a note for stderr; empty when it can. */
    public static Optional<String> problem() {
        return problem(System.console() != null, System.getenv(), System.getProperty("os.name", ""));
    }

    /**
     * @param console whether standard input and output are both a terminal
     *     ({@code System.console() != null})
     */
    static Optional<String> problem(boolean console, Map<String, String> env, String osName) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            return note("the full screen needs a Unix terminal");
        }
        if (!console) {
            return note("not a terminal");
        }
        String term = env.getOrDefault("TERM", "").trim();
        if (term.isEmpty()) {
            return note("TERM is not set");
        }
        if (term.equals("dumb")) {
            return note("TERM=dumb");
        }
        return Optional.empty();
    }

    private static Optional<String> note(String why) {
        return Optional.of("limber: " + why + "; playing line by line (--plain)");
    }
}
