package dev.limber.report;

import dev.limber.journal.HistoryText;
import dev.limber.text.Durations;
import dev.limber.text.Words;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The report's holds per exercise: for each exercise held on sides or with a growing target, a
 * chart of the hold per session, each side a line, with the target, and a table of the same; the
 * exercises always held in full are said in a line each.
 */
final class HoldSection {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private HoldSection() {
    }

    static void write(Report r, StringBuilder b) {
        if (r.exercises().isEmpty()) {
            return;
        }
        b.append("<section id=\"holds\"><h2>Holds per exercise</h2><p class=\"muted\">How long each hold lasted in each session,"
                + " each side apart (its longest set); the dotted line is the target it had.</p>");
        boolean manyRoutines = r.exercises().stream().map(Exercise::routineTitle).distinct().count() > 1;
        List<String> steady = new ArrayList<>();
        for (Exercise e : r.exercises()) {
            String name = e.step() + (manyRoutines ? " (" + e.routineTitle() + ")" : "");
            if (e.steady()) {
                steady.add("<li>" + Html.text(name) + ": " + Durations.clock(e.sessions().get(0).target())
                        + (e.sides().size() > 1 ? " on each side" : "") + ", in full in all "
                        + Words.plural(e.sessions().size(), "session") + ".</li>");
            } else {
                exercise(r, e, name, b);
            }
        }
        if (!steady.isEmpty()) {
            b.append("<h3>Held in full every time</h3><ul class=\"steady\">").append(String.join("", steady))
                    .append("</ul>");
        }
        b.append("</section>\n");
    }

    private static void exercise(Report r, Exercise all, String name, StringBuilder b) {
        b.append("<h3>").append(Html.text(name)).append("</h3>");
        Exercise e = all.latest(ChartSections.CHART_SESSIONS);
        if (e.sessions().size() < all.sessions().size()) {
            b.append("<p class=\"muted\">The latest ").append(e.sessions().size()).append(" of ")
                    .append(all.sessions().size()).append(" sessions.</p>");
        }
        List<LocalDateTime> at = new ArrayList<>();
        e.sessions().forEach(h -> at.add(h.at()));
        List<LineChart.Series> series = new ArrayList<>();
        for (int s = 0; s < e.sides().size(); s++) {
            List<OptionalDouble> v = new ArrayList<>();
            for (int i = 0; i < e.sessions().size(); i++) {
                v.add(e.hold(i, e.sides().get(s)).map(d -> OptionalDouble.of(d.toMillis() / 1000.0))
                        .orElse(OptionalDouble.empty()));
            }
            series.add(new LineChart.Series(side(e.sides().get(s)), "side" + Math.min(s, 2), v));
        }
        series.add(new LineChart.Series("target", "target",
                e.sessions().stream().map(h -> OptionalDouble.of(h.target().toMillis() / 1000.0)).toList()));
        b.append("<figure>").append(LineChart.svg("Hold time per session: " + name, LineChart.SHORT, at, series,
                secondsScale(e.longest()), ChartSections.from(r, at, e.sessions().size() < all.sessions().size()), r.last()))
                .append("</figure>");
        b.append(ChartSections.dataBox(e.sessions().size(), 3)).append("<table><caption>").append(Html.text(name)).append(", hold per session</caption>")
                .append("<thead><tr><th scope=\"col\">Session</th>");
        for (String side : e.sides()) {
            b.append("<th scope=\"col\" class=\"num\">").append(Html.text(side(side))).append("</th>");
        }
        b.append("<th scope=\"col\" class=\"num\">Target</th></tr></thead><tbody>");
        for (int i = 0; i < e.sessions().size(); i++) {
            b.append("<tr><td>").append(e.sessions().get(i).at().format(WHEN)).append("</td>");
            for (String side : e.sides()) {
                b.append("<td class=\"num\">").append(e.hold(i, side).map(Durations::clock).orElse("–")).append("</td>");
            }
            b.append("<td class=\"num\">").append(Durations.clock(e.sessions().get(i).target())).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static String side(String side) {
        return side.isEmpty() ? "Hold" : side;
    }

    /** A seconds scale in whole steps that a person reads at a glance (0:15, 0:30, 1:00 ...). */
    static LineChart.Scale secondsScale(Duration longest) {
        long s = Math.max(10, longest.toSeconds());
        long[] steps = {5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
        long step = steps[steps.length - 1];
        for (long c : steps) {
            if (s / c <= 6) {
                step = c;
                break;
            }
        }
        long max = (s + step - 1) / step * step;
        List<Double> ticks = new ArrayList<>();
        for (long t = 0; t <= max; t += step) {
            ticks.add((double) t);
        }
        return new LineChart.Scale(max, ticks, v -> Durations.clock(Duration.ofSeconds((long) v)), "Hold (m:ss)");
    }

}
