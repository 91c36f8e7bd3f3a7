package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.home.Locations;
import dev.limber.load.RoutineLibrary;
import dev.limber.play.FakeStage;
import dev.limber.play.PlaySession;
import dev.limber.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A routine picked in the picker is played as {@code limber run} plays it: its warnings are asked
 * about on the screen, and its targets are raised by the journal.
 */
class PickerPlaysAsRunTest {
    @TempDir
    Path home;

    @Test
    void aPickedRoutineShowsItsWarningsAndIsRaisedByTheJournal() throws Exception {
        Context context = new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home),
                home.resolve("local"), false);
        Path file = Files.writeString(Files.createDirectories(home.resolve("local")).resolve("warm.conf"), """
                title = "Warm back"
                prepare = 0s
                rest = 0s
                steps = [
                  { name = "Heat", time = 21m, tone = warm, progress { add = 10s, max = 25m } }
                  { name = "Easy", time = 5s }
                ]
                """);
        Picking picking = new Picking(context, new CommandLine(new LimberCommand(context)));
        for (int i = 0; i < 2; i++) {
            FakeStage stage = new FakeStage(FakeStage.THROUGH).answering(true);
            int code = new PlaySession(context.locations(), Settings.DEFAULTS).play(picking.request(
                    Context.loader(Settings.DEFAULTS), RoutineLibrary.fromPath(file), t -> stage, () -> { }));

            assertThat(code).isZero();
            assertThat(stage.asked).singleElement().asString().startsWith("Warning: ")
                    .contains("21m of heat is longer than 20 minutes").endsWith("Play anyway? [Y/n]");
            assertThat(stage.played).singleElement().extracting(p -> p.total())
                    .isEqualTo(Duration.ofMinutes(21).plusSeconds(5 + 10L * i));
        }
    }
}
