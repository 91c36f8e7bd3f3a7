package dev.limber.cli;

/**
 * A command that cannot go on, with the one line to say and the exit code: 1 for a routine or
 * data problem, 2 for a bad command line. A null message means it was already printed.
 */
public final class CliError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliError(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
