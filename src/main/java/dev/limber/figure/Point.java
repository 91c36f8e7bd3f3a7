package dev.limber.figure;

/** A point in body units, y pointing up. */
public record Point(double x, double y) {
    Point plus(double angleDegrees, double length) {
        double a = Math.toRadians(angleDegrees);
        return new Point(x + Math.cos(a) * length, y + Math.sin(a) * length);
    }

    Point towards(Point other, double t) {
        return new Point(x + (other.x - x) * t, y + (other.y - y) * t);
    }
}
