package dev.limber.journal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which sessions {@code history} looks at: those of one routine id, and those that started on or
 * after a date in the user's time zone.
 */
public record HistoryQuery(Optional<String> routine, Optional<LocalDate> since) {
    public static final HistoryQuery ALL = new HistoryQuery(Optional.empty(), Optional.empty());

    public List<SessionRecord> select(List<SessionRecord> records, ZoneId zone) {
        List<SessionRecord> out = new ArrayList<>();
        for (SessionRecord r : records) {
            if (routine.isPresent() && !routine.get().equals(r.routineId())) {
                continue;
            }
            if (since.isPresent() && History.dayOf(r, zone).isBefore(since.get())) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    public boolean isEverything() {
        return routine.isEmpty() && since.isEmpty();
    }
}
