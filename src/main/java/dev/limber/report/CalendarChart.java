package dev.limber.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Draws the adherence calendar as SVG: one square per day, weeks (Monday first) as columns, each
 * square shaded by the work done that day, months named above the week they start in.
 */
final class CalendarChart {
    private static final int CELL = 18;
    private static final int GAP = 3;
    private static final int LEFT = 34;
    private static final int TOP = 22;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    /** The shades, lightest first, and the work (permille) from which each applies. */
    private static final int[] FROM = {1, 250, 500, 1000};

    private CalendarChart() {
    }

    /** The shade class of a day's work: {@code w0} (none) to {@code w4} (a whole routine or more). */
    static String shade(int permille) {
        int level = 0;
        for (int i = 0; i < FROM.length; i++) {
            if (permille >= FROM[i]) {
                level = i + 1;
            }
        }
        return "w" + level;
    }

    static String svg(String title, List<Adherence.Day> days) {
        LocalDate start = days.get(0).date();
        LocalDate monday = start.minusDays(start.getDayOfWeek().getValue() - 1);
        int weeks = (int) ((days.get(days.size() - 1).date().toEpochDay() - monday.toEpochDay()) / 7) + 1;
        int width = Math.max(LEFT + weeks * (CELL + GAP) + 8, 310);
        int height = TOP + 7 * (CELL + GAP) + 34;
        StringBuilder b = new StringBuilder(128 * days.size());
        Axes.open(b, width, height, title, false);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY)) {
            b.append("<text class=\"tick\" x=\"0\" y=\"").append(TOP + (d.getValue() - 1) * (CELL + GAP) + 12)
                    .append("\">").append(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append("</text>");
        }
        for (Adherence.Day d : days) {
            int week = (int) ((d.date().toEpochDay() - monday.toEpochDay()) / 7);
            int x = LEFT + week * (CELL + GAP);
            int y = TOP + (d.date().getDayOfWeek().getValue() - 1) * (CELL + GAP);
            if (d.date().getDayOfMonth() == 1 || d == days.get(0)) {
                b.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(TOP - 8).append("\">")
                        .append(d.date().format(MONTH)).append("</text>");
            }
            b.append("<rect class=\"").append(shade(d.permille())).append("\" x=\"").append(x).append("\" y=\"")
                    .append(y).append("\" width=\"").append(CELL).append("\" height=\"").append(CELL)
                    .append("\" rx=\"2\"><title>").append(d.date()).append(": ").append(d.permille() / 10)
                    .append("% of a routine</title></rect>");
        }
        int ly = TOP + 7 * (CELL + GAP) + 10;
        b.append("<text class=\"tick\" x=\"0\" y=\"").append(ly + 12).append("\">none</text>");
        String[] words = {"", "<25%", "25%+", "50%+", "100%"};
        int lx = 36;
        for (int level = 0; level <= FROM.length; level++) {
            b.append("<rect class=\"w").append(level).append("\" x=\"").append(lx).append("\" y=\"").append(ly)
                    .append("\" width=\"").append(CELL).append("\" height=\"").append(CELL).append("\" rx=\"2\"/>");
            lx += CELL + 4;
            if (!words[level].isEmpty()) {
                b.append("<text class=\"tick\" x=\"").append(lx).append("\" y=\"").append(ly + 12).append("\">")
                        .append(Html.text(words[level])).append("</text>");
                lx += 38;
            }
        }
        return b.append("</svg>").toString();
    }
}
