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

    /**
     * A person's own PNG or JPEG in the routine's folder, checked when the routine was loaded:
     * {@code name} as the routine file gives it ({@code img/piriformis.png}), {@code path} its real
     * place on disk, for the player to load (with {@code dev.limber.image.ImageFile}, which
     * re-checks it: the file may have changed since).
     */
    record Image(String name, Path path, Optional<String> alt) implements Picture {
    }
}
