package dev.limber.report;

/** The parts every chart shares: the SVG element with its title, the plot's frame and axis titles, numbers. */
final class Axes {
    private Axes() {
    }

    /**
     * Opens an SVG of {@code width} x {@code height} whose accessible name is {@code title}; a
     * {@code wide} one stretches to the page's width.
     */
    static void open(StringBuilder b, int width, int height, String title, boolean wide) {
        b.append(wide ? "<svg class=\"chart wide\" width=\"" : "<svg class=\"chart\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\"><title>").append(Html.text(title)).append("</title>");
    }

    /** The plot's left and bottom axes and their titles. */
    static void frame(StringBuilder b, int left, int top, int w, int h, String yTitle, String xTitle) {
        b.append("<path class=\"axis\" d=\"M").append(left).append(' ').append(top).append("V").append(top + h)
                .append("H").append(left + w).append("\"/>");
        b.append("<text class=\"axis-title\" transform=\"translate(14 ").append(top + h / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(Html.text(yTitle)).append("</text>");
        b.append("<text class=\"axis-title\" x=\"").append(left + w / 2).append("\" y=\"").append(top + h + 36)
                .append("\" text-anchor=\"middle\">").append(Html.text(xTitle)).append("</text>");
    }

    /** A coordinate with one decimal at most: short, and the same on every machine. */
    static String n(double v) {
        // by hand: a chart of ten thousand sessions writes this for every point, and String.format is slow
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
    }
}
