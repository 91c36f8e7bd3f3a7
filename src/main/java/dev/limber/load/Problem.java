package dev.limber.load;

/**
 * One thing wrong (or worth a warning) in a routine, printed as {@code FILE:LINE: path: message}.
 *
 * @param file the file as the user knows it ({@code routines/x.conf}, {@code <built-in>/x.conf}),
 *     or {@code --set NAME=VALUE} for a problem in a command-line override
 * @param line 1-based; 0 when there is no line (an override, a file that cannot be read)
 * @param path where in the routine, e.g. {@code steps[2].time}; empty for the file as a whole
 */
public record Problem(String file, int line, String path, String message, Severity severity) {

    /** Errors stop a routine from loading; warnings are printed and loading goes on. */
    public enum Severity {
        ERROR, WARNING
    }

    /** The file name given to problems that come from a {@code --set} override. */
    public static final String OVERRIDE_PREFIX = "--set ";

    public static Problem error(String file, int line, String path, String message) {
        return new Problem(file, line, path, message, Severity.ERROR);
    }

    public static Problem warning(String file, int line, String path, String message) {
        return new Problem(file, line, path, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** True when the problem is in a {@code --set} override, i.e. in the command line. */
    public boolean fromCommandLine() {
        return file.startsWith(OVERRIDE_PREFIX);
    }

    /** {@code FILE:LINE: path: message}, with {@code warning: } before a warning's message. */
    public String format() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        if (severity == Severity.WARNING) {
            b.append("warning: ");
        }
        return b.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
