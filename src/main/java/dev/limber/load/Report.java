package dev.limber.load;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigOrigin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gathers the problems of one load, placing each at its file and line, so all are reported at once. */
final class Report {
    private final Origins origins;
    private final List<Problem> problems = new ArrayList<>();

    Report(Origins origins) {
        this.origins = origins;
    }

    void add(Problem p) {
        problems.add(p);
    }

    void error(ConfigOrigin at, String path, String message) {
        Origins.Place p = origins.locate(at);
        problems.add(Problem.error(p.file(), p.line(), path, message));
    }

    void warning(ConfigOrigin at, String path, String message) {
        Origins.Place p = origins.locate(at);
        problems.add(Problem.warning(p.file(), p.line(), path, message));
    }

    /** A Typesafe Config exception as one line, without its own origin prefix or a stack trace. */
    void error(ConfigException e, String path) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        ConfigOrigin o = e.origin();
        if (o != null && message.startsWith(o.description() + ": ")) {
            message = message.substring(o.description().length() + 2);
        }
        // Typesafe's own hint is a long sentence; limber's says the same in a few words.
        Matcher intended = INTENDED.matcher(message);
        if (intended.find()) {
            message = message.substring(0, intended.start()) + "; put text that has " + intended.group(1)
                    + " in it in double quotes";
        }
        error(o, path, message);
    }

    private static final Pattern INTENDED = Pattern.compile(" \\(if you intended (.{1,12}) to be part of .*$",
            Pattern.DOTALL);

    int size() {
        return problems.size();
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Command-line problems first, then the routine's own file, then includes; by line within a file. */
    List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt((Problem p) -> p.fromCommandLine() ? 0 : p.file().equals(origins.main()) ? 1 : 2)
                .thenComparing(Problem::file).thenComparingInt(Problem::line));
        return List.copyOf(out);
    }
}
