package dev.limber.load;

/**
 * A routine file found by {@link RoutineLibrary} or named by a path: the file {@code name} inside
 * its {@code folder}, which is also the only place its includes may come from.
 *
 * @param id the file name without {@code .conf}: what the journal and resume files key on
 */
public record RoutineFile(String id, Folder folder, String name, Source source) {

    /** The file as messages name it. */
    public String display() {
        return folder.display(name);
    }
}
