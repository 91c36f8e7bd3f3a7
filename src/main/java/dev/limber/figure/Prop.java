package dev.limber.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Something beside the body in a figure: the floor, a foam roller, a pack, a chair, a desk, a towel, a bowl. */
public sealed interface Prop {
    /** The shapes, given where the body's joints are (a towel runs from hand to foot). */
    List<Shape> shapes(Map<Joint, Point> joints);

    /** Drawn over the body (a pack on the back, water over a foot) rather than behind it. */
    default boolean front() {
        return false;
    }

    /** The floor, a thin band whose top is at {@code y}. */
    record Floor(double x0, double x1, double y) implements Prop {
        @Override
        public List<Shape> shapes(Map<Joint, Point> joints) {
            return List.of(new Shape.Box(x0, y - 0.3, x1, y, Ink.FLOOR));
        }
    }

    /** A foam roller seen end on, lying on the floor with its centre at (x, y). */
    record Roller(double x, double y) implements Prop {
        static final double RADIUS = 0.6;

        @Override
        public List<Shape> shapes(Map<Joint, Point> joints) {
            Point c = new Point(x, y);
            return List.of(new Shape.Capsule(c, c, RADIUS, Ink.ROLLER), new Shape.Capsule(c, c, 0.22, Ink.ROLLER_CORE));
        }
    }

    /** A heat or ice pack: a thick rounded pad from {@code a} to {@code b}. */
    record Pack(Point a, Point b, Ink ink) implements Prop {
        @Override
        public List<Shape> shapes(Map<Joint, Point> joints) {
            return List.of(new Shape.Capsule(a, b, 0.3, ink));
        }

        @Override
        public boolean front() {
            return true;
        }
    }

    /** A chair on the floor at {@code y}: its seat from {@code x} forward (right), its back at {@code x}. */
    record Chair(double x, double y) implements Prop {
        @Override
        public List<Shape> shapes(Map<Joint, Point> joints) {
            double seat = y + 2.05;
            return List.of(new Shape.Box(x, seat - 0.3, x + 2.0, seat, Ink.WOOD),
                    new Shape.Box(x, y, x + 0.25, y + 4.6, Ink.WOOD),
                    new Shape.Box(x + 1.75, y, x + 2.0, seat, Ink.WOOD));
        }
    }

    /** A desk on the floor at {@code y}, its top {@code height} high, from {@code x0} to {@code x1}. */
    record Desk(double x0, double x1, double y, double height) implements Prop {
        @Override
        public List<Shape> shapes(Map<Joint, Point> joints) {
            return List.of(new Shape.Box(x0, y + height - 0.35, x1, y + height, Ink.WOOD),
                    new Shape.Box(x1 - 0.35, y, x1, y + height, Ink.WOOD));
        }
    }

    /** A towel or strap held taut from one joint to another. */
    record Strap(Joint from, Joint to) implements Prop {
        @Override
        public List<Shape> shapes(Map<Joint, Point> joints) {
            return List.of(new Shape.Capsule(joints.get(from), joints.get(to), 0.12, Ink.TOWEL));
        }

        @Override
        public boolean front() {
            return true;
        }
    }

    /** A bowl of water on the floor at {@code y}, from {@code x0} to {@code x1}: warm or cold by its ink. */
    record Bowl(double x0, double x1, double y, Ink water) implements Prop {
        @Override
        public List<Shape> shapes(Map<Joint, Point> joints) {
            List<Shape> s = new ArrayList<>();
            s.add(new Shape.Box(x0, y, x1, y + 1.5, Ink.BOWL));
            s.add(new Shape.Box(x0 + 0.25, y + 0.25, x1 - 0.25, y + 1.25, water));
            return s;
        }

        @Override
        public boolean front() {
            return true;
        }
    }
}
