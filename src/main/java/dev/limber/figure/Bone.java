package dev.limber.figure;

/**
 * A part of the body model: the joint it hangs from, the joint it ends at, its length and its
 * thickness (radius), in body units (the trunk, hip to shoulder, is 2.7). Limbs are thick on
 * purpose, so that a figure still reads when it is only twenty cells wide.
 */
public enum Bone {
    TRUNK(Joint.HIP, Joint.SHOULDER, 2.7, 0.62),
    NECK(Joint.SHOULDER, Joint.HEAD, 0.8, 0.22),
    NEAR_UPPER_ARM(Joint.SHOULDER, Joint.NEAR_ELBOW, 1.65, 0.27),
    NEAR_FOREARM(Joint.NEAR_ELBOW, Joint.NEAR_HAND, 1.5, 0.23),
    FAR_UPPER_ARM(Joint.SHOULDER, Joint.FAR_ELBOW, 1.65, 0.27),
    FAR_FOREARM(Joint.FAR_ELBOW, Joint.FAR_HAND, 1.5, 0.23),
    NEAR_THIGH(Joint.HIP, Joint.NEAR_KNEE, 2.3, 0.4),
    NEAR_SHIN(Joint.NEAR_KNEE, Joint.NEAR_ANKLE, 2.2, 0.3),
    NEAR_FOOT(Joint.NEAR_ANKLE, Joint.NEAR_TOE, 0.65, 0.2),
    FAR_THIGH(Joint.HIP, Joint.FAR_KNEE, 2.3, 0.4),
    FAR_SHIN(Joint.FAR_KNEE, Joint.FAR_ANKLE, 2.2, 0.3),
    FAR_FOOT(Joint.FAR_ANKLE, Joint.FAR_TOE, 0.65, 0.2);

    /** The radius of the head, drawn as a disc at {@link Joint#HEAD}. */
    static final double HEAD_RADIUS = 0.62;

    final Joint from;
    final Joint to;
    final double length;
    final double radius;

    Bone(Joint from, Joint to, double length, double radius) {
        this.from = from;
        this.to = to;
        this.length = length;
        this.radius = radius;
    }

    /** The bone that hangs from this one's end: forearm from upper arm, shin from thigh. */
    Bone next() {
        return values()[ordinal() + 1];
    }
}
