package dev.limber.journal;

import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;
import dev.limber.text.Words;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code limber history} for people: a summary line with the streak, the latest sessions, counts
 * per routine, pain sparklines, holds per side, each exercise's holds over time and the heat and
 * ice per day. Every journal text passes the sanitizer.
 */
public final class HistoryText {
    /** How many sessions the "Recent" list and the pain sparklines cover. */
    static final int RECENT = 10;
    static final int PAIN = 30;
    private static final int TITLE_WIDTH = 28;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryText() {
    }

    public static String render(History h) {
        List<String> out = new ArrayList<>();
        out.add(summary(h));
        out.add("");
        out.add(h.workouts().size() > RECENT ? "Recent sessions (latest " + RECENT + ")" : "Sessions");
        List<Workout> recent = h.recent(RECENT);
        int width = 0;
        for (Workout w : recent) {
            width = Math.max(width, fit(w.last().title()).length());
        }
        for (Workout w : recent) {
            out.add(("  " + when(h, w.first()) + "  " + pad(fit(w.last().title()), width)
                    + "  " + padLeft(Durations.clock(w.active()), 7) + "  " + status(w.outcome())
                    + "  " + pain(w.first().painBefore(), w.last().painAfter())).stripTrailing());
            if (w.parts().size() > 1) {
                // a session quit and resumed: one line, then the parts it was played in
                for (int i = 0; i < w.parts().size(); i++) {
                    SessionRecord r = w.parts().get(i);
                    out.add(("      part " + (i + 1) + "  " + when(h, r) + "  " + padLeft(Durations.clock(r.active()), 7)
                            + "  " + status(r.outcome())).stripTrailing());
                }
            }
        }
        if (h.routines().size() > 1) {
            out.add("");
            out.add("Routines");
            for (History.RoutineCount c : h.routines()) {
                out.add("  " + fit(c.title()) + " (" + Sanitizer.line(c.id()) + "): " + Words.plural(c.sessions(), "session")
                        + ", " + c.completed() + " done, last " + c.last());
            }
        }
        List<Integer> before = h.painBefore(PAIN);
        List<Integer> after = h.painAfter(PAIN);
        if (!before.isEmpty() || !after.isEmpty()) {
            out.add("");
            out.add("Pain (0 ▁ to █ 10), oldest to latest");
            if (!before.isEmpty()) {
                out.add("  before  " + Sparkline.of(before) + "  now " + before.get(before.size() - 1));
            }
            if (!after.isEmpty()) {
                out.add("  after   " + Sparkline.of(after) + "  now " + after.get(after.size() - 1));
            }
        }
        if (!h.holds().isEmpty()) {
            out.add("");
            out.add("Holds per side (best / last)");
            holds(h, out);
        }
        progress(h, out);
        heatIce(h, out);
        return String.join("\n", out) + "\n";
    }

    private static String summary(History h) {
        int n = h.workouts().size();
        String s = Words.plural(n, "session") + " (" + h.count(Status.DONE) + " done, " + h.count(Status.PARTIAL)
                + " partial, " + h.count(Status.QUIT) + " quit)"
                + " · streak: " + Words.plural(h.streak(), "day");
        if (h.streak() > 0 && !h.playedToday()) {
            s += " (play today to keep it)";
        }
        return s;
    }

    private static void holds(History h, List<String> out) {
        boolean manyRoutines = h.routines().size() > 1;
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, StringBuilder> sides = new LinkedHashMap<>();
        for (History.Hold hold : h.holds()) {
            String key = hold.routineId() + "\u0000" + hold.step();
            labels.putIfAbsent(key, (manyRoutines ? fit(hold.routineTitle()) + " · " : "") + Sanitizer.line(hold.step()));
            sides.computeIfAbsent(key, k -> new StringBuilder())
                    .append("   ").append(Sanitizer.line(hold.side())).append(' ')
                    .append(Durations.clock(hold.best())).append(" / ").append(Durations.clock(hold.last()));
        }
        int width = labels.values().stream().mapToInt(String::length).max().orElse(0);
        labels.forEach((key, label) -> out.add("  " + pad(label, width) + sides.get(key)));
    }

    /** Each timed exercise's longest hold per session, as bars, with its first, last and best. */
    private static void progress(History h, List<String> out) {
        List<ExerciseProgress> all = ExerciseProgress.of(h.workouts());
        if (all.isEmpty()) {
            return;
        }
        out.add("");
        out.add("Progress per exercise: longest hold per session, oldest to latest (last " + PAIN + ")");
        boolean manyRoutines = h.routines().size() > 1;
        List<String> labels = new ArrayList<>();
        for (ExerciseProgress e : all) {
            labels.add((manyRoutines ? fit(e.routineTitle()) + " · " : "") + Sanitizer.line(e.step()));
        }
        int width = labels.stream().mapToInt(String::length).max().orElse(0);
        int bars = all.stream().mapToInt(e -> e.latest(PAIN).size()).max().orElse(0);
        for (int i = 0; i < all.size(); i++) {
            ExerciseProgress e = all.get(i);
            out.add("  " + pad(labels.get(i), width) + "  " + pad(Sparkline.relative(e.latest(PAIN)), bars)
                    + "  first " + Durations.clock(e.first()) + "  last " + Durations.clock(e.last())
                    + "  best " + Durations.clock(e.best()) + "  (" + Words.plural(e.holds().size(), "session") + ")");
        }
    }

    /** Heat and cold on the skin per day, as bars, with the totals. */
    private static void heatIce(History h, List<String> out) {
        HeatIceTime t = HeatIceTime.of(h.sessions(), h.zone());
        if (t.isEmpty()) {
            return;
        }
        List<HeatIceTime.Day> days = t.days().subList(Math.max(0, t.days().size() - PAIN), t.days().size());
        HeatIceTime.Day last = days.get(days.size() - 1);
        out.add("");
        out.add("Heat and ice on the skin, per day with any, oldest to latest (last " + PAIN + ")");
        // A person who only ices gets no row of no heat (and the other way round)
        if (!t.heat().isZero()) {
            out.add("  heat  " + Sparkline.relative(days.stream().map(HeatIceTime.Day::heat).toList()) + "  "
                    + Durations.clock(t.heat()) + " in all on " + Words.plural(count(t, true), "day") + ", "
                    + Durations.clock(last.heat()) + " on " + last.date());
        }
        if (!t.ice().isZero()) {
            out.add("  ice   " + Sparkline.relative(days.stream().map(HeatIceTime.Day::ice).toList()) + "  "
                    + Durations.clock(t.ice()) + " in all on " + Words.plural(count(t, false), "day") + ", "
                    + Durations.clock(last.ice()) + " on " + last.date());
        }
    }

    private static int count(HeatIceTime t, boolean heat) {
        return (int) t.days().stream().filter(d -> !(heat ? d.heat() : d.ice()).isZero()).count();
    }

    /**
     * {@code done}, or {@code partial 40%} / {@code quit 5%} with the share of the work done; some
     * work, but under one percent, is {@code <1%}: a 0 would say nothing was done.
     */
    public static String status(Outcome o) {
        String share = o.percent() == 0 && o.permille() > 0 ? "<1" : Integer.toString(o.percent());
        String s = o.status() == Status.DONE ? o.status().word() : o.status().word() + " " + share + "%";
        return o.unattended() ? s + " (unattended)" : s;
    }

    private static String when(History h, SessionRecord r) {
        return r.start().atZoneSameInstant(h.zone()).format(WHEN);
    }

    private static String pain(OptionalInt before, OptionalInt after) {
        if (before.isEmpty() && after.isEmpty()) {
            return "";
        }
        return "pain " + level(before) + " -> " + level(after);
    }

    private static String level(OptionalInt v) {
        return v.isPresent() ? Integer.toString(v.getAsInt()) : "-";
    }

    /** A title made safe for the terminal and cut to the column width. */
    private static String fit(String title) {
        String t = Sanitizer.line(title);
        return t.length() > TITLE_WIDTH ? t.substring(0, TITLE_WIDTH - 1) + "…" : t;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
