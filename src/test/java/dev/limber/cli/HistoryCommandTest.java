package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.Journal;
import dev.limber.journal.Outcome;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HistoryCommandTest {
    @TempDir
    Path dir;
    Path journal;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        journal = dir.resolve("journal.jsonl");
    }

    private int run(String... args) {
        Clock clock = Clock.fixed(Instant.parse("2025-03-03T12:00:00Z"), ZoneId.of("Europe/Berlin"));
        CommandLine cl = new CommandLine(new HistoryCommand(journal, clock));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static SessionRecord session(String routine, String title, String start, boolean completed) {
        OffsetDateTime s = OffsetDateTime.parse(start);
        return new SessionRecord(routine, title, s, s.plusMinutes(12), Duration.ofMinutes(12),
                Duration.ofMinutes(11).plusSeconds(30), completed, OptionalInt.of(5), OptionalInt.of(3), List.of(),
                Optional.empty(), new Outcome(completed ? Status.DONE : Status.QUIT, completed ? 1000 : 600, 0, false));
    }

    private void write(SessionRecord... records) throws IOException {
        Journal j = new Journal(journal);
        for (SessionRecord r : records) {
            j.append(r);
        }
    }

    @Test
    void anEmptyJournalGetsAFriendlyLine() {
        assertThat(run()).isZero();
        assertThat(out.toString()).startsWith("No sessions yet.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anEmptyJournalIsAHeaderInCsvAndNoSessionsInJson() {
        assertThat(run("--csv")).isZero();
        assertThat(out.toString()).isEqualTo("date,start,end,routine,title,active_seconds,planned_seconds,completed,"
                + "pain_before,pain_after,skipped_segments,status,work_percent,unattended,session,heat_seconds,ice_seconds\r\n");
        out.getBuffer().setLength(0);
        assertThat(run("--json")).isZero();
        assertThat(out.toString()).contains("\"sessionCount\":0").endsWith("\"sessions\":[]}\n");
    }

    @Test
    void anUnreadableJournalIsOneLineAndExitOne() throws IOException {
        Files.createDirectories(journal);
        assertThat(run()).isEqualTo(1);
        assertThat(err.toString()).startsWith("limber: cannot read the journal " + journal).doesNotContain("\tat ");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void sessionsShowWithTheStreakInTheUsersZone() throws IOException {
        write(session("back", "Back care", "2025-03-02T22:30:00Z", true),
                session("back", "Back care", "2025-03-03T07:00:00Z", false));

        assertThat(run()).isZero();

        // 22:30 UTC on 2 March is 23:30 in Berlin: two days in a row.
        assertThat(out.toString()).startsWith("2 sessions (1 done, 0 partial, 1 quit) · streak: 2 days\n")
                .contains("2025-03-02 23:30  Back care    11:30  done  pain 5 -> 3");
    }

    @Test
    void aTornLineIsWarnedAboutAndTheRestStillShows() throws IOException {
        write(session("back", "Back care", "2025-03-02T08:00:00Z", true));
        Files.writeString(journal, "{\"v\":1,\"rout", StandardOpenOption.APPEND);

        assertThat(run()).isZero();

        assertThat(err.toString()).startsWith("limber: " + journal + ":2: ").doesNotContain("Exception");
        assertThat(out.toString()).startsWith("1 session (1 done, 0 partial, 0 quit)");
    }

    @Test
    void routineAndSinceNarrowTheSessions() throws IOException {
        write(session("back", "Back care", "2025-03-01T08:00:00Z", true),
                session("neck", "Neck", "2025-03-02T08:00:00Z", true),
                session("back", "Back care", "2025-03-02T09:00:00Z", true));

        assertThat(run("--routine", "back", "--since", "2025-03-02", "--csv")).isZero();

        assertThat(out.toString().split("\r\n")).hasSize(2);
        assertThat(out.toString()).contains(",back,Back care,");
    }

    @Test
    void nothingMatchingSaysWhat() throws IOException {
        write(session("back", "Back care", "2025-03-01T08:00:00Z", true));
        assertThat(run("--routine", "neck")).isZero();
        assertThat(out.toString()).isEqualTo("No sessions of neck.\n");
    }

    @Test
    void csvHasAHeaderAndQuotesTitles() throws IOException {
        write(session("back", "Stretch, \"deep\"", "2025-03-01T08:00:00Z", true));
        assertThat(run("--csv")).isZero();
        assertThat(out.toString()).startsWith("date,start,end,routine,title,")
                .contains(",\"Stretch, \"\"deep\"\"\",");
    }

    @Test
    void jsonIsOneDocument() throws IOException {
        write(session("back", "Back care", "2025-03-01T08:00:00Z", true));
        assertThat(run("--json")).isZero();
        Object doc = dev.limber.json.Json.parse(out.toString().strip());
        assertThat(doc).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("sessions");
    }

    @Test
    void badCommandLinesExitTwoWithOneClearLine() {
        assertThat(run("--since", "March 1st")).isEqualTo(2);
        assertThat(err.toString()).contains("give a date as YYYY-MM-DD");
        assertThat(run("--csv", "--json")).isEqualTo(2);
    }

    @Test
    void limberHistoryReadsTheJournalOfItsHome() throws IOException {
        Path home = dir.resolve("home");
        journal = home.resolve("journal.jsonl");
        write(session("back", "Back care", "2025-03-02T08:00:00Z", true));
        CommandLine cl = Cli.create(new Context(dev.limber.home.Locations.from(
                java.util.Map.of("LIMBER_HOME", home.toString()), home), home.resolve("local"), false));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        assertThat(cl.execute("history", "--csv")).isZero();

        assertThat(out.toString()).contains(",back,Back care,");
    }

    /** The timeout only guards against a hang: each of these lines held the old reader for minutes. */
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void linesWithNumbersThatAreNotSaneValuesAreSkippedWithAWarning() throws IOException {
        write(session("back", "Back care", "2025-03-02T08:00:00Z", true));
        String good = Files.readAllLines(journal).get(0);
        assertThat(good).contains("\"planned\":720,");
        List<String> bad = List.of(
                good.replace("\"planned\":720,", "\"planned\":1e100000000,"),
                good.replace("\"planned\":720,", "\"planned\":1e-100000000,"),
                good.replace("\"planned\":720,", "\"planned\":" + "7".repeat(300_000) + ","),
                good.replace("{\"v\":1,", "{\"v\":1,\"later\":[2.5e-100000000],"));
        Files.writeString(journal, String.join("\n", bad) + "\n", StandardOpenOption.APPEND);

        assertThat(run()).isZero();

        assertThat(err.toString().lines()).hasSize(4).allSatisfy(w -> assertThat(w)
                .matches("limber: " + java.util.regex.Pattern.quote(journal.toString())
                        + ":[2-5]: skipped a line that is not a whole session \\(.*number.*\\)"));
        assertThat(out.toString()).startsWith("1 session (1 done, 0 partial, 0 quit)");
    }
}
