package dev.limber.journal;

import dev.limber.routine.Tone;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Time with heat and with cold on the skin, per day in the user's time zone: the warm and cold
 * segments of attended sessions, each as long as it was played plus any time the computer slept
 * past its end. Lines written before the journal kept tones hold none. For {@code history} and
 * {@code report}.
 *
 * @param days the days with any heat or cold, oldest first
 */
public record HeatIceTime(List<Day> days) {
    public record Day(LocalDate date, Duration heat, Duration ice) {
    }

    public HeatIceTime {
        days = List.copyOf(days);
    }

    public static HeatIceTime of(List<SessionRecord> sessions, ZoneId zone) {
        TreeMap<LocalDate, Day> byDay = new TreeMap<>();
        for (SessionRecord r : sessions) {
            Day d = of(r, zone);
            if (r.unattended() || (d.heat().isZero() && d.ice().isZero())) {
                continue;
            }
            byDay.merge(d.date(), d, (a, b) -> new Day(a.date(), a.heat().plus(b.heat()), a.ice().plus(b.ice())));
        }
        return new HeatIceTime(new ArrayList<>(byDay.values()));
    }

    /** The heat and cold of one journal line, attended or not, on the day it started. */
    public static Day of(SessionRecord r, ZoneId zone) {
        Duration heat = Duration.ZERO;
        Duration ice = Duration.ZERO;
        for (SegmentRecord s : r.segments()) {
            if (s.tone() == Tone.WARM) {
                heat = heat.plus(s.onTheSkin());
            } else if (s.tone() == Tone.COLD) {
                ice = ice.plus(s.onTheSkin());
            }
        }
        return new Day(History.dayOf(r, zone), heat, ice);
    }

    public Duration heat() {
        return days.stream().map(Day::heat).reduce(Duration.ZERO, Duration::plus);
    }

    public Duration ice() {
        return days.stream().map(Day::ice).reduce(Duration.ZERO, Duration::plus);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }
}
