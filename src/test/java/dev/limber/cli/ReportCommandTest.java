package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.home.Locations;
import dev.limber.journal.Journal;
import dev.limber.journal.Outcome;
import dev.limber.journal.SegmentRecord;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Status;
import dev.limber.plan.Segment;
import dev.limber.session.Effort;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path home;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        Context context = new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home),
                home.resolve("no-local-routines"), false);
        return Cli.run(context, args, new PrintWriter(out), new PrintWriter(err));
    }

    /** A heat and ice session of the built-in routine: its step 1, "Heat and ice", with these phases. */
    private void heatIce(String start, String step, String... phases) throws IOException {
        OffsetDateTime s = OffsetDateTime.parse(start);
        List<SegmentRecord> segments = new ArrayList<>();
        for (String p : phases) {
            segments.add(new SegmentRecord(1, step, Segment.Kind.PHASE, Optional.empty(), 1, OptionalInt.of(1), Optional.of(p),
                    new Effort(Optional.of(Duration.ofMinutes(15)), Duration.ofMinutes(15), Optional.empty(), false),
                    Duration.ZERO));
        }
        new Journal(home.resolve("journal.jsonl")).append(new SessionRecord("heat-ice", "Heat and ice", s,
                s.plusMinutes(40), Duration.ofMinutes(40), Duration.ofMinutes(30), true, OptionalInt.of(5),
                OptionalInt.of(3), segments, Optional.of(start), new Outcome(Status.DONE, 1000, 1, false)));
    }

    @Test
    void writesTheFileItNamesWithHeatAndIceFromTheRoutinesTones() throws IOException {
        heatIce("2026-11-03T20:00:00Z", "Heat and ice", "Heat", "Ice");
        // a routine edited since: its step 1 has another name, so its phases are not guessed at
        heatIce("2026-11-04T20:00:00Z", "Renamed", "Heat", "Ice");
        Path file = home.resolve("out.html");
        assertThat(run("report", "--since", "2026-11-01", "--until", "2026-11-05", "-o", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo(file + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
        String page = Files.readString(file);
        assertThat(page).contains("<td class=\"num\">15</td><td class=\"num\">15</td></tr>");
        assertThat(page).doesNotContain("Thu 5 Nov 2026</td>");
        assertThat(page.split("<td class=\"num\">15</td><td class=\"num\">15</td>", -1)).hasSize(2);
    }

    @Test
    void anEmptyJournalMakesAPageThatSaysSo() throws IOException {
        Path file = home.resolve("empty.html");
        assertThat(run("report", "-o", file.toString())).isZero();
        assertThat(Files.readString(file)).contains("No sessions in this period.");
    }

    @Test
    void untilBeforeSinceIsABadCommandLine() {
        assertThat(run("report", "--since", "2026-11-05", "--until", "2026-11-01")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("limber: --until 2026-11-01 is before --since 2026-11-05"
                + System.lineSeparator());
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLine() {
        assertThat(run("report", "-o", home.resolve("no/such/folder/r.html").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("limber: cannot write the report ").doesNotContain("Exception");
        assertThat(err.toString().lines()).hasSize(1);
    }
}
