package dev.limber.routine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a step or a phase shows beside its countdown ({@code picture} in a routine file), with
 * the words a screen reader or the plain player says instead ({@code picture-alt}; empty means
 * the step's name).
 */
public sealed interface Picture {
    Optional<String> alt();

    /** A figure built into limber, by name, e.g. {@code knee-hug} ({@code limber figures} lists them). */
    record Figure(String name, Optional<String> alt) implements Picture {
    }

    /** A person's own PNG or JPEG, e.g. a photo of a physio's handout. */
    record Image(Path path, Optional<String> alt) implements Picture {
    }
}
