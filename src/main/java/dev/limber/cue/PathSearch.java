package dev.limber.cue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a program the way a shell would, but against the PATH it is given, so tests and players
 * decide what is visible. Limber then runs the absolute path, never a shell.
 */
final class PathSearch {
    private PathSearch() {
    }

    static Optional<Path> find(String program, Map<String, String> env) {
        try {
            if (program.isEmpty()) {
                return Optional.empty();
            }
            if (program.contains(File.separator)) {
                Path p = Path.of(program);
                return runnable(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
            }
            String path = env.getOrDefault("PATH", "");
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path p = Path.of(dir, program);
                if (runnable(p)) {
                    return Optional.of(p.toAbsolutePath());
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean runnable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }
}
