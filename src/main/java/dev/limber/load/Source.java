package dev.limber.load;

/** Where a routine was found, in lookup order: a path given, then ./routines, the user folder, the jar. */
public enum Source {
    PATH("file"), LOCAL("./routines"), USER("user"), BUILT_IN("built-in");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    /** How {@code list} names the source. */
    public String label() {
        return label;
    }
}
