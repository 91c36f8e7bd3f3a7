package dev.limber.cli;

import dev.limber.home.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the files that go beside the launcher, all from the one picocli model of the command
 * line: {@code limber.bash} (completion for bash, and for zsh through its bashcompinit, by
 * picocli's generator), {@code limber.fish} and the manual page {@code limber.1}. The build runs
 * it after packaging: {@code java -cp limber.jar dev.limber.cli.ShellFiles target}.
 */
public final class ShellFiles {
    private ShellFiles() {
    }

    /** Help names files as the environment resolves them: these are written for a neutral home, not the build's. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Locations neutral = Locations.from(Map.of(), Path.of("~"));
        CommandLine limber = Cli.create(new Context(neutral, Path.of("routines"), false));
        Files.writeString(dir.resolve("limber.bash"), AutoComplete.bash("limber", limber));
        Files.writeString(dir.resolve("limber.fish"), FishCompletion.of(limber));
        Files.writeString(dir.resolve("limber.1"), ManPage.of(limber, new VersionProvider().getVersion()[0], neutral));
    }
}
