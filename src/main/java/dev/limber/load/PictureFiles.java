package dev.limber.load;

import dev.limber.image.ImageFile;
import dev.limber.image.ImageProblem;
import dev.limber.text.Sanitizer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the image files a routine names as pictures, under the same rules as its includes
 * ({@link IncludePolicy}, then {@link Folder#locate}: relative, no {@code ..}, no symbolic link
 * out, regular files only), and checks each with {@link ImageFile#check} (size, header, a small
 * decode to the end). Each name is checked once per load, however many steps show it, and at most
 * {@link #MAX_FILES} names are: each check may read 4 MiB, so a routine naming thousands of files
 * would take minutes to load.
 */
final class PictureFiles {
    /** Different image files one routine may name: more than a routine has steps worth a photo. */
    static final int MAX_FILES = 100;

    /** Where a picture's file is, or why it cannot be shown. */
    sealed interface Found {
        record At(Path file) implements Found {
        }

        /** Why not, in words for the author. */
        record Refused(String why) implements Found {
        }
    }

    private final Folder folder;
    private final Map<String, Found> checked = new HashMap<>();

    PictureFiles(Folder folder) {
        this.folder = folder;
    }

    /** The file {@code name} names in the routine's folder, checked. */
    Found find(String name) {
        Found known = checked.get(name);
        if (known != null) {
            return known;
        }
        if (checked.size() == MAX_FILES) {
            return problem("more than " + MAX_FILES + " different image files in one routine; show fewer");
        }
        Found found = check(name);
        checked.put(name, found);
        return found;
    }

    private Found check(String name) {
        IncludePolicy.Decision d = IncludePolicy.inFolder("picture", name, "", "= \"img/piriformis.png\"");
        if (!d.allowed()) {
            return problem(d.refusal());
        }
        String shown = "picture \"" + Sanitizer.line(d.path()) + "\"";
        Folder.Place place = folder.locate(d.path());
        if (place instanceof Folder.Read.Missing) {
            return problem(shown + ": there is no such file in the routine's folder ("
                    + Sanitizer.line(folder.display(d.path())) + ")");
        } else if (place instanceof Folder.Read.Outside) {
            return problem(shown + " leads out of the routine's folder (a symbolic link?) and is refused");
        } else if (place instanceof Folder.Read.Failed f) {
            return problem(shown + ": " + Sanitizer.line(f.reason()));
        } else if (place instanceof Folder.Place.InJar) {
            return problem("a built-in routine shows only built-in figures (limber figures lists them), not image files");
        }
        Path file = ((Folder.Place.At) place).file();
        try {
            ImageFile.check(file);
            return new Found.At(file);
        } catch (ImageProblem e) {
            return problem(shown + ": " + e.getMessage());
        }
    }

    private static Found problem(String why) {
        return new Found.Refused(why);
    }
}
