package dev.limber.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * Draws values over time as an SVG line chart: dates along the bottom, a labelled scale on the
 * left, one line per series (a gap where a session has no value), a legend on top. Series differ
 * in dash and marker as well as colour, so the chart reads on a grey printout too.
 */
final class LineChart {
    static final int WIDTH = 700;
    /** The pain chart's height; a hold chart is smaller, as there may be several. */
    static final int TALL = 230;
    static final int SHORT = 180;
    private static final int LEFT = 56;
    private static final int RIGHT = 14;
    private static final int TOP = 30;
    private static final int BOTTOM = 44;
    /** Up to this many points each gets a marker; more would blot the line. */
    private static final int MARKERS = 62;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** One line: its name in the legend, its CSS class (colour and dash), a value per point. */
    record Series(String name, String css, List<OptionalDouble> values) {
    }

    /** The scale: its top, the values to mark, how to write a mark, and what it measures. */
    record Scale(double max, List<Double> ticks, DoubleFunction<String> label, String title) {
    }

    private LineChart() {
    }

    /**
     * @param title the chart's accessible name (raw text)
     * @param height {@link #TALL} or {@link #SHORT}
     * @param at when each point was, oldest first
     */
    static String svg(String title, int height, List<LocalDateTime> at, List<Series> series, Scale scale,
            LocalDate first, LocalDate last) {
        StringBuilder b = new StringBuilder(4096);
        Axes.open(b, WIDTH, height, title, true);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = height - TOP - BOTTOM;
        for (double t : scale.ticks()) {
            double y = TOP + plotH - t / scale.max() * plotH;
            b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotW)
                    .append("\" y1=\"").append(Axes.n(y)).append("\" y2=\"").append(Axes.n(y)).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(Axes.n(y + 4))
                    .append("\" text-anchor=\"end\">").append(Html.text(scale.label().apply(t))).append("</text>");
        }
        long t0 = first.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long t1 = last.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long days = Math.max(1, (t1 - t0) / 86400);
        long step = Math.max(1, (days + 5) / 6);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(step)) {
            double x = LEFT + (double) (d.atStartOfDay().toEpochSecond(ZoneOffset.UTC) - t0) / (t1 - t0) * plotW;
            b.append("<line class=\"axis\" x1=\"").append(Axes.n(x)).append("\" x2=\"").append(Axes.n(x))
                    .append("\" y1=\"").append(TOP + plotH).append("\" y2=\"").append(TOP + plotH + 4).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(Axes.n(x)).append("\" y=\"").append(TOP + plotH + 17)
                    .append("\" text-anchor=\"middle\">").append(d.format(DAY)).append("</text>");
        }
        Axes.frame(b, LEFT, TOP, plotW, plotH, scale.title(), "Date");
        int legendX = LEFT;
        for (Series s : series) {
            b.append("<g class=\"").append(s.css()).append("\">");
            b.append("<path d=\"").append(path(s.values(), at, t0, t1, plotW, plotH, scale.max())).append("\"/>");
            if (at.size() <= MARKERS) {
                for (int i = 0; i < at.size(); i++) {
                    OptionalDouble v = s.values().get(i);
                    if (v.isPresent()) {
                        b.append("<circle r=\"3\" cx=\"").append(Axes.n(x(at.get(i), t0, t1, plotW)))
                                .append("\" cy=\"").append(Axes.n(y(v.getAsDouble(), plotH, scale.max())))
                                .append("\"/>");
                    }
                }
            }
            b.append("<path d=\"M").append(legendX).append(' ').append(TOP - 16).append("h24\"/>");
            b.append("<text class=\"legend\" x=\"").append(legendX + 30).append("\" y=\"").append(TOP - 12)
                    .append("\">").append(Html.text(s.name())).append("</text></g>");
            legendX += 40 + 7 * Math.min(40, s.name().length());
        }
        return b.append("</svg>").toString();
    }

    private static String path(List<OptionalDouble> values, List<LocalDateTime> at, long t0, long t1, int plotW,
            int plotH, double max) {
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < at.size(); i++) {
            OptionalDouble v = values.get(i);
            if (v.isEmpty()) {
                drawing = false;
                continue;
            }
            double x = x(at.get(i), t0, t1, plotW);
            double y = y(v.getAsDouble(), plotH, max);
            d.append(drawing ? 'L' : 'M').append(Axes.n(x)).append(' ').append(Axes.n(y));
            if (!drawing) {
                // a lone point between gaps still shows as a dot
                d.append("h0.01");
            }
            drawing = true;
        }
        return d.toString();
    }

    private static double x(LocalDateTime at, long t0, long t1, int plotW) {
        return LEFT + (double) (at.toEpochSecond(ZoneOffset.UTC) - t0) / (t1 - t0) * plotW;
    }

    private static double y(double v, int plotH, double max) {
        return TOP + plotH - Math.min(v, max) / max * plotH;
    }
}
