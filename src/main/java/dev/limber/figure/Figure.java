package dev.limber.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A built-in picture of an exercise: the body model in one or more poses, with props. A figure
 * with two poses moves between them during paced reps (see {@link Motion}); one with a single
 * pose is still.
 *
 * @param summary one line for {@code limber figures}
 */
public record Figure(String name, String summary, List<NamedPose> poses, List<Prop> props) {
    private static final int TRUNK_PIECES = 6;

    public Figure {
        poses = List.copyOf(poses);
        props = List.copyOf(props);
        if (poses.isEmpty()) {
            throw new IllegalArgumentException("a figure needs a pose");
        }
    }

    /** Whether the figure moves during paced reps. */
    public boolean moves() {
        return poses.size() > 1;
    }

    /** The shapes of the figure in {@code pose}, back to front. */
    List<Shape> shapes(Pose pose) {
        Map<Joint, Point> at = pose.joints();
        List<Shape> out = new ArrayList<>();
        props.stream().filter(p -> !p.front()).forEach(p -> out.addAll(p.shapes(at)));
        limb(out, at, Bone.FAR_UPPER_ARM, Ink.SLEEVE_FAR, Ink.SKIN_FAR);
        limb(out, at, Bone.FAR_THIGH, Ink.LEGS_FAR, Ink.LEGS_FAR);
        out.add(new Shape.Capsule(at.get(Joint.FAR_ANKLE), at.get(Joint.FAR_TOE), Bone.FAR_FOOT.radius, Ink.SKIN_FAR));
        trunk(out, pose, at);
        out.add(new Shape.Capsule(at.get(Joint.SHOULDER), at.get(Joint.HEAD), Bone.NECK.radius, Ink.SKIN));
        head(out, pose, at.get(Joint.HEAD));
        limb(out, at, Bone.NEAR_THIGH, Ink.LEGS, Ink.LEGS);
        out.add(new Shape.Capsule(at.get(Joint.NEAR_ANKLE), at.get(Joint.NEAR_TOE), Bone.NEAR_FOOT.radius, Ink.SKIN));
        limb(out, at, Bone.NEAR_UPPER_ARM, Ink.SLEEVE, Ink.SKIN);
        props.stream().filter(Prop::front).forEach(p -> out.addAll(p.shapes(at)));
        return out;
    }

    private static void limb(List<Shape> out, Map<Joint, Point> at, Bone upper, Ink upperInk, Ink lowerInk) {
        Bone lower = upper.next();
        out.add(new Shape.Capsule(at.get(upper.from), at.get(upper.to), upper.radius, upperInk));
        out.add(new Shape.Capsule(at.get(lower.from), at.get(lower.to), lower.radius, lowerInk));
    }

    /** The head, with hair over its back and crown so that it reads as a head and shows where the face is. */
    private static void head(List<Shape> out, Pose pose, Point centre) {
        out.add(new Shape.Capsule(centre, centre, Bone.HEAD_RADIUS, Ink.SKIN));
        double turn = switch (pose.facing()) {
            case SIDE -> 50;
            case TURNED -> -50;
            case FRONT -> 0;
        };
        Point hair = centre.plus(pose.angle(Bone.NECK) + turn, Bone.HEAD_RADIUS * 0.45);
        out.add(new Shape.Capsule(hair, hair, Bone.HEAD_RADIUS * 0.62, Ink.HAIR));
    }

    /** The trunk as a curve from hip to shoulder, bowed by the pose's bend. */
    private static void trunk(List<Shape> out, Pose pose, Map<Joint, Point> at) {
        Point hip = at.get(Joint.HIP);
        Point shoulder = at.get(Joint.SHOULDER);
        Point control = hip.towards(shoulder, 0.5).plus(pose.angle(Bone.TRUNK) + 90, pose.bend() * 2);
        Point last = hip;
        for (int k = 1; k <= TRUNK_PIECES; k++) {
            double t = k / (double) TRUNK_PIECES;
            Point next = hip.towards(control, t).towards(control.towards(shoulder, t), t);
            out.add(new Shape.Capsule(last, next, Bone.TRUNK.radius, Ink.SHIRT));
            last = next;
        }
    }

    /** {x0, y0, x1, y1} around every pose, so that a moving figure keeps one size and place. */
    double[] bounds() {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (NamedPose p : poses) {
            for (Shape s : shapes(p.pose())) {
                double[] sb = s.bounds();
                b[0] = Math.min(b[0], sb[0]);
                b[1] = Math.min(b[1], sb[1]);
                b[2] = Math.max(b[2], sb[2]);
                b[3] = Math.max(b[3], sb[3]);
            }
        }
        return b;
    }
}
