package dev.limber.journal;

import java.time.LocalDate;
import java.util.Set;

/**
 * The current day streak: how many days in a row, up to today, have a session. A streak that
 * reached yesterday still stands today until the day is over, so an evening routine does not
 * read as a broken streak in the morning.
 */
public final class Streak {
    private Streak() {
    }

    /** @param days the dates (in the user's time zone) that have at least one session */
    public static int days(Set<LocalDate> days, LocalDate today) {
        LocalDate d = days.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (days.contains(d)) {
            n++;
            d = d.minusDays(1);
        }
        return n;
    }
}
