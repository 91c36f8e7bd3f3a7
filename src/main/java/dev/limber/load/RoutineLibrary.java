package dev.limber.load;

import dev.limber.home.Locations;
import dev.limber.text.Sanitizer;
import dev.limber.text.Suggest;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds routines. ROUTINE is a path to a {@code .conf} file, or an id (the file name without
 * {@code .conf}) looked up in order in {@code ./routines/}, the user routine folder, the
 * routines built into the jar, and last the current folder; the first found wins, so a user file
 * shadows a built-in one.
 * Files in a {@code lib/} folder are fragments for inclusion and are never listed.
 */
public final class RoutineLibrary {
    /**
     * An id is a file name without {@code .conf}: letters and digits of any script, then also
     * spaces, dots, {@code -} and {@code _}; never a path, a hidden file or a control character.
     */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._-]*");

    /** A routine as {@code list} shows it: the file that wins, and the sources it shadows. */
    public record Entry(RoutineFile file, List<Source> shadows) {
        public Entry {
            shadows = List.copyOf(shadows);
        }
    }

    private final Map<Source, Folder> folders = new LinkedHashMap<>();
    /** The folder that holds {@code ./routines}: the current one. */
    private final Path here;

    /**
     * @param local the {@code ./routines} folder; @param user the user routine folder
     */
    public RoutineLibrary(Path local, Path user) {
        this.here = local.getParent() == null ? Path.of("") : local.getParent();
        // Started in the home folder, ./routines is the user folder: listed once, as the user's.
        if (!local.toAbsolutePath().normalize().equals(user.toAbsolutePath().normalize())) {
            folders.put(Source.LOCAL, new Folder.Dir(local));
        }
        folders.put(Source.USER, new Folder.Dir(user));
        folders.put(Source.BUILT_IN, new Folder.Builtin());
    }

    /** The library of a process started in the current directory with these locations. */
    public static RoutineLibrary standard(Locations locations) {
        return new RoutineLibrary(Path.of("routines"), locations.userRoutines());
    }

    /** A routine by path or by id; empty when there is none. */
    public Optional<RoutineFile> find(String routine) {
        if (isPath(routine)) {
            Path p = Path.of(routine);
            return java.nio.file.Files.exists(p) ? Optional.of(fromPath(p)) : Optional.empty();
        }
        if (!ID.matcher(routine).matches()) {
            return Optional.empty();
        }
        for (Map.Entry<Source, Folder> e : folders.entrySet()) {
            if (e.getValue().has(routine + ".conf")) {
                return Optional.of(new RoutineFile(routine, e.getValue(), routine + ".conf", e.getKey()));
            }
        }
        // Last, a file in the current folder: `limber show blog` beside blog.conf. Only last, so a
        // stray file where limber happens to be started never replaces a routine the person knows.
        Path beside = here.resolve(routine + ".conf");
        return java.nio.file.Files.isRegularFile(beside) ? Optional.of(fromPath(beside)) : Optional.empty();
    }

    /** A routine built into limber, whatever the routine folders hold (for {@code heat-ice}). */
    public Optional<RoutineFile> findBuiltIn(String id) {
        Folder builtIn = folders.get(Source.BUILT_IN);
        return ID.matcher(id).matches() && builtIn.has(id + ".conf")
                ? Optional.of(new RoutineFile(id, builtIn, id + ".conf", Source.BUILT_IN))
                : Optional.empty();
    }

    /** One line saying a routine was not found, and what the person may have meant. */
    public String notFound(String routine) {
        String shown = Sanitizer.line(routine);
        if (isPath(routine)) {
            return "no such file: " + shown;
        }
        List<String> ids = list().stream().map(e -> e.file().id()).toList();
        return "no routine \"" + shown + "\""
                + Suggest.closest(routine, ids).map(g -> "; did you mean \"" + g + "\"?").orElse("")
                + " (`limber list` shows the routines; a path to a .conf file works too)";
    }

    /** Every routine found, by id, each with the source it comes from. */
    public List<Entry> list() {
        Map<String, RoutineFile> winners = new LinkedHashMap<>();
        Map<String, List<Source>> shadowed = new LinkedHashMap<>();
        for (Map.Entry<Source, Folder> e : folders.entrySet()) {
            for (String name : e.getValue().routineNames()) {
                String id = name.substring(0, name.length() - ".conf".length());
                if (!ID.matcher(id).matches()) {
                    continue;
                }
                if (winners.containsKey(id)) {
                    shadowed.computeIfAbsent(id, k -> new ArrayList<>()).add(e.getKey());
                } else {
                    winners.put(id, new RoutineFile(id, e.getValue(), name, e.getKey()));
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        winners.keySet().stream().sorted().forEach(id -> out.add(new Entry(winners.get(id),
                shadowed.getOrDefault(id, List.of()))));
        return out;
    }

    /** A routine named by its path; its folder is where it may include from. */
    public static RoutineFile fromPath(Path file) {
        Path parent = file.getParent() == null ? Path.of("") : file.getParent();
        String name = file.getFileName().toString();
        String id = name.endsWith(".conf") ? name.substring(0, name.length() - ".conf".length()) : name;
        return new RoutineFile(id, new Folder.Dir(parent), name, Source.PATH);
    }

    /** A path rather than an id: it has a slash or ends in .conf. */
    public static boolean isPath(String routine) {
        return routine.contains("/") || routine.contains(File.separator) || routine.endsWith(".conf");
    }
}
