package dev.limber.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws heat and ice minutes per day as SVG: for each day a heat bar and an ice bar side by side,
 * heat always on the left (so a grey printout still tells them apart), minutes on the left axis.
 */
final class BarChart {
    private static final int WIDTH = LineChart.WIDTH;
    private static final int HEIGHT = 230;
    private static final int LEFT = 56;
    private static final int RIGHT = 14;
    private static final int TOP = 30;
    private static final int BOTTOM = 44;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private BarChart() {
    }

    /** @param days every day to show, oldest first, with or without heat and ice */
    static String svg(String title, List<PackDay> days) {
        StringBuilder b = new StringBuilder(2048 + 160 * days.size());
        Axes.open(b, WIDTH, HEIGHT, title, true);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        long most = 1;
        for (PackDay d : days) {
            most = Math.max(most, Math.max(minutes(d.heat()), minutes(d.ice())));
        }
        long tick = most <= 10 ? 2 : most <= 30 ? 5 : most <= 60 ? 10 : most <= 150 ? 30 : 60;
        long max = (most + tick - 1) / tick * tick;
        for (long t = 0; t <= max; t += tick) {
            double y = TOP + plotH - (double) t / max * plotH;
            b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotW)
                    .append("\" y1=\"").append(Axes.n(y)).append("\" y2=\"").append(Axes.n(y)).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(Axes.n(y + 4))
                    .append("\" text-anchor=\"end\">").append(t).append("</text>");
        }
        double slot = (double) plotW / days.size();
        double bar = Math.max(0.5, slot * 0.4);
        int every = Math.max(1, (days.size() + 6) / 7);
        for (int i = 0; i < days.size(); i++) {
            PackDay d = days.get(i);
            double x = LEFT + i * slot + slot * 0.1;
            bar(b, "heat", x, bar, d.heat(), max, plotH);
            bar(b, "ice", x + bar, bar, d.ice(), max, plotH);
            if (i % every == 0) {
                double mid = LEFT + (i + 0.5) * slot;
                b.append("<text class=\"tick\" x=\"").append(Axes.n(mid)).append("\" y=\"").append(TOP + plotH + 17)
                        .append("\" text-anchor=\"middle\">").append(d.date().format(DAY)).append("</text>");
            }
        }
        Axes.frame(b, LEFT, TOP, plotW, plotH, "Minutes", "Date");
        b.append("<rect class=\"heat\" x=\"").append(LEFT).append("\" y=\"").append(TOP - 24)
                .append("\" width=\"14\" height=\"12\"/><text class=\"legend\" x=\"").append(LEFT + 20)
                .append("\" y=\"").append(TOP - 14).append("\">Heat</text>");
        b.append("<rect class=\"ice\" x=\"").append(LEFT + 80).append("\" y=\"").append(TOP - 24)
                .append("\" width=\"14\" height=\"12\"/><text class=\"legend\" x=\"").append(LEFT + 100)
                .append("\" y=\"").append(TOP - 14).append("\">Ice</text>");
        return b.append("</svg>").toString();
    }

    private static void bar(StringBuilder b, String css, double x, double w, Duration d, long max, int plotH) {
        if (d.isZero()) {
            return;
        }
        double h = d.toMillis() / 60_000.0 / max * plotH;
        b.append("<rect class=\"").append(css).append("\" x=\"").append(Axes.n(x)).append("\" y=\"")
                .append(Axes.n(TOP + plotH - h)).append("\" width=\"").append(Axes.n(w)).append("\" height=\"")
                .append(Axes.n(h)).append("\"/>");
    }

    /** Whole minutes, rounded up: 30 seconds of ice is not none. */
    static long minutes(Duration d) {
        return (d.toSeconds() + 59) / 60;
    }
}
