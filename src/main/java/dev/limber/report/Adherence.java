package dev.limber.report;

import dev.limber.journal.History;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Workout;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The adherence calendar's numbers: for each day of the period, the work done on it (the shares
 * of their routines' planned work that its sessions did, added up to at most a whole) and how many
 * sessions it had. Work follows the streak's rule: unattended runs do not count as work. A period
 * longer than {@link #MAX_DAYS} shows its latest days only, so the calendar fits a page.
 *
 * @param cut true when earlier days of the period were left out
 */
public record Adherence(List<Day> days, boolean cut) {
    static final int MAX_DAYS = 53 * 7;

    /** @param permille 0 to 1000: the day's work, in shares of a routine done in full */
    public record Day(LocalDate date, int permille, int sessions) {
    }

    public Adherence {
        days = List.copyOf(days);
    }

    static Adherence of(List<Workout> workouts, ZoneId zone, LocalDate first, LocalDate last) {
        Map<LocalDate, int[]> byDay = new HashMap<>();
        for (Workout w : workouts) {
            int[] d = byDay.computeIfAbsent(History.dayOf(w.last(), zone), k -> new int[2]);
            d[0] += attended(w);
            d[1]++;
        }
        LocalDate from = first;
        boolean cut = false;
        if (from.plusDays(MAX_DAYS).isBefore(last.plusDays(1))) {
            from = last.minusDays(MAX_DAYS - 1);
            cut = true;
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
            int[] v = byDay.getOrDefault(d, new int[2]);
            days.add(new Day(d, Math.min(1000, v[0]), v[1]));
        }
        return new Adherence(days, cut);
    }

    /** The share of the work its attended parts did, in permille. */
    private static int attended(Workout w) {
        int permille = 0;
        for (SessionRecord r : w.parts()) {
            if (!r.unattended()) {
                permille += r.outcome().permille();
            }
        }
        return Math.min(1000, permille);
    }

    /** Days with any work. */
    public int activeDays() {
        return (int) days.stream().filter(d -> d.permille() > 0).count();
    }
}
