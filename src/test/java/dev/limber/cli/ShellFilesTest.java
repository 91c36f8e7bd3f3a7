package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The completion scripts and the manual page, as a shell and man read them. */
class ShellFilesTest {
    @TempDir
    Path dir;

    private CommandLine model;

    @BeforeEach
    void write() throws IOException {
        ShellFiles.main(new String[] {dir.toString()});
        model = Cli.create(new Context(dev.limber.home.Locations.from(java.util.Map.of(), Path.of("~")),
                Path.of("routines"), false));
    }

    /** What bash offers after {@code words}, the last of which is being completed. */
    private String bashCompletes(String words) throws IOException, InterruptedException {
        String script = "source ./limber.bash; COMP_WORDS=(" + words + "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "
                + "COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; _complete_limber limber 2>/dev/null; "
                + "printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder("bash", "--norc", "-c", script).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void bashCompletesCommandsAndTheirOptions() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")));
        assertThat(bashCompletes("limber r").lines()).containsExactly("run", "report");
        assertThat(bashCompletes("limber h").lines()).contains("heat-ice", "history");
        assertThat(bashCompletes("limber run x --pl").lines()).containsExactly("--plain");
        assertThat(bashCompletes("limber history --").lines()).contains("--csv", "--json", "--since", "--routine");
    }

    @Test
    void fishKnowsEveryCommandAndEveryOption() throws IOException {
        String fish = Files.readString(dir.resolve("limber.fish"));
        for (CommandLine sub : model.getSubcommands().values()) {
            String name = sub.getCommandSpec().name();
            assertThat(fish).contains("-n __fish_use_subcommand -a '" + name + "'");
            for (OptionSpec o : sub.getCommandSpec().options()) {
                String flag = " -l " + o.longestName().substring(2);
                assertThat(fish.lines()).anyMatch(l -> l.contains("'__fish_seen_subcommand_from " + name + "'")
                        && l.contains(flag));
            }
        }
        assertThat(fish).contains("'__fish_seen_subcommand_from run' -a '(__limber_routines)'")
                .doesNotContain("%n");
    }

    @Test
    void fishQuotesWhatItQuotes() {
        assertThat(FishCompletion.quote("it's a \\ test")).isEqualTo("'it\\'s a \\\\ test'");
    }

    @Test
    void theManualHasEveryCommandAndOption() throws IOException {
        String man = Files.readString(dir.resolve("limber.1"));
        assertThat(man).startsWith(".TH LIMBER 1").contains(".SH NAME\nlimber \\- a terminal player for guided "
                + "self\\-care routines\n");
        for (CommandLine sub : model.getSubcommands().values()) {
            String name = sub.getCommandSpec().name();
            if (!name.equals("help")) {
                assertThat(man).contains(".SS \"limber " + ManPage.escape(name));
            }
        }
        assertThat(man).contains(".B \\-\\-set \\fIKEY=VALUE\\fR").contains(".I ~/.config/limber/limber.conf");
    }

    @Test
    void groffReadsTheManualWithoutAWarning() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")));
        Process p = new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "-z", dir.resolve("limber.1").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).isEmpty();
    }

    @Test
    void textThatLooksLikeARequestStaysText() {
        assertThat(ManPage.escape(".rm x\n'so y\na\\b")).isEqualTo("\\&.rm x\n\\&'so y\na\\eb");
        assertThat(List.of(ManPage.escape("--set"))).containsExactly("\\-\\-set");
    }
}
