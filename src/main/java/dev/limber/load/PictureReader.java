package dev.limber.load;

import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import dev.limber.figure.Figures;
import dev.limber.routine.Picture;
import dev.limber.text.Sanitizer;
import dev.limber.text.Suggest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code picture} and {@code picture-alt} of a step or a phase: the name of a built-in
 * figure, checked against the figures limber has (with did-you-mean), or the path of an image
 * file in the routine's folder ({@link PictureFiles}); and the words shown instead of it.
 */
final class PictureReader {
    private final Values values;
    private final PictureFiles files;

    PictureReader(Values values, Folder folder) {
        this.values = values;
        this.files = new PictureFiles(folder);
    }

    /** The picture of {@code o}; empty when it has none or it is wrong (reported). */
    Optional<Picture> read(ConfigObject o, String path) {
        Optional<String> alt = Optional.ofNullable(o.get("picture-alt"))
                .flatMap(v -> values.text(v, StepReader.at(path, "picture-alt"), false));
        ConfigValue v = o.get("picture");
        if (v == null) {
            if (o.containsKey("picture-alt")) {
                values.report().warning(o.get("picture-alt").origin(), StepReader.at(path, "picture-alt"),
                        "picture-alt describes a picture, but there is no picture; add picture = NAME");
            }
            return Optional.empty();
        }
        String at = StepReader.at(path, "picture");
        Optional<String> text = values.text(v, at, false);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String name = text.get().strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.contains("/") || lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            PictureFiles.Found found = files.find(name);
            if (found instanceof PictureFiles.Found.Refused r) {
                values.report().error(v.origin(), at, r.why());
                return Optional.empty();
            }
            return Optional.of(new Picture.Image(name, ((PictureFiles.Found.At) found).file(), alt));
        }
        if (Figures.named(name).isEmpty()) {
            values.report().error(v.origin(), at, "no figure \"" + Sanitizer.line(name) + "\""
                    + Suggest.closest(name, Figures.names()).map(s -> "; did you mean " + s + "?")
                            .orElse("; limber figures lists them"));
            return Optional.empty();
        }
        return Optional.of(new Picture.Figure(name, alt));
    }
}
