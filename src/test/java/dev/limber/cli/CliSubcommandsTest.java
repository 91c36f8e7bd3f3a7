package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.home.Locations;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command line built for its arguments holds only the subcommand they name, and answers exactly
 * as the one with every subcommand does: same exit code, same output, same errors and help.
 */
class CliSubcommandsTest {
    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    private Context context() {
        return new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home), home.resolve("local"), false);
    }

    private static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void theNamesInTheTableAreTheNamesInTheAnnotations() {
        for (Cli.Subcommand c : Cli.COMMANDS) {
            assertThat(c.type().getAnnotation(Command.class).name()).as(c.type().getName()).isEqualTo(c.name());
        }
    }

    @Test
    void aSubcommandFirstBuildsOnlyThatOne() {
        assertThat(Cli.create(context(), new String[] {"run", "x"}).getSubcommands()).containsOnlyKeys("run");
        assertThat(Cli.create(context(), new String[] {"check", "routines"}).getSubcommands())
                .containsOnlyKeys("check");
    }

    @Test
    void theVersionAloneBuildsNoSubcommand() {
        assertThat(Cli.create(context(), new String[] {"--version"}).getSubcommands()).isEmpty();
        assertThat(Cli.create(context(), new String[] {"-V"}).getSubcommands()).isEmpty();
    }

    @Test
    void helpNoArgumentsAnOptionFirstOrAnUnknownWordBuildEverySubcommand() {
        List<String> all = Cli.COMMANDS.stream().map(Cli.Subcommand::name).toList();
        for (String[] args : List.of(new String[] {}, new String[] {"help", "run"}, new String[] {"--help"},
                new String[] {"-h", "run"}, new String[] {"-V", "run"}, new String[] {"--version", "--help"},
                new String[] {"-hV"}, new String[] {"shwo"}, new String[] {"--", "run"})) {
            assertThat(Cli.create(context(), args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactlyElementsOf(all);
        }
    }

    @Test
    void withOnlyItsSubcommandACommandLineAnswersAsWithAll() {
        List<List<String>> cases = List.of(List.of("--version"), List.of("-V"), List.of("-V", "run"),
                List.of("--version", "--help"), List.of("-hV"), List.of("run"), List.of("run", "--help"), List.of("run", "-V"),
                List.of("run", "no-such-routine"), List.of("run", "x", "--speed", "0"), List.of("run", "x", "y"),
                List.of("run", "--bogus"), List.of("run", "x", "--mtue"), List.of("show", "sciatica-relief"),
                List.of("show"), List.of("show", "--help"), List.of("check", "no/such/folder"),
                List.of("list", "--jsno"), List.of("list", "--help"), List.of("history"), List.of("history", "--help"),
                List.of("new", "--help"), List.of("new", "Not An Id"), List.of("heat-ice", "--help"),
                List.of("heat-ice", "--rounds", "x"));
        for (List<String> c : cases) {
            String[] args = c.toArray(String[]::new);
            Run all = run(Cli.create(context()), args);
            Run one = run(Cli.create(context(), args), args);
            assertThat(one).as(String.join(" ", c)).isEqualTo(all);
        }
    }
}
