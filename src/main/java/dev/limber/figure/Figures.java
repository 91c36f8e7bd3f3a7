package dev.limber.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The built-in figures, by name, in the order {@code limber figures} lists them. */
public final class Figures {
    private static final Map<String, Figure> ALL = new LinkedHashMap<>();

    static {
        List<Figure> all = new ArrayList<>();
        all.addAll(FloorFigures.all());
        all.addAll(RollerFigures.all());
        all.addAll(UprightFigures.all());
        for (Figure f : all) {
            if (ALL.put(f.name(), f) != null) {
                throw new IllegalStateException("two figures named " + f.name());
            }
        }
    }

    private Figures() {
    }

    public static List<Figure> all() {
        return List.copyOf(ALL.values());
    }

    public static List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(ALL.keySet()));
    }

    public static Optional<Figure> named(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** A point in body units, for the figure tables. */
    static Point p(double x, double y) {
        return new Point(x, y);
    }

    /** One still pose. */
    static Figure still(String name, String summary, Pose pose, Prop... props) {
        return new Figure(name, summary, List.of(new NamedPose("still", pose)), List.of(props));
    }

    /** Two poses a paced rep moves between: the first at rest, the second at the top of the rep. */
    static Figure moving(String name, String summary, String first, Pose a, String second, Pose b, Prop... props) {
        return new Figure(name, summary, List.of(new NamedPose(first, a), new NamedPose(second, b)), List.of(props));
    }
}
