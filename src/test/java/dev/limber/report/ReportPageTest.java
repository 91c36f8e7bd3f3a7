package dev.limber.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.GenerateJournal;
import dev.limber.journal.Journal;
import dev.limber.journal.Outcome;
import dev.limber.journal.SegmentRecord;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPageTest {
    static final ZonedDateTime MADE = ZonedDateTime.parse("2026-11-30T18:00:00+01:00[Europe/Berlin]");

    @TempDir
    Path dir;

    private String known() throws IOException {
        List<SessionRecord> read = KnownJournal.write(dir.resolve("journal.jsonl"));
        return ReportPage.render(Report.of(read, ReportTest.NOVEMBER_WEEK, ReportTest.BERLIN,
                LocalDate.parse("2026-11-30"), KnownJournal.TONES), MADE);
    }

    @Test
    void statesThePeriodAndThatTimesAreLocal() throws IOException {
        assertThat(known()).contains("Sun 1 Nov 2026 to Sat 7 Nov 2026. Dates and times are local time,"
                + " Europe/Berlin (UTC+01:00).");
    }

    @Test
    void eachChartHasATitleAxisLabelsAndATableOfItsNumbers() throws IOException {
        String page = known();
        // calendar, pain, knee hug, plank, heat and ice
        assertThat(count(page, "<svg ")).isEqualTo(5);
        assertThat(count(page, "<svg [^>]*role=\"img\"><title>[^<]+</title>")).isEqualTo(5);
        assertThat(page).contains(">Pain (0 none – 10 worst)</text>", ">Hold (m:ss)</text>", ">Minutes</text>",
                ">Date</text>");
        assertThat(page).contains("<tr><th scope=\"row\">2 Nov</th><td class=\"num\">100%</td><td class=\"num\">–</td>"
                + "<td class=\"num\">60%</td><td class=\"num\">–</td><td class=\"num\">70%</td>"
                + "<td class=\"num\">–</td><td class=\"num\"></td></tr>");
        assertThat(page).contains("<tr><td>4 Nov 00:30</td><td class=\"num\">5</td><td class=\"num\">3</td></tr>");
        assertThat(page).contains("<tr><td>4 Nov 00:30</td><td class=\"num\">0:30</td><td class=\"num\">0:12</td>"
                + "<td class=\"num\">0:30</td></tr>");
        assertThat(page).contains("<tr><td>5 Nov 09:00</td><td class=\"num\">0:30</td><td class=\"num\">–</td>");
        assertThat(page).contains("<tr><td>Fri 6 Nov 2026</td><td class=\"num\">12</td><td class=\"num\">10</td></tr>");
    }

    @Test
    void sessionsTableShowsStatusPainAndOverruns() throws IOException {
        String page = known();
        assertThat(count(page, "<tr><td class=\"when\">")).isEqualTo(4);
        assertThat(page).contains("2026-11-06 08:00</td><td class=\"routine\">Heat and ice</td><td class=\"when status-partial\">partial 70%"
                + "</td><td class=\"num\">20:00</td><td class=\"num\">7</td><td class=\"num\">5</td>"
                + "<td>resumed: 2 parts; Heat ran 2:00 longer than planned (computer asleep)</td>");
        assertThat(page).contains("partial 60%", "done (unattended)");
    }

    @Test
    void aShortTableKeepsItsHeaderOverItsRows() throws IOException {
        // Split into columns, a table of a few rows put its header in one column and its rows in the next.
        String page = known();
        assertThat(page).contains("<div class=\"numbers\"><table><caption>Pain, 0 to 10</caption>",
                "<div class=\"numbers\"><table><caption>Heat and ice per day, minutes</caption>");
        assertThat(page).doesNotContain("numbers data");
    }

    @Test
    void aLongUnbrokenNameWrapsInsideThePage() throws IOException {
        assertThat(known()).containsPattern("td, p, h3, li \\{[^}]*overflow-wrap: anywhere");
    }

    @Test
    void loadsNothingAndRunsNothing() throws IOException {
        String page = known();
        assertThat(page).doesNotContainPattern("(?i)<script|https?:|url\\(|@import|<link|src=|<iframe|<object");
    }

    @Test
    void hostileNamesAreText() throws IOException {
        String title = "<script>alert('x')</script> & \"quotes\" \u202eevil\u202c\u0007\u001b[31m";
        String step = "<img src=x onerror=alert(1)>";
        OffsetDateTime start = OffsetDateTime.parse("2026-11-02T07:30:00+01:00");
        SegmentRecord left = KnownJournal.hold(step, "le\u2066ft\"><b>", 30, 20, true);
        Journal journal = new Journal(dir.resolve("hostile.jsonl"));
        journal.append(new SessionRecord("bad", title, start, start.plusMinutes(1), Duration.ofMinutes(1),
                Duration.ofMinutes(1), true, OptionalInt.of(3), OptionalInt.empty(), List.of(left), Optional.empty(),
                new Outcome(Status.PARTIAL, 500, 0, false)));
        String page = ReportPage.render(Report.of(journal.read().records(), ReportTest.NOVEMBER_WEEK,
                ReportTest.BERLIN, LocalDate.parse("2026-11-30"), KnownJournal.TONES), MADE);
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; evil[31m");
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;", "left&quot;&gt;&lt;b&gt;");
        assertThat(page).doesNotContain("<script", "<img", "\"><b>", "\u202e", "\u2066", "\u0007", "\u001b");
    }

    @Test
    void anEmptyJournalSaysSo() {
        String page = ReportPage.render(Report.of(List.of(), ReportTest.NOVEMBER_WEEK, ReportTest.BERLIN,
                LocalDate.parse("2026-11-30"), KnownJournal.NO_TONES), MADE);
        assertThat(page).contains("No sessions in this period.").doesNotContain("<svg", "<table");
        String oneDay = ReportPage.render(Report.of(List.of(), new Period(Optional.empty(), Optional.empty(),
                Optional.empty()), ReportTest.BERLIN, LocalDate.parse("2026-11-30"), KnownJournal.NO_TONES), MADE);
        assertThat(oneDay).contains("<p class=\"period\">Mon 30 Nov 2026. Dates and times");
    }

    @Test
    void tenThousandSessionsMakeOnePage() throws Exception {
        Path file = dir.resolve("big.jsonl");
        GenerateJournal.main(new String[] {file.toString(), "10000"});
        List<SessionRecord> read = new Journal(file).read().records();
        Report r = Report.of(read, new Period(Optional.empty(), Optional.empty(), Optional.empty()), ReportTest.BERLIN,
                LocalDate.parse("2030-01-01"), KnownJournal.TONES);
        String page = ReportPage.render(r, MADE);
        assertThat(count(page, "<tr><td class=\"when\">")).isEqualTo(10_000);
        assertThat(r.adherence().days()).hasSize(Adherence.MAX_DAYS);
        // every session in the table; the charts and their tables, the latest 120 of each
        assertThat(page).contains("The latest 120 of 7452 sessions with pain levels.", "The latest 120 of 3334 sessions.");
        assertThat(page).endsWith("</html>\n");
    }

    private static int count(String s, String regex) {
        return (int) Pattern.compile(regex).matcher(s).results().count();
    }
}
