package dev.limber.cli;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the common {@code limber run ROUTINE [options]} command line without picocli, so the
 * player's first frame is not held up by it: building even picocli's programmatic model of the
 * command costs a start more than this reader saves in code (see docs/ARCHITECTURE.md#start-up).
 *
 * <p>It takes only command lines it is sure of: {@code run}, one routine that does not start with
 * {@code -} or {@code @}, and each of {@link RunOptions}' options in its plain spelling, a flag at
 * most once, {@code --speed} with a decimal number, {@code --set} with {@code KEY=VALUE}. Anything
 * else (help, a typo, an argument file, {@code --}, a missing value, a repeated flag) is left to
 * picocli, whose annotations stay the one description of the command: its help, its suggestions
 * and its error messages. QuickRunTest holds the two readers to the same answers.
 */
final class QuickRun {
    /** A command line read: the routine named and the options as picocli would have set them. */
    record Line(String routine, RunOptions options) {
    }

    /** What {@code --speed} takes here; others (.5, 1e2, NaN) go through picocli's converter. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9})?");

    private QuickRun() {
    }

    /** The command line read, or empty when picocli should read it. */
    static Optional<Line> read(String[] args) {
        if (args.length < 2 || !args[0].equals("run")) {
            return Optional.empty();
        }
        RunOptions o = new RunOptions();
        String routine = null;
        Set<String> given = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                if (routine != null || a.isEmpty() || a.startsWith("@")) {
                    return Optional.empty();
                }
                routine = a;
                continue;
            }
            String value = null;
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            boolean takesValue = name.equals("--speed") || name.equals("--set");
            if (takesValue) {
                if (eq >= 0) {
                    value = a.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    return Optional.empty();
                }
            } else if (eq >= 0) {
                return Optional.empty();
            }
            // a flag, or --speed, given twice is an error picocli words
            if (!name.equals("--set") && !given.add(name)) {
                return Optional.empty();
            }
            switch (name) {
                case "--plain" -> o.plain = true;
                case "--mute" -> o.mute = true;
                case "--resume" -> o.resume = true;
                case "--no-journal" -> o.noJournal = true;
                case "--speed" -> {
                    if (!NUMBER.matcher(value).matches()) {
                        return Optional.empty();
                    }
                    o.speed = Double.parseDouble(value);
                }
                case "--set" -> {
                    int split = value.indexOf('=');
                    if (split <= 0 || value.startsWith("-") || value.startsWith("@")) {
                        return Optional.empty();
                    }
                    o.sets().put(value.substring(0, split), value.substring(split + 1));
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return routine == null ? Optional.empty() : Optional.of(new Line(routine, o));
    }
}
