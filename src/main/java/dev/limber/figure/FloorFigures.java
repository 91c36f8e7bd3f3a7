package dev.limber.figure;

import static dev.limber.figure.Figures.moving;
import static dev.limber.figure.Figures.p;
import static dev.limber.figure.Figures.still;

import java.util.List;
import java.util.Map;

/** Figures on a mat: lying on the back or front, on all fours, kneeling. */
final class FloorFigures {
    private FloorFigures() {
    }

    /** Lying on the back, head to the left, arms along the body, legs straight. */
    static final Pose ON_BACK = new Pose(p(0, 0.62), 0, Map.of(Bone.TRUNK, 180.0,
            Bone.NEAR_UPPER_ARM, -2.0, Bone.NEAR_FOREARM, -4.0, Bone.FAR_UPPER_ARM, -2.0, Bone.FAR_FOREARM, -4.0,
            Bone.NEAR_THIGH, -2.0, Bone.NEAR_SHIN, -3.0, Bone.FAR_THIGH, -2.0, Bone.FAR_SHIN, -3.0));

    /** On the back with both knees bent and feet flat. */
    static final Pose KNEES_BENT = ON_BACK.reach(Bone.NEAR_THIGH, p(2.9, 0.3), 1).reach(Bone.FAR_THIGH, p(2.8, 0.3), 1)
            .with(Bone.NEAR_FOOT, 0).with(Bone.FAR_FOOT, 0);

    /** Hands and knees, head to the right, back flat. */
    static final Pose ALL_FOURS = new Pose(p(0, 2.75), 0, Map.of(Bone.TRUNK, 12.0, Bone.NECK, 15.0,
            Bone.NEAR_UPPER_ARM, -90.0, Bone.NEAR_FOREARM, -90.0, Bone.FAR_UPPER_ARM, -88.0, Bone.FAR_FOREARM, -90.0,
            Bone.NEAR_THIGH, -90.0, Bone.NEAR_SHIN, 180.0, Bone.FAR_THIGH, -88.0, Bone.FAR_SHIN, 180.0))
            .with(Bone.NEAR_FOOT, 180).with(Bone.FAR_FOOT, 180);

    static List<Figure> all() {
        Prop floor = new Prop.Floor(-5.2, 5.2, 0);
        Pose hug = ON_BACK.with(Bone.NEAR_THIGH, 125).with(Bone.NEAR_SHIN, 20).with(Bone.NEAR_FOOT, 100)
                .reach(Bone.NEAR_UPPER_ARM, p(-0.7, 2.95), 1).reach(Bone.FAR_UPPER_ARM, p(-0.9, 2.8), 1);
        Pose crossed = KNEES_BENT.with(Bone.FAR_THIGH, 100).with(Bone.FAR_SHIN, 8).with(Bone.FAR_FOOT, 95);
        Point hip = crossed.joints().get(Joint.HIP);
        Point farKnee = crossed.joints().get(Joint.FAR_KNEE);
        Pose piriformis = crossed.reach(Bone.NEAR_THIGH, hip.towards(farKnee, 0.85).plus(0, 0.3), -1)
                .with(Bone.NEAR_FOOT, 175)
                .reach(Bone.NEAR_UPPER_ARM, hip.towards(farKnee, 0.55), 1)
                .reach(Bone.FAR_UPPER_ARM, hip.towards(farKnee, 0.45), 1);
        Pose towel = KNEES_BENT.with(Bone.NEAR_THIGH, 80).with(Bone.NEAR_SHIN, 80).with(Bone.NEAR_FOOT, 0)
                .reach(Bone.NEAR_UPPER_ARM, p(-0.2, 2.9), 1).reach(Bone.FAR_UPPER_ARM, p(-0.4, 2.8), 1);
        Pose curlUp = KNEES_BENT.with(Bone.TRUNK, 150).bend(0.2).with(Bone.NECK, 140)
                .reach(Bone.NEAR_UPPER_ARM, p(-1.6, 2.0), 1).reach(Bone.FAR_UPPER_ARM, p(-1.7, 1.9), 1);
        Pose curlDown = KNEES_BENT.reach(Bone.NEAR_UPPER_ARM, p(-1.6, 1.15), 1).reach(Bone.FAR_UPPER_ARM, p(-1.7, 1.15), 1);
        Pose bridgeUp = KNEES_BENT.at(0, 2.1).with(Bone.TRUNK, 200).reach(Bone.NEAR_THIGH, p(2.6, 0.3), 1)
                .reach(Bone.FAR_THIGH, p(2.5, 0.3), 1).with(Bone.NEAR_FOOT, 0).with(Bone.FAR_FOOT, 0)
                .with(Bone.NECK, 180);
        Pose bridgeArms = bridgeUp.with(Bone.NEAR_UPPER_ARM, -10).with(Bone.NEAR_FOREARM, -5)
                .with(Bone.FAR_UPPER_ARM, -10).with(Bone.FAR_FOREARM, -5);
        Pose plank = plank();
        Pose cat = ALL_FOURS.bend(0.6).with(Bone.NECK, -50);
        Pose cow = ALL_FOURS.bend(-0.45).with(Bone.NECK, 50);
        Pose birdLeft = ALL_FOURS.with(Bone.NEAR_UPPER_ARM, 8).with(Bone.NEAR_FOREARM, 8)
                .with(Bone.FAR_THIGH, 178).with(Bone.FAR_SHIN, 176).with(Bone.FAR_FOOT, 170);
        Pose birdRight = ALL_FOURS.with(Bone.FAR_UPPER_ARM, 8).with(Bone.FAR_FOREARM, 8)
                .with(Bone.NEAR_THIGH, 178).with(Bone.NEAR_SHIN, 176).with(Bone.NEAR_FOOT, 170);
        Pose child = new Pose(p(-1.3, 1.7), 0.25, Map.of(Bone.TRUNK, -16.0, Bone.NECK, -25.0))
                .legs(-35, 180, -35, 180).with(Bone.NEAR_FOOT, 180).with(Bone.FAR_FOOT, 180)
                .reach(Bone.NEAR_UPPER_ARM, p(4.3, 0.25), 1).reach(Bone.FAR_UPPER_ARM, p(4.1, 0.25), 1);
        Pose pigeon = new Pose(p(-0.5, 1.65), 0, Map.of(Bone.TRUNK, 5.0, Bone.NECK, -5.0))
                .legs(-35, 180, 197, 197).with(Bone.NEAR_FOOT, 100).with(Bone.FAR_FOOT, 185)
                .arms(-90, 0, -90, 2);
        Pose tilt = KNEES_BENT.bend(-0.25);
        return List.of(
                still("knee-hug", "On the back, one knee hugged to the chest", hug, floor),
                still("piriformis-stretch", "On the back, one ankle crossed over the other knee, that thigh pulled in",
                        piriformis, floor),
                still("hamstring-towel", "On the back, one leg raised straight with a towel round the foot", towel,
                        floor, new Prop.Strap(Joint.NEAR_HAND, Joint.NEAR_TOE)),
                still("buttock-stretch", "On the forearms, one shin across in front, the other leg straight back",
                        pigeon, floor),
                still("childs-pose", "Kneeling, sitting back to the heels, forehead on the floor", child, floor),
                still("plank", "On forearms and toes, body straight from head to heels", plank, floor),
                moving("ab-curl", "On the back, knees bent: head and shoulders curl up", "down", curlDown, "up", curlUp,
                        floor),
                moving("pelvic-tilt", "On the back, knees bent: the lower back flattens", "rest", tilt, "tilt",
                        KNEES_BENT, floor),
                moving("glute-bridge", "On the back, knees bent: the hips lift", "down", KNEES_BENT, "up", bridgeArms,
                        floor),
                moving("cat-cow", "On hands and knees: the back sags (cow), then rounds (cat)", "cow", cow, "cat", cat,
                        floor),
                moving("bird-dog", "On hands and knees: one arm reaches forward, the other leg back", "left", birdLeft,
                        "right", birdRight, floor),
                still("lying-rest", "Lying on the back, knees bent, resting", KNEES_BENT, floor));
    }

    /** On forearms and toes: elbows under the shoulders, one straight line from head to heels. */
    private static Pose plank() {
        Point shoulder = p(-2.8, 1.95);
        double slope = 11;
        Point hip = shoulder.plus(-slope, Bone.TRUNK.length);
        return new Pose(hip, 0, Map.of(Bone.TRUNK, 180 - slope, Bone.NECK, 180 - slope - 5))
                .legs(-slope, -slope, -slope + 1, -slope)
                .with(Bone.NEAR_FOOT, -95).with(Bone.FAR_FOOT, -95)
                .arms(-92, 180, -90, 182).facing(Pose.Facing.TURNED);
    }
}
