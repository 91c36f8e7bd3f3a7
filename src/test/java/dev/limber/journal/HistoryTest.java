package dev.limber.journal;

import static dev.limber.journal.Sessions.full;
import static dev.limber.journal.Sessions.hold;
import static dev.limber.journal.Sessions.reps;
import static dev.limber.journal.Sessions.session;
import static dev.limber.journal.Sessions.titled;
import static dev.limber.journal.Sessions.withOutcome;
import static dev.limber.journal.Sessions.withSession;
import static dev.limber.journal.Sessions.withPain;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");

    @Test
    void sessionsAreInTimeOrderWhateverTheJournalOrder() {
        History h = History.of(List.of(
                session("a", "2025-03-02T08:00:00+01:00", true),
                session("a", "2025-03-01T08:00:00+01:00", true),
                session("a", "2025-03-02T06:30:00Z", true)), ZoneOffset.UTC, TODAY);
        assertThat(h.sessions()).extracting(r -> r.start().toInstant().toString())
                .containsExactly("2025-03-01T07:00:00Z", "2025-03-02T06:30:00Z", "2025-03-02T07:00:00Z");
    }

    @Test
    void eachRoutineIsCountedMostPlayedFirst() {
        History h = History.of(List.of(
                session("neck", "2025-03-01T08:00:00Z", true),
                session("back", "2025-03-02T08:00:00Z", false),
                session("back", "2025-03-03T08:00:00Z", true),
                session("back", "2025-03-04T08:00:00Z", true)), ZoneOffset.UTC, TODAY);
        assertThat(h.routines()).containsExactly(
                new History.RoutineCount("back", "Title of back", 3, 2, LocalDate.parse("2025-03-04")),
                new History.RoutineCount("neck", "Title of neck", 1, 1, LocalDate.parse("2025-03-01")));
    }

    @Test
    void holdsPerSideShowTheBestAndTheLatest() {
        History h = History.of(List.of(
                session("back", "2025-03-01T08:00:00Z", true,
                        full(0, "Piriformis", "left", 1, 45), full(0, "Piriformis", "right", 1, 45)),
                session("back", "2025-03-02T08:00:00Z", false,
                        full(0, "Piriformis", "left", 1, 60), hold(0, "Piriformis", "right", 1, 60, 20, true)),
                session("back", "2025-03-03T08:00:00Z", true,
                        hold(0, "Piriformis", "left", 1, 60, 50, false), hold(0, "Piriformis", "left", 2, 60, 55, false),
                        full(0, "Piriformis", "right", 1, 30), full(1, "Plank", null, 1, 90), reps(2, "Curl", 10, 10))),
                ZoneOffset.UTC, TODAY);

        assertThat(h.holds()).containsExactly(
                new History.Hold("back", "Title of back", "Piriformis", "left", Duration.ofSeconds(60),
                        Duration.ofSeconds(55), 3),
                new History.Hold("back", "Title of back", "Piriformis", "right", Duration.ofSeconds(45),
                        Duration.ofSeconds(30), 3));
    }

    @Test
    void painIsListedOldestFirstForSessionsThatRecordedIt() {
        History h = History.of(List.of(
                withPain(session("a", "2025-03-03T08:00:00Z", true), 3, 1),
                withPain(session("a", "2025-03-01T08:00:00Z", true), 7, null),
                session("a", "2025-03-02T08:00:00Z", true)), ZoneOffset.UTC, TODAY);
        assertThat(h.painBefore(30)).containsExactly(7, 3);
        assertThat(h.painAfter(30)).containsExactly(1);
        assertThat(h.painBefore(1)).containsExactly(3);
    }

    @Test
    void theSparklineUsesTheFixedZeroToTenScale() {
        assertThat(Sparkline.of(List.of(0, 1, 3, 5, 7, 9, 10))).isEqualTo("▁▂▃▅▆▇█");
        assertThat(Sparkline.of(List.of(5, 5))).isEqualTo("▅▅");
        assertThat(Sparkline.of(List.of())).isEmpty();
    }

    @Test
    void aQuerySelectsOneRoutineFromADayInTheUsersZone() {
        List<SessionRecord> all = List.of(
                session("a", "2025-03-01T23:30:00Z", true),
                session("b", "2025-03-02T08:00:00Z", true),
                session("a", "2025-03-02T08:00:00Z", true));
        HistoryQuery q = new HistoryQuery(Optional.of("a"), Optional.of(LocalDate.parse("2025-03-02")));
        assertThat(q.select(all, ZoneOffset.UTC)).hasSize(1);
        assertThat(q.select(all, ZoneId.of("Europe/Berlin"))).hasSize(2);
    }

    @Test
    void theTextShowsSessionsPainAndHoldsWithJournalTextMadeSafe() {
        History h = History.of(List.of(
                withPain(titled(session("back", "2025-03-09T08:00:00Z", true,
                        full(0, "Piri\u001b[31mformis", "left", 1, 45), full(0, "Piri\u001b[31mformis", "right", 1, 40)),
                        "Back \u001b]0;pwned\u0007care"), 6, 4),
                session("back", "2025-03-10T08:00:00Z", false)), ZoneOffset.UTC, TODAY);

        String text = HistoryText.render(h);

        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(text).isEqualTo("""
                2 sessions (1 done, 0 partial, 1 quit) · streak: 1 day (play today to keep it)

                Sessions
                  2025-03-09 08:00  Back ]0;pwnedcare    19:00  done  pain 6 -> 4
                  2025-03-10 08:00  Title of back        19:00  quit 0%

                Pain (0 ▁ to █ 10), oldest to latest
                  before  ▅  now 6
                  after   ▄  now 4

                Holds per side (best / last)
                  Piri[31mformis   left 0:45 / 0:45   right 0:40 / 0:40

                Progress per exercise: longest hold per session, oldest to latest (last 30)
                  Piri[31mformis  █  first 0:45  last 0:45  best 0:45  (1 session)
                """);
    }

    @Test
    void csvQuotesCommasAndQuotesAndDefusesFormulas() {
        History h = History.of(List.of(
                withPain(titled(session("back", "2025-03-09T08:00:00+01:00", true), "Stretch, \"deep\" hold"), 6, null),
                titled(session("x,y", "2025-03-10T08:00:00+01:00", false), "=HYPERLINK(\"evil\")\nnext")),
                ZoneId.of("Europe/Berlin"), TODAY);

        assertThat(HistoryCsv.render(h)).isEqualTo(HistoryCsv.HEADER + "\r\n"
                + "2025-03-09,2025-03-09T08:00:00+01:00,2025-03-09T08:20:00+01:00,back,\"Stretch, \"\"deep\"\" hold\","
                + "1140,1200,yes,6,,0,done,100,no,,0,0\r\n"
                + "2025-03-10,2025-03-10T08:00:00+01:00,2025-03-10T08:20:00+01:00,\"x,y\","
                + "\"'=HYPERLINK(\"\"evil\"\") next\",1140,1200,no,,,0,quit,0,no,,0,0\r\n");
    }

    @Test
    void jsonCarriesTheSessionsAsTheJournalHoldsThem() {
        SessionRecord r = withPain(session("back", "2025-03-09T08:00:00+01:00", true,
                full(0, "Piriformis", "left", 1, 45)), 6, 2);
        History h = History.of(List.of(r), ZoneOffset.UTC, TODAY);

        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> doc = (java.util.Map<String, Object>) dev.limber.json.Json.parse(
                HistoryJson.render(h));

        assertThat(doc.get("sessionCount").toString()).isEqualTo("1");
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> sessions = (List<java.util.Map<String, Object>>) doc.get("sessions");
        assertThat(SessionJson.parse(dev.limber.json.Json.write(sessions.get(0)))).isEqualTo(r);
    }

    @Test
    void holdsLeaveOutSidesThatWereNotPlayed() {
        History h = History.of(List.of(
                session("back", "2025-03-08T08:00:00Z", true, full(0, "Piriformis", "left", 1, 45),
                        full(0, "Piriformis", "right", 1, 40), hold(1, "Bridge", "left", 1, 30, 1, true),
                        hold(1, "Bridge", "right", 1, 30, 0, true)),
                session("back", "2025-03-09T08:00:00Z", true, hold(0, "Piriformis", "left", 1, 45, 1, true),
                        hold(0, "Piriformis", "right", 1, 40, 0, true), hold(1, "Bridge", "left", 1, 30, 0, true),
                        hold(1, "Bridge", "right", 1, 30, 0, true))), ZoneOffset.UTC, TODAY);

        String text = HistoryText.render(h);

        assertThat(text).contains("""
                Holds per side (best / last)
                  Piriformis   left 0:45 / 0:45   right 0:40 / 0:40

                """);
        assertThat(text).doesNotContain("Bridge").doesNotContain("0:00");
    }

    @Test
    void aResumedSessionShowsAsOneWithItsParts() {
        SessionRecord first = withSession(withOutcome(session("back", "2025-03-09T08:00:00Z", false),
                new Outcome(Status.QUIT, 400, 1, false)), "0123456789abcdef0123456789abcdef");
        SessionRecord rest = withSession(withOutcome(session("back", "2025-03-09T18:00:00Z", true),
                new Outcome(Status.DONE, 600, 2, false)), "0123456789abcdef0123456789abcdef");
        SessionRecord other = withOutcome(session("back", "2025-03-10T08:00:00Z", true),
                new Outcome(Status.PARTIAL, 250, 0, false));
        History h = History.of(List.of(first, other, rest), ZoneOffset.UTC, TODAY);

        assertThat(HistoryText.render(h)).startsWith("""
                2 sessions (1 done, 1 partial, 0 quit) · streak: 1 day (play today to keep it)

                Sessions
                  2025-03-09 08:00  Title of back    38:00  done
                      part 1  2025-03-09 08:00    19:00  quit 40%
                      part 2  2025-03-09 18:00    19:00  done
                  2025-03-10 08:00  Title of back    19:00  partial 25%
                """);
        assertThat(HistoryCsv.render(h).split("\r\n")).hasSize(4)
                .filteredOn(l -> l.endsWith(",0123456789abcdef0123456789abcdef,0,0")).hasSize(2);
    }
}
