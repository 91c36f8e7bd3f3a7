package dev.limber.report;

import dev.limber.journal.History;
import dev.limber.journal.SessionRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which sessions a report covers: those of one routine id, started (in the user's time zone) on
 * or after {@code since} and on or before {@code until}.
 */
public record Period(Optional<LocalDate> since, Optional<LocalDate> until, Optional<String> routine) {

    public List<SessionRecord> select(List<SessionRecord> records, ZoneId zone) {
        List<SessionRecord> out = new ArrayList<>();
        for (SessionRecord r : records) {
            if (routine.isPresent() && !routine.get().equals(r.routineId())) {
                continue;
            }
            LocalDate day = History.dayOf(r, zone);
            if (since.isPresent() && day.isBefore(since.get()) || until.isPresent() && day.isAfter(until.get())) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    /** The first day shown: {@code since}, else the day of the first session, else {@code today}. */
    LocalDate first(History h, LocalDate today) {
        return since.orElseGet(() -> h.isEmpty() ? last(today) : History.dayOf(h.sessions().get(0), h.zone()));
    }

    /** The last day shown: {@code until}, else {@code today}. */
    LocalDate last(LocalDate today) {
        return until.orElse(today);
    }
}
