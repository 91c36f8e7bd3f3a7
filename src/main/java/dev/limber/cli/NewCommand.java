package dev.limber.cli;

import dev.limber.load.Source;
import dev.limber.text.Sanitizer;
import dev.limber.text.Why;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code limber new NAME}: writes a commented starter routine (every step kind, sides, sets, a
 * progress block) into the user routine folder, never over an existing file, and prints its path.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a commented starter routine into the user routine folder.")
final class NewCommand implements Callable<Integer> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "the routine id, e.g. morning-stretch")
    String name;

    private final Context context;

    NewCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        String id = name.endsWith(".conf") ? name.substring(0, name.length() - ".conf".length()) : name;
        if (!NAME.matcher(id).matches()) {
            throw new CliError(2, "a routine name is letters, digits, - and _ (up to 64), e.g. morning-stretch");
        }
        Path dir = context.locations().userRoutines();
        Path file = dir.resolve(id + ".conf");
        String text = starter().replace("{{TITLE}}", title(id)).replace("{{ID}}", id)
                .replace("{{FILE}}", Sanitizer.line(file.toString()));
        try {
            Files.createDirectories(dir);
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new CliError(1, file + " already exists; edit it, or pick another name");
        } catch (IOException e) {
            throw new CliError(1, "cannot write " + file + ": " + Why.of(e, file));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + Sanitizer.line(file.toString()));
        context.library().find(id).filter(f -> f.source() != Source.USER)
                .ifPresent(f -> out.println("note: " + Sanitizer.line(f.display()) + " has the same id and is found first"));
        context.library().list().stream()
                .filter(e -> e.file().id().equals(id) && e.shadows().contains(Source.BUILT_IN))
                .findFirst().ifPresent(e -> out.println("note: it shadows the built-in " + id));
        out.println("next: edit it, then `limber show " + id + "` or `limber check " + Sanitizer.line(file.toString()) + "`");
        out.flush();
        return 0;
    }

    /** {@code morning-stretch} becomes {@code Morning stretch}. */
    static String title(String id) {
        String words = id.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? id : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String starter() throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream("/dev/limber/cli/starter.conf")) {
            if (in == null) {
                throw new CliError(1, "the starter routine is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
