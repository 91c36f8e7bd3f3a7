package dev.limber.figure;

/** A named point of the body model, seen from the side: "near" limbs are the ones towards the viewer. */
public enum Joint {
    HIP, SHOULDER, HEAD,
    NEAR_ELBOW, NEAR_HAND, FAR_ELBOW, FAR_HAND,
    NEAR_KNEE, NEAR_ANKLE, NEAR_TOE, FAR_KNEE, FAR_ANKLE, FAR_TOE
}
