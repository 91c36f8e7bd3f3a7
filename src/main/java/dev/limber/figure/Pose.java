package dev.limber.figure;

import java.util.EnumMap;
import java.util.Map;

/**
 * One position of the body model: where the hip is, the direction of each bone as an absolute
 * angle in degrees (0 points right, the way every figure faces; 90 points up), and how much the
 * back is rounded ({@code bend}: positive humps the back up, towards the left of the trunk's
 * direction; negative lets it sag). A bone without an angle takes its natural one: the neck
 * follows the trunk, a foot stands at right angles to its shin.
 */
public record Pose(Point hip, double bend, Map<Bone, Double> angles, Facing facing) {
    /** Which way the face looks, which decides where the hair goes. */
    public enum Facing {
        /** Seen from the side, the face clockwise of the neck: to the right when upright, up when on the back. */
        SIDE,
        /** Seen from the side, the face anticlockwise of the neck: down when face down with the head to the left. */
        TURNED,
        /** Seen from the front. */
        FRONT
    }

    public Pose(Point hip, double bend, Map<Bone, Double> angles) {
        this(hip, bend, angles, Facing.SIDE);
    }

    /** Standing upright, arms hanging, facing right. */
    public static final Pose STANDING = new Pose(new Point(0, 4.7), 0, Map.of(
            Bone.TRUNK, 90.0,
            Bone.NEAR_UPPER_ARM, -95.0, Bone.NEAR_FOREARM, -88.0,
            Bone.FAR_UPPER_ARM, -85.0, Bone.FAR_FOREARM, -92.0,
            Bone.NEAR_THIGH, -88.0, Bone.NEAR_SHIN, -90.0,
            Bone.FAR_THIGH, -92.0, Bone.FAR_SHIN, -90.0));

    public Pose {
        EnumMap<Bone, Double> copy = new EnumMap<>(Bone.class);
        copy.putAll(angles);
        angles = Map.copyOf(copy);
    }

    /** The same pose with its hip at (x, y). */
    public Pose at(double x, double y) {
        return new Pose(new Point(x, y), bend, angles, facing);
    }

    public Pose bend(double b) {
        return new Pose(hip, b, angles, facing);
    }

    public Pose facing(Facing f) {
        return new Pose(hip, bend, angles, f);
    }

    /** The same pose with {@code bone} pointing at {@code degrees}. */
    public Pose with(Bone bone, double degrees) {
        EnumMap<Bone, Double> a = new EnumMap<>(Bone.class);
        a.putAll(angles);
        a.put(bone, degrees);
        return new Pose(hip, bend, a, facing);
    }

    /** Both arms at once: near upper arm, near forearm, far upper arm, far forearm. */
    public Pose arms(double nearUpper, double nearFore, double farUpper, double farFore) {
        return with(Bone.NEAR_UPPER_ARM, nearUpper).with(Bone.NEAR_FOREARM, nearFore)
                .with(Bone.FAR_UPPER_ARM, farUpper).with(Bone.FAR_FOREARM, farFore);
    }

    /** Both legs at once: near thigh, near shin, far thigh, far shin. */
    public Pose legs(double nearThigh, double nearShin, double farThigh, double farShin) {
        return with(Bone.NEAR_THIGH, nearThigh).with(Bone.NEAR_SHIN, nearShin)
                .with(Bone.FAR_THIGH, farThigh).with(Bone.FAR_SHIN, farShin);
    }

    /**
     * The same pose with the limb that starts at {@code upper} (an upper arm or a thigh) reaching
     * for {@code target}, as far as it can: hand or ankle on a spot, the elbow or knee bent to the
     * side {@code bend} says (+1 turns the upper bone anticlockwise from the line to the target).
     */
    public Pose reach(Bone upper, Point target, int bend) {
        Bone lower = upper.next();
        Point root = joints().get(upper.from);
        double dx = target.x() - root.x();
        double dy = target.y() - root.y();
        double l1 = upper.length;
        double l2 = lower.length;
        double d = Math.max(Math.abs(l1 - l2) + 1e-6, Math.min(l1 + l2 - 1e-6, Math.hypot(dx, dy)));
        double toward = Math.toDegrees(Math.atan2(dy, dx));
        double open = Math.toDegrees(Math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)));
        double a = toward + Math.signum(bend) * open;
        Point joint = root.plus(a, l1);
        double b = Math.toDegrees(Math.atan2(target.y() - joint.y(), target.x() - joint.x()));
        return with(upper, a).with(lower, b);
    }

    /** The direction of {@code bone}, its natural one when the pose does not say. */
    public double angle(Bone bone) {
        Double a = angles.get(bone);
        if (a != null) {
            return a;
        }
        return switch (bone) {
            case NECK -> angle(Bone.TRUNK);
            case NEAR_FOOT -> angle(Bone.NEAR_SHIN) + 90;
            case FAR_FOOT -> angle(Bone.FAR_SHIN) + 90;
            default -> 0;
        };
    }

    /** Where every joint is. */
    public Map<Joint, Point> joints() {
        EnumMap<Joint, Point> at = new EnumMap<>(Joint.class);
        at.put(Joint.HIP, hip);
        for (Bone b : Bone.values()) { // declared parent-first, so each bone's start is known
            at.put(b.to, at.get(b.from).plus(angle(b), b.length));
        }
        return at;
    }

    /** The pose a fraction {@code t} of the way from this one to {@code other}, each angle turning the short way. */
    public Pose towards(Pose other, double t) {
        EnumMap<Bone, Double> a = new EnumMap<>(Bone.class);
        for (Bone b : Bone.values()) {
            double from = angle(b);
            double turn = ((other.angle(b) - from) % 360 + 540) % 360 - 180;
            a.put(b, from + turn * t);
        }
        return new Pose(hip.towards(other.hip, t), bend + (other.bend - bend) * t, a, t < 0.5 ? facing : other.facing);
    }
}
