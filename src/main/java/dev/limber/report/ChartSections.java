package dev.limber.report;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The report's charts, each in its own section with a heading and, under the chart, a table of
 * the same numbers for screen readers and for anyone who wants them exact.
 */
final class ChartSections {
    /** The heat and ice chart shows at most this many days, the latest: a bar each must stay readable. */
    static final int PACK_DAYS = 62;
    /**
     * The pain and hold charts show at most this many sessions, the latest: more would be a blur,
     * and a printout of years of them no help at a visit. The sessions table has them all.
     */
    static final int CHART_SESSIONS = 120;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** A session in a chart's table: the period above gives the year. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    /** Fewer rows than this per column and a table stays whole: split, its header stood alone over an empty column. */
    private static final int ROWS_PER_COLUMN = 6;

    private ChartSections() {
    }

    /** The box around a chart's table: in {@code columns} columns when it has rows enough to fill them. */
    static String dataBox(int rows, int columns) {
        if (rows < ROWS_PER_COLUMN * columns) {
            return "<div class=\"numbers\">";
        }
        return columns == 3 ? "<div class=\"numbers data three\">" : "<div class=\"numbers data\">";
    }

    static void write(Report r, StringBuilder b) {
        calendar(r, b);
        pain(r, b);
        HoldSection.write(r, b);
        packs(r, b);
    }

    private static void calendar(Report r, StringBuilder b) {
        List<Adherence.Day> days = r.adherence().days();
        b.append("<section><h2>Days with exercise</h2><p class=\"muted\">Each square is a day, each column a week"
                + " (Monday at the top), darker for more work: the share of a routine's planned work done that day.");
        if (r.adherence().cut()) {
            b.append(" The latest ").append(days.size() / 7).append(" weeks of the period.");
        }
        b.append("</p><div class=\"beside\"><figure>").append(CalendarChart.svg("Work done per day", days))
                .append("</figure>");
        b.append("<table class=\"weeks\"><caption>Work done per day, by week</caption><thead><tr><th scope=\"col\">Week of</th>");
        for (DayOfWeek d : DayOfWeek.values()) {
            b.append("<th scope=\"col\" class=\"num\">").append(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .append("</th>");
        }
        b.append("</tr></thead><tbody>");
        Map<LocalDate, Adherence.Day> byDate = new HashMap<>();
        days.forEach(d -> byDate.put(d.date(), d));
        LocalDate start = days.get(0).date();
        for (LocalDate monday = start.minusDays(start.getDayOfWeek().getValue() - 1);
                !monday.isAfter(days.get(days.size() - 1).date()); monday = monday.plusWeeks(1)) {
            b.append("<tr><th scope=\"row\">").append(monday.format(WEEK)).append("</th>");
            for (int i = 0; i < 7; i++) {
                Adherence.Day d = byDate.get(monday.plusDays(i));
                b.append("<td class=\"num\">").append(d == null ? "" : d.permille() == 0 ? "–" : d.permille() / 10 + "%")
                        .append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div></section>\n");
    }

    private static void pain(Report r, StringBuilder b) {
        b.append("<section><h2>Pain before and after</h2>");
        if (r.pain().isEmpty()) {
            b.append("<p>No pain levels were recorded in this period (a routine with <code>pain-check = true</code>"
                    + " asks before and after).</p></section>\n");
            return;
        }
        List<PainPoint> pain = latest(r.pain());
        if (pain.size() < r.pain().size()) {
            b.append("<p class=\"muted\">The latest ").append(pain.size()).append(" of ").append(r.pain().size())
                    .append(" sessions with pain levels.</p>");
        }
        List<LocalDateTime> at = new ArrayList<>();
        List<OptionalDouble> before = new ArrayList<>();
        List<OptionalDouble> after = new ArrayList<>();
        for (PainPoint p : pain) {
            at.add(p.at());
            before.add(p.before().isPresent() ? OptionalDouble.of(p.before().getAsInt()) : OptionalDouble.empty());
            after.add(p.after().isPresent() ? OptionalDouble.of(p.after().getAsInt()) : OptionalDouble.empty());
        }
        LineChart.Scale scale = new LineChart.Scale(10, List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0),
                v -> Integer.toString((int) v), "Pain (0 none – 10 worst)");
        b.append("<figure>").append(LineChart.svg("Pain before and after each session, 0 to 10", LineChart.TALL, at,
                List.of(new LineChart.Series("before", "before", before), new LineChart.Series("after", "after", after)),
                scale, from(r, at, pain.size() < r.pain().size()), r.last())).append("</figure>");
        b.append(dataBox(pain.size(), 3)).append("<table><caption>Pain, 0 to 10</caption><thead><tr><th scope=\"col\">Session</th>")
                .append("<th scope=\"col\" class=\"num\">Before</th><th scope=\"col\" class=\"num\">After</th></tr></thead><tbody>");
        for (PainPoint p : pain) {
            b.append("<tr><td>").append(p.at().format(WHEN)).append("</td><td class=\"num\">")
                    .append(ReportPage.level(p.before())).append("</td><td class=\"num\">")
                    .append(ReportPage.level(p.after())).append("</td></tr>");
        }
        b.append("</tbody></table></div></section>\n");
    }

    static <T> List<T> latest(List<T> all) {
        return all.subList(Math.max(0, all.size() - CHART_SESSIONS), all.size());
    }

    /** Where a chart of {@code at} starts: the period's first day, or its first point's when earlier ones are {@code cut}. */
    static LocalDate from(Report r, List<LocalDateTime> at, boolean cut) {
        return cut ? at.get(0).toLocalDate() : r.first();
    }

    private static void packs(Report r, StringBuilder b) {
        b.append("<section><h2>Heat and ice</h2>");
        if (r.packs().isEmpty()) {
            b.append("<p>No heat or ice in this period.</p></section>\n");
            return;
        }
        Map<LocalDate, PackDay> byDate = new HashMap<>();
        r.packs().forEach(p -> byDate.put(p.date(), p));
        LocalDate from = r.first().isBefore(r.last().minusDays(PACK_DAYS - 1)) ? r.last().minusDays(PACK_DAYS - 1) : r.first();
        List<PackDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(r.last()); d = d.plusDays(1)) {
            days.add(byDate.getOrDefault(d, new PackDay(d, Duration.ZERO, Duration.ZERO)));
        }
        b.append("<p class=\"muted\">Minutes with a heat or ice pack on, per day")
                .append(from.equals(r.first()) ? "" : " (the latest " + PACK_DAYS + " days of the period)")
                .append(", including time a pack stayed on while the computer slept.</p>");
        b.append("<figure>").append(BarChart.svg("Heat and ice minutes per day", days)).append("</figure>");
        b.append(dataBox(r.packs().size(), 2)).append("<table><caption>Heat and ice per day, minutes</caption><thead><tr>")
                .append("<th scope=\"col\">Day</th><th scope=\"col\" class=\"num\">Heat</th>")
                .append("<th scope=\"col\" class=\"num\">Ice</th></tr></thead><tbody>");
        for (PackDay p : r.packs()) {
            b.append("<tr><td>").append(ReportPage.day(p.date())).append("</td><td class=\"num\">")
                    .append(BarChart.minutes(p.heat())).append("</td><td class=\"num\">").append(BarChart.minutes(p.ice()))
                    .append("</td></tr>");
        }
        b.append("</tbody></table></div></section>\n");
    }
}
