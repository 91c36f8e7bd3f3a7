package dev.limber.report;

import dev.limber.journal.History;
import dev.limber.journal.SessionRecord;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The numbers behind a report, each chart's apart: the sessions of the period as {@code history}
 * groups them (a resumed session's parts as one), the adherence calendar, pain before and after,
 * holds per exercise and side, heat and ice per day. Dates and times are in {@code zone}.
 *
 * @param first the first day of the period
 * @param last the last day of the period
 */
public record Report(History history, LocalDate first, LocalDate last, Adherence adherence, List<PainPoint> pain,
        List<Exercise> exercises, List<PackDay> packs) {

    public Report {
        pain = List.copyOf(pain);
        exercises = List.copyOf(exercises);
        packs = List.copyOf(packs);
    }

    /**
     * The report of the sessions in {@code period} among {@code records}.
     *
     * @param today the last day of a period without {@code --until}
     * @param tones tells heat from ice
     */
    public static Report of(List<SessionRecord> records, Period period, ZoneId zone, LocalDate today, Tones tones) {
        History h = History.of(period.select(records, zone), zone, today);
        LocalDate first = period.first(h, today);
        LocalDate last = period.last(today);
        return new Report(h, first, last, Adherence.of(h.workouts(), zone, first, last),
                PainPoint.of(h.workouts(), zone), Exercise.of(h.workouts(), zone), PackDay.of(h.sessions(), zone, tones));
    }

    public boolean isEmpty() {
        return history.isEmpty();
    }

    public ZoneId zone() {
        return history.zone();
    }

    /** Active time of every session in the period, pauses left out. */
    public Duration active() {
        Duration d = Duration.ZERO;
        for (SessionRecord r : history.sessions()) {
            d = d.plus(r.active());
        }
        return d;
    }
}
