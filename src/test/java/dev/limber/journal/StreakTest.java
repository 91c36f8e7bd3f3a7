package dev.limber.journal;

import static dev.limber.journal.Sessions.full;
import static dev.limber.journal.Sessions.hold;
import static dev.limber.journal.Sessions.session;
import static dev.limber.journal.Sessions.withOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreakTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static History history(ZoneId zone, String today, SessionRecord... sessions) {
        return History.of(List.of(sessions), zone, LocalDate.parse(today));
    }

    @Test
    void consecutiveDaysUpToTodayMakeTheStreak() {
        History h = history(BERLIN, "2025-03-03",
                session("a", "2025-02-27T08:00:00+01:00", true),
                session("a", "2025-03-01T08:00:00+01:00", true),
                // quit in its second step, the first done: real work
                session("a", "2025-03-02T08:00:00+01:00", false, full(0, "A", null, 1, 30), full(1, "B", null, 1, 10)),
                session("a", "2025-03-03T08:00:00+01:00", true),
                session("a", "2025-03-03T19:00:00+01:00", true));
        assertThat(h.streak()).isEqualTo(3);
        assertThat(h.playedToday()).isTrue();
    }

    @Test
    void aStreakThatReachedYesterdayStillStandsToday() {
        History h = history(BERLIN, "2025-03-03",
                session("a", "2025-03-01T08:00:00+01:00", true),
                session("a", "2025-03-02T21:00:00+01:00", true));
        assertThat(h.streak()).isEqualTo(2);
        assertThat(h.playedToday()).isFalse();
    }

    @Test
    void aMissedDayEndsTheStreak() {
        History h = history(BERLIN, "2025-03-04",
                session("a", "2025-03-01T08:00:00+01:00", true),
                session("a", "2025-03-02T08:00:00+01:00", true));
        assertThat(h.streak()).isZero();
    }

    @Test
    void sessionsEitherSideOfMidnightAreTwoDays() {
        History h = history(BERLIN, "2025-03-02",
                session("a", "2025-03-01T23:50:00+01:00", true),
                session("a", "2025-03-02T00:10:00+01:00", true));
        assertThat(h.streak()).isEqualTo(2);
    }

    @Test
    void aSessionCrossingMidnightCountsForTheDayItStarted() {
        History h = history(BERLIN, "2025-03-02",
                session("a", "2025-03-01T23:50:00+01:00", true));
        assertThat(h.sessions().get(0).end().toLocalDate()).isEqualTo(LocalDate.parse("2025-03-02"));
        assertThat(h.streak()).isEqualTo(1);
        assertThat(h.playedToday()).isFalse();
    }

    @Test
    void daysAreTheUsersDaysWhateverOffsetASessionWasRecordedWith() {
        SessionRecord noonUtc = session("a", "2025-03-01T12:00:00Z", true);
        // 01:30 in Athens on 2 March is still 1 March in London and in Los Angeles.
        SessionRecord lateAthens = session("a", "2025-03-02T01:30:00+02:00", true);

        History athens = History.of(List.of(noonUtc, lateAthens), ZoneId.of("Europe/Athens"),
                LocalDate.parse("2025-03-02"));
        History london = History.of(List.of(noonUtc, lateAthens), ZoneId.of("Europe/London"),
                LocalDate.parse("2025-03-02"));
        History losAngeles = History.of(List.of(noonUtc, lateAthens), ZoneId.of("America/Los_Angeles"),
                LocalDate.parse("2025-03-01"));

        assertThat(athens.streak()).isEqualTo(2);
        assertThat(athens.playedToday()).isTrue();
        assertThat(london.streak()).isEqualTo(1);
        assertThat(london.playedToday()).isFalse();
        assertThat(losAngeles.streak()).isEqualTo(1);
        assertThat(losAngeles.playedToday()).isTrue();
    }

    @Test
    void aDaylightSavingChangeDoesNotBreakTheStreak() {
        History h = history(BERLIN, "2025-03-31",
                session("a", "2025-03-29T23:30:00+01:00", true),
                session("a", "2025-03-30T23:30:00+02:00", true),
                session("a", "2025-03-31T00:30:00+02:00", true));
        assertThat(h.streak()).isEqualTo(3);
    }

    @Test
    void aDayCountsOnlyWhenRealWorkWasDone() {
        SessionRecord quitAfterFiveSeconds = session("a", "2025-03-02T08:00:00+01:00", false,
                hold(0, "A", null, 1, 30, 5, true));
        SessionRecord halfSkipped = withOutcome(session("a", "2025-03-01T08:00:00+01:00", true),
                new Outcome(Status.PARTIAL, 500, 0, false));
        SessionRecord littleDone = withOutcome(session("a", "2025-02-28T08:00:00+01:00", true),
                new Outcome(Status.PARTIAL, 499, 0, false));
        SessionRecord oneStep = withOutcome(session("a", "2025-02-28T08:00:00+01:00", false),
                new Outcome(Status.QUIT, 100, 1, false));

        assertThat(history(BERLIN, "2025-03-02", quitAfterFiveSeconds, halfSkipped, littleDone).streak())
                .as("a quit after 5 s keeps no day; half the work does; less does not").isEqualTo(1);
        assertThat(history(BERLIN, "2025-03-02", quitAfterFiveSeconds, halfSkipped, littleDone).playedToday())
                .isFalse();
        assertThat(history(BERLIN, "2025-03-02", halfSkipped, oneStep).streak())
                .as("one step in full keeps the day").isEqualTo(2);
    }

    @Test
    void anUnattendedRunNeverKeepsADay() {
        SessionRecord unattended = withOutcome(session("a", "2025-03-02T08:00:00+01:00", true),
                new Outcome(Status.DONE, 1000, 3, true));
        assertThat(history(BERLIN, "2025-03-02", unattended).streak()).isZero();
    }

    @Test
    void noSessionsNoStreak() {
        assertThat(history(BERLIN, "2025-03-31").streak()).isZero();
    }
}
