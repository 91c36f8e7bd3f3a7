package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.home.Locations;
import dev.limber.io.Fifos;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code list}, {@code run}, {@code show} and {@code history} with a FIFO where limber's settings
 * or journal should be: each ends, saying which file is wrong. The timeouts only guard against a
 * hang: the old code waited on the FIFO for ever.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NotARegularFileCommandsTest {
    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        Context context = new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home),
                home.resolve("local"), false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(context, args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aFifoAsTheSettingsFileIsNamedAndStopsOnlyAPlay() throws Exception {
        Path conf = Fifos.make(home.resolve("limber.conf"));

        Run list = run("list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("desk-break");

        Run play = run("run", "desk-break", "--plain");
        assertThat(play.code()).isEqualTo(1);
        assertThat(play.err()).isEqualTo(conf + ": not a regular file" + System.lineSeparator());
    }

    @Test
    void aFifoAsTheJournalIsNamedByHistoryAndShow() throws Exception {
        Path journal = Fifos.make(home.resolve("journal.jsonl"));

        Run history = run("history");
        assertThat(history.code()).isEqualTo(1);
        assertThat(history.err()).isEqualTo("limber: cannot read the journal " + journal + ": not a regular file"
                + System.lineSeparator());

        // Its steps that grow with practice make it read the journal.
        Run show = run("show", "sciatica-relief");
        assertThat(show.code()).isZero();
        assertThat(show.err()).isEqualTo("limber: cannot read the journal " + journal + ": not a regular file"
                + System.lineSeparator());
        assertThat(show.out()).startsWith("Sciatica relief");
    }
}
