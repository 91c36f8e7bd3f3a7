package dev.limber.cli;

import dev.limber.load.LoadResult;
import dev.limber.load.RoutineFile;
import dev.limber.load.RoutineLibrary;
import dev.limber.load.RoutineLoader;
import dev.limber.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code limber check PATH...}: validates routine files, the {@code .conf} files directly in
 * folders (not {@code lib/} fragments), and routines named by id as {@code run} finds them. Every problem goes to stderr as {@code FILE:LINE: message};
 * warnings too, but only errors make the exit code 1.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate routine files or folders; print every problem as FILE:LINE: message.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "routine files, folders of them, or routine ids")
    List<Path> paths = new ArrayList<>();

    private final Context context;

    CheckCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean badPath = false;
        RoutineLibrary library = context.library();
        List<RoutineFile> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<RoutineFile> found = confFiles(p).stream().map(RoutineLibrary::fromPath).toList();
                if (found.isEmpty()) {
                    err.println("limber: no .conf files in " + Sanitizer.line(p.toString()));
                    badPath = true;
                }
                files.addAll(found);
            } else if (Files.exists(p)) {
                files.add(RoutineLibrary.fromPath(p));
            } else {
                Optional<RoutineFile> routine = library.find(p.toString());
                routine.ifPresent(files::add);
                if (routine.isEmpty()) {
                    err.println("limber: no such file, folder or routine: " + Sanitizer.line(p.toString()));
                    badPath = true;
                }
            }
        }
        int failed = 0;
        int warnings = 0;
        RoutineLoader loader = context.loader();
        for (RoutineFile routine : files) {
            LoadResult r = loader.load(routine);
            RoutineOpener.print(r.problems(), err);
            warnings += r.warnings().size();
            if (!r.ok()) {
                failed++;
            }
        }
        if (!files.isEmpty()) {
            out.println(summary(files.size(), failed, warnings));
        }
        out.flush();
        err.flush();
        return badPath ? 2 : failed > 0 ? 1 : 0;
    }

    private static String summary(int files, int failed, int warnings) {
        String checked = "checked " + files + " routine" + (files == 1 ? "" : "s") + ": ";
        String result = failed == 0 ? "all good" : failed + " with problems";
        return checked + result + (warnings > 0 ? ", " + warnings + " warning" + (warnings == 1 ? "" : "s") : "");
    }

    private static List<Path> confFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".conf") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
