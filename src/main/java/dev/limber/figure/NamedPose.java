package dev.limber.figure;

/** A pose of a figure with its name, e.g. {@code up} of an ab curl. */
public record NamedPose(String name, Pose pose) {
}
