package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end summary promises a raised target only when the journal will hold the session that
 * earns it: not with {@code --no-journal}, and not for an unattended run (stdin closed), whose
 * journal line says so. The real program on a one-second routine, at real speed.
 */
class OnlyWhatIsKeptIsPromisedTest {
    @TempDir
    Path dir;

    private Path routine;

    @BeforeEach
    void write() throws IOException {
        routine = Files.writeString(dir.resolve("plank.conf"), """
                title = "Plank"
                prepare = 0s
                steps = [ { name = "Plank", time = 1s, progress { add = 1s, max = 5s } } ]
                """);
    }

    /** Runs limber; with {@code attended} its stdin stays open (nobody types) until it exits. */
    private String limber(boolean attended, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                routine.toString(), "--plain", "--mute"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LIMBER_HOME", dir.resolve("home").toString());
        pb.environment().remove("LIMBER_DEBUG");
        return assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            Process p = pb.start();
            OutputStream stdin = p.getOutputStream();
            if (!attended) {
                stdin.close();
            }
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> RealProgram.read(p.getErrorStream()));
            String out = RealProgram.read(p.getInputStream());
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            stdin.close();
            assertThat(p.exitValue()).as(out + err.get()).isZero();
            return out;
        });
    }

    @Test
    void noJournalPromisesNothing() throws Exception {
        String out = limber(true, "--no-journal");
        assertThat(out).contains("Finished").doesNotContain("goes up");
        assertThat(dir.resolve("home/journal.jsonl")).doesNotExist();

        // the same session kept: its promise is what the journal now holds
        assertThat(limber(true)).contains("Plank goes up to 0:02 next time (+1s).");
        assertThat(Files.readString(dir.resolve("home/journal.jsonl"))).contains("\"status\":\"done\"")
                .doesNotContain("unattended");
    }

    @Test
    void anUnattendedRunIsJournaledAsSuchAndPromisesNothing() throws Exception {
        String out = limber(false);

        assertThat(out).doesNotContain("goes up")
                .contains("Played unattended: kept in the journal, but it raises no targets and no streak.");
        assertThat(Files.readString(dir.resolve("home/journal.jsonl"))).contains("\"unattended\":true");
        assertThat(limber(false)).as("and it raised nothing").contains("Plank · 0:01");
    }
}
