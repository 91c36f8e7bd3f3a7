package dev.limber.figure;

/**
 * Where a moving figure is during a paced rep: from its first pose to its second on {@code up},
 * still at the second on {@code hold}, back on {@code down}; a one-beat tempo ({@code rep}) goes
 * there and back. The way is cut into {@link #STEPS} steps so that a player draws (and caches)
 * only a few pictures per figure.
 */
public final class Motion {
    public static final int STEPS = 4;

    private Motion() {
    }

    /**
     * The step, 0 (first pose) to {@link #STEPS} (second pose), at {@code fraction} (0 to 1) of
     * the beat named {@code beat}; 0 for a beat it does not know.
     */
    public static int step(String beat, double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        double way = switch (beat) {
            case "up" -> f;
            case "hold" -> 1;
            case "down" -> 1 - f;
            case "rep" -> f < 0.5 ? 2 * f : 2 - 2 * f;
            default -> 0;
        };
        return (int) Math.round(way * STEPS);
    }

    /** The pose of {@code figure} at {@code step}; a still figure has only its one pose. */
    public static Pose pose(Figure figure, int step) {
        Pose first = figure.poses().get(0).pose();
        if (!figure.moves()) {
            return first;
        }
        return first.towards(figure.poses().get(1).pose(), Math.max(0, Math.min(STEPS, step)) / (double) STEPS);
    }
}
