package dev.limber.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.SegmentRecord;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Status;
import dev.limber.routine.Tone;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The numbers behind each chart, from {@link KnownJournal}, worked out by hand. */
class ReportTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Period NOVEMBER_WEEK = new Period(Optional.of(LocalDate.parse("2026-11-01")),
            Optional.of(LocalDate.parse("2026-11-07")), Optional.empty());

    @TempDir
    Path dir;
    Report report;

    @BeforeEach
    void setUp() throws IOException {
        List<SessionRecord> read = KnownJournal.write(dir.resolve("journal.jsonl"));
        report = Report.of(read, NOVEMBER_WEEK, BERLIN, LocalDate.parse("2026-11-30"), KnownJournal.TONES);
    }

    @Test
    void summaryCountsSessionsAsPlayedWithAResumedOneAsOne() {
        assertThat(report.first()).isEqualTo("2026-11-01");
        assertThat(report.last()).isEqualTo("2026-11-07");
        assertThat(report.history().workouts()).hasSize(4);
        assertThat(report.history().count(Status.DONE)).isEqualTo(2);
        // the resumed heat and ice did 30% + 40%: it reached its end, with work left undone
        assertThat(report.history().count(Status.PARTIAL)).isEqualTo(2);
        assertThat(report.history().count(Status.QUIT)).isZero();
        assertThat(report.active()).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void calendarShadesEachLocalDayByAttendedWork() {
        assertThat(report.adherence().days()).extracting(Adherence.Day::permille)
                .containsExactly(0, 1000, 0, 600, 0, 700, 0);
        // 3 Nov 23:30 UTC is 4 Nov in Berlin; the unattended run on the 5th is a session but no work
        assertThat(report.adherence().days()).extracting(Adherence.Day::sessions)
                .containsExactly(0, 1, 0, 1, 1, 1, 0);
        assertThat(report.adherence().activeDays()).isEqualTo(3);
        assertThat(report.adherence().cut()).isFalse();
    }

    @Test
    void painIsBeforeTheFirstPartAndAfterTheLast() {
        assertThat(report.pain()).containsExactly(
                new PainPoint(LocalDateTime.parse("2026-11-02T07:30"), OptionalInt.of(6), OptionalInt.of(4)),
                new PainPoint(LocalDateTime.parse("2026-11-04T00:30"), OptionalInt.of(5), OptionalInt.of(3)),
                new PainPoint(LocalDateTime.parse("2026-11-06T08:00"), OptionalInt.of(7), OptionalInt.of(5)));
    }

    @Test
    void holdsPerSessionKeepSidesApartAndLeaveOutASideNotHeld() {
        assertThat(report.exercises()).extracting(Exercise::step).containsExactly("Knee hug", "Plank");
        Exercise knee = report.exercises().get(0);
        assertThat(knee.sides()).containsExactly("left", "right");
        assertThat(knee.sessions()).extracting(Exercise.Held::holds).containsExactly(
                Map.of("left", seconds(30), "right", seconds(30)),
                Map.of("left", seconds(30), "right", seconds(12)),
                Map.of("left", seconds(30)));
        assertThat(knee.steady()).isFalse();
        Exercise plank = report.exercises().get(1);
        assertThat(plank.sides()).containsExactly("");
        assertThat(plank.sessions()).extracting(Exercise.Held::target)
                .containsExactly(seconds(30), seconds(60), seconds(30));
    }

    @Test
    void heatAndIceMinutesPerDayCountAPackLeftOnWhileAsleep() {
        assertThat(report.packs()).containsExactly(
                new PackDay(LocalDate.parse("2026-11-06"), Duration.ofMinutes(12), Duration.ofMinutes(10)));
    }

    @Test
    void withoutTonesNothingCountsAsHeatOrIce() throws IOException {
        List<SessionRecord> read = KnownJournal.write(dir.resolve("again.jsonl"));
        assertThat(Report.of(read, NOVEMBER_WEEK, BERLIN, LocalDate.parse("2026-11-30"), KnownJournal.NO_TONES).packs()).isEmpty();
    }

    @Test
    void aLineThatKeepsItsToneCountsAsHeatOrIceWithoutTheRoutine() {
        List<SessionRecord> toned = KnownJournal.records().stream().map(r -> new SessionRecord(r.routineId(), r.title(),
                r.start(), r.end(), r.planned(), r.active(), r.completed(), r.painBefore(), r.painAfter(),
                r.segments().stream().map(seg -> seg.phase().isEmpty() ? seg : new SegmentRecord(seg.step(), seg.name(),
                        seg.kind(), seg.side(), seg.set(), seg.round(), seg.phase(), seg.effort(), seg.overrun(),
                        seg.phase().get().equals("Heat") ? Tone.WARM : Tone.COLD)).toList(),
                r.session(), r.outcome())).toList();
        assertThat(Report.of(toned, NOVEMBER_WEEK, BERLIN, LocalDate.parse("2026-11-30"), KnownJournal.NO_TONES).packs())
                .containsExactly(new PackDay(LocalDate.parse("2026-11-06"), Duration.ofMinutes(12), Duration.ofMinutes(10)));
    }

    @Test
    void aRoutineAndUntilNarrowThePeriod() throws IOException {
        List<SessionRecord> read = KnownJournal.write(dir.resolve("again.jsonl"));
        Report r = Report.of(read, new Period(Optional.empty(), Optional.of(LocalDate.parse("2026-11-04")),
                Optional.of("back")), BERLIN, LocalDate.parse("2026-11-30"), KnownJournal.TONES);
        assertThat(r.history().workouts()).hasSize(2);
        assertThat(r.first()).isEqualTo("2026-11-02");
        assertThat(r.adherence().days()).hasSize(3);
    }

    @Test
    void aPeriodOfYearsShowsTheLatestWeeksInTheCalendar() {
        Report r = Report.of(List.of(), new Period(Optional.of(LocalDate.parse("2020-01-01")), Optional.empty(),
                Optional.empty()), BERLIN, LocalDate.parse("2026-11-30"), KnownJournal.NO_TONES);
        assertThat(r.adherence().days()).hasSize(Adherence.MAX_DAYS);
        assertThat(r.adherence().days().get(Adherence.MAX_DAYS - 1).date()).isEqualTo("2026-11-30");
        assertThat(r.adherence().cut()).isTrue();
    }

    private static Duration seconds(int s) {
        return Duration.ofSeconds(s);
    }
}
