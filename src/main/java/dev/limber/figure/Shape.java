package dev.limber.figure;

/** A filled shape in body units, the vocabulary the rasteriser knows. */
sealed interface Shape {
    Ink ink();

    /** Whether the point (x, y) is inside, with the shape's edges grown by {@code grow}. */
    boolean contains(double x, double y, double grow);

    /** {x0, y0, x1, y1} around the shape. */
    double[] bounds();

    /** A segment with round ends, {@code r} wide either side: a bone, a strap, a pack. */
    record Capsule(Point a, Point b, double r, Ink ink) implements Shape {
        @Override
        public boolean contains(double x, double y, double grow) {
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / len2));
            double px = a.x() + t * dx - x;
            double py = a.y() + t * dy - y;
            double rr = r + grow;
            return px * px + py * py <= rr * rr;
        }

        @Override
        public double[] bounds() {
            return new double[] {Math.min(a.x(), b.x()) - r, Math.min(a.y(), b.y()) - r,
                    Math.max(a.x(), b.x()) + r, Math.max(a.y(), b.y()) + r};
        }
    }

    /** A rectangle with straight edges: a floor, a seat, a desk top, a bowl. */
    record Box(double x0, double y0, double x1, double y1, Ink ink) implements Shape {
        @Override
        public boolean contains(double x, double y, double grow) {
            return x >= x0 - grow && x <= x1 + grow && y >= y0 - grow && y <= y1 + grow;
        }

        @Override
        public double[] bounds() {
            return new double[] {x0, y0, x1, y1};
        }
    }
}
