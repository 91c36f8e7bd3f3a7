package dev.limber.figure;

import static dev.limber.figure.Figures.p;
import static dev.limber.figure.Figures.still;

import java.util.List;
import java.util.Map;

/** Figures on a foam roller: seated with the hands behind, lying on the back, on the forearms. */
final class RollerFigures {
    private RollerFigures() {
    }

    static List<Figure> all() {
        Prop floor = new Prop.Floor(-5.2, 5.6, 0);
        Pose buttockBase = seated(p(0.1, 1.75), 132).reach(Bone.FAR_THIGH, p(2.9, 0.3), 1).with(Bone.FAR_FOOT, 0);
        Point farKnee = buttockBase.joints().get(Joint.FAR_KNEE);
        Pose buttock = buttockBase.reach(Bone.NEAR_THIGH, p(farKnee.x() - 0.1, farKnee.y() + 0.45), 1)
                .with(Bone.NEAR_FOOT, 90);
        Pose hamstring = seated(p(-0.9, 1.55), 125).with(Bone.NEAR_THIGH, -7).with(Bone.NEAR_SHIN, -9)
                .with(Bone.NEAR_FOOT, 80).reach(Bone.FAR_THIGH, p(2.6, 0.3), 1).with(Bone.FAR_FOOT, 0);
        Pose calf = seated(p(-1.2, 1.3), 128).with(Bone.NEAR_THIGH, 2).with(Bone.NEAR_SHIN, 2)
                .with(Bone.FAR_THIGH, 9).with(Bone.FAR_SHIN, 3).with(Bone.NEAR_FOOT, 80).with(Bone.FAR_FOOT, 80);
        Pose back = new Pose(p(0, 1.15), 0, Map.of(Bone.TRUNK, 166.0, Bone.NECK, 175.0))
                .reach(Bone.NEAR_THIGH, p(2.6, 0.3), 1).reach(Bone.FAR_THIGH, p(2.5, 0.3), 1)
                .with(Bone.NEAR_FOOT, 0).with(Bone.FAR_FOOT, 0);
        Point head = back.joints().get(Joint.HEAD);
        back = back.reach(Bone.NEAR_UPPER_ARM, p(head.x() - 0.55, head.y() + 0.1), -1)
                .reach(Bone.FAR_UPPER_ARM, p(head.x() - 0.5, head.y() + 0.05), -1);
        Pose quad = onForearms(p(0, 1.7)).with(Bone.NEAR_THIGH, -9).with(Bone.NEAR_SHIN, -6).with(Bone.NEAR_FOOT, -40)
                .with(Bone.FAR_THIGH, -22).with(Bone.FAR_SHIN, -2).with(Bone.FAR_FOOT, -20);
        Pose inner = onForearms(p(0, 1.5)).legs(190, 25, -14, -2).with(Bone.NEAR_FOOT, -10)
                .with(Bone.FAR_FOOT, -20);
        Pose outer = new Pose(p(0, 1.9), 0, Map.of(Bone.TRUNK, 165.0, Bone.NECK, 165.0))
                .arms(-90, 180, -60, -60).with(Bone.FAR_THIGH, -14).with(Bone.FAR_SHIN, -6).with(Bone.FAR_FOOT, 60)
                .reach(Bone.NEAR_THIGH, p(1.6, 0.3), 1).with(Bone.NEAR_FOOT, 0);
        Point elbow = outer.joints().get(Joint.NEAR_ELBOW);
        outer = outer.with(Bone.NEAR_UPPER_ARM, -90).reach(Bone.FAR_UPPER_ARM, p(elbow.x() + 1.6, 0.25), 1);
        return List.of(
                still("foam-roll-buttock", "Sitting on the roller, hands behind, one ankle over the other knee", buttock,
                        floor, new Prop.Roller(0.1, 0.6)),
                still("foam-roll-hamstring", "Roller under the back of one thigh, hands behind, other foot flat",
                        hamstring, floor, new Prop.Roller(1.0, 0.6)),
                still("foam-roll-calf", "Roller under one calf, hands behind, hips lifted", calf, floor,
                        new Prop.Roller(3.4, 0.6)),
                still("foam-roll-back", "On the back, roller under the shoulder blades, hands behind the head", back,
                        floor, new Prop.Roller(-1.9, 0.6)),
                still("foam-roll-quad", "Face down on the forearms, roller under the front of one thigh", quad, floor,
                        new Prop.Roller(1.1, 0.6)),
                still("foam-roll-inner-thigh", "Face down on the forearms, one knee out, roller under the inner thigh",
                        inner, floor, new Prop.Roller(-1.5, 0.6)),
                still("foam-roll-outer-thigh", "On one side on the forearm, roller under the outer thigh", outer, floor,
                        new Prop.Roller(0.5, 0.6)));
    }

    /** Sitting with the hip at {@code hip}, leaning back at {@code trunk} degrees, hands on the floor behind. */
    private static Pose seated(Point hip, double trunk) {
        Pose p = new Pose(hip, 0, Map.of(Bone.TRUNK, trunk, Bone.NECK, trunk - 40));
        Point shoulder = p.joints().get(Joint.SHOULDER);
        return p.reach(Bone.NEAR_UPPER_ARM, p(shoulder.x() - 1.0, 0.25), -1)
                .reach(Bone.FAR_UPPER_ARM, p(shoulder.x() - 1.2, 0.25), -1);
    }

    /** Face down, propped on the forearms with the elbows under the shoulders, head to the left. */
    private static Pose onForearms(Point hip) {
        double rise = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, (2.0 - hip.y()) / Bone.TRUNK.length))));
        return new Pose(hip, 0, Map.of(Bone.TRUNK, 180.0 - rise, Bone.NECK, 180.0 - rise - 15))
                .arms(-90, 180, -90, 182).facing(Pose.Facing.TURNED);
    }
}
