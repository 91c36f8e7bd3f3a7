package dev.limber.figure;

import static dev.limber.figure.Figures.moving;
import static dev.limber.figure.Figures.p;
import static dev.limber.figure.Figures.still;

import java.util.List;
import java.util.Map;

/** Figures standing or sitting (the desk break, the foot baths) and lying with a heat or ice pack. */
final class UprightFigures {
    private UprightFigures() {
    }

    static List<Figure> all() {
        Prop floor = new Prop.Floor(-2.6, 2.6, 0);
        Pose stand = Pose.STANDING;
        Pose marchLeft = stand.legs(-15, -95, -92, -90).with(Bone.NEAR_FOOT, -10).arms(-130, -100, -55, -10);
        Pose marchRight = stand.legs(-88, -90, -15, -95).with(Bone.FAR_FOOT, -10).arms(-55, -10, -130, -100);
        Pose shouldersUp = stand.arms(-112, -80, -108, -78).bend(-0.15).with(Bone.NECK, 95);
        Pose front = stand.legs(-97, -90, -83, -90).arms(-110, -100, -70, -80).with(Bone.NEAR_FOOT, -120)
                .with(Bone.FAR_FOOT, -60).facing(Pose.Facing.FRONT);
        Pose neck = front.with(Bone.NECK, 58);
        Pose chest = stand.arms(-118, -105, -114, -100).bend(-0.2).with(Bone.NECK, 95);
        Pose lunge = new Pose(p(0, 3.55), 0, Map.of(Bone.TRUNK, 92.0))
                .reach(Bone.NEAR_THIGH, p(2.0, 0.35), 1).with(Bone.NEAR_FOOT, 0)
                .reach(Bone.FAR_THIGH, p(-3.2, 0.65), -1).with(Bone.FAR_FOOT, -40)
                .reach(Bone.NEAR_UPPER_ARM, p(3.1, 4.5), -1).reach(Bone.FAR_UPPER_ARM, p(3.0, 4.4), -1);
        Pose raiseDown = stand.reach(Bone.NEAR_UPPER_ARM, p(2.3, 4.25), -1).reach(Bone.FAR_UPPER_ARM, p(2.1, 4.25), -1);
        Pose raiseUp = raiseDown.at(0, 5.2).with(Bone.NEAR_FOOT, -62).with(Bone.FAR_FOOT, -62)
                .reach(Bone.NEAR_UPPER_ARM, p(2.3, 4.25), -1).reach(Bone.FAR_UPPER_ARM, p(2.1, 4.25), -1);
        Pose sit = new Pose(p(-0.3, 2.45), 0, Map.of(Bone.TRUNK, 92.0)).legs(0, -90, 2, -92)
                .with(Bone.NEAR_FOOT, 0).with(Bone.FAR_FOOT, 0);
        Pose twist = sit.reach(Bone.NEAR_UPPER_ARM, p(1.7, 2.95), -1).reach(Bone.FAR_UPPER_ARM, p(-1.2, 4.4), -1);
        Pose wrist = stand.arms(0, 3, -30, 20);
        Point hand = wrist.joints().get(Joint.NEAR_HAND);
        wrist = wrist.reach(Bone.FAR_UPPER_ARM, p(hand.x() - 0.1, hand.y() + 0.15), -1);
        Pose bath = sit.reach(Bone.NEAR_UPPER_ARM, p(1.6, 2.75), -1).reach(Bone.FAR_UPPER_ARM, p(1.4, 2.75), -1)
                .legs(-10, -75, 2, -92).with(Bone.NEAR_FOOT, 5);
        Pose prone = new Pose(p(0, 0.62), 0, Map.of(Bone.TRUNK, 180.0, Bone.NECK, 178.0))
                .legs(-2, -1, -3, 0).with(Bone.NEAR_FOOT, -15).with(Bone.FAR_FOOT, -15).facing(Pose.Facing.TURNED);
        Point head = prone.joints().get(Joint.HEAD);
        prone = prone.reach(Bone.NEAR_UPPER_ARM, p(head.x() + 0.1, 0.3), -1)
                .reach(Bone.FAR_UPPER_ARM, p(head.x() - 0.2, 0.3), -1);
        Pose rest = sit.reach(Bone.NEAR_UPPER_ARM, p(1.2, 2.9), -1).reach(Bone.FAR_UPPER_ARM, p(1.0, 2.9), -1);
        Prop longFloor = new Prop.Floor(-5.0, 5.0, 0);
        return List.of(
                moving("march", "Standing, marching on the spot", "left", marchLeft, "right", marchRight, floor),
                moving("shoulder-rolls", "Standing, the shoulders roll up and back", "down", stand, "up", shouldersUp,
                        floor),
                still("neck-side-stretch", "Standing, seen from the front, one ear dropped towards the shoulder", neck,
                        floor),
                still("chest-opener", "Standing, hands clasped behind, chest lifted", chest, floor),
                still("hip-flexor-stretch", "A short lunge, back heel up, one hand on a chair", lunge,
                        new Prop.Floor(-3.8, 5.0, 0), new Prop.Chair(2.9, 0)),
                moving("calf-raise", "Standing at a desk, rising onto the toes", "down", raiseDown, "up", raiseUp,
                        new Prop.Floor(-2.6, 5.0, 0), new Prop.Desk(1.8, 4.8, 0, 4.2)),
                still("seated-twist", "Sitting on a chair, turning to hold its back", twist,
                        new Prop.Floor(-2.6, 3.2, 0), new Prop.Chair(-1.5, 0)),
                still("wrist-stretch", "Standing, one arm out, the other hand bending its fingers back", wrist, floor),
                still("heat-pack", "Lying face down with a heat pack on the lower back", prone, longFloor,
                        new Prop.Pack(p(-0.3, 1.45), p(-1.3, 1.45), Ink.HOT)),
                still("ice-pack", "Lying face down with an ice pack on the lower back", prone, longFloor,
                        new Prop.Pack(p(-0.3, 1.45), p(-1.3, 1.45), Ink.COLD)),
                still("seated", "Sitting on a chair, hands on the thighs", rest, new Prop.Floor(-2.6, 3.2, 0),
                        new Prop.Chair(-1.5, 0)),
                still("foot-bath-warm", "Sitting, one foot in a bowl of warm water", bath, new Prop.Floor(-2.6, 4.0, 0),
                        new Prop.Chair(-1.5, 0), new Prop.Bowl(1.0, 3.4, 0, Ink.WARM_WATER)),
                still("foot-bath-cold", "Sitting, one foot in a bowl of cold water", bath, new Prop.Floor(-2.6, 4.0, 0),
                        new Prop.Chair(-1.5, 0), new Prop.Bowl(1.0, 3.4, 0, Ink.COLD_WATER)));
    }
}
