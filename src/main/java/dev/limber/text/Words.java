package dev.limber.text;

import java.util.Locale;

/** How counts and characters are written in what limber says: {@code 3 sessions}, {@code U+001B ESCAPE}. */
public final class Words {
    private Words() {
    }

    /** {@code 1 day}, {@code 2 days}: the count and the word, with an s unless the count is one. */
    public static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** {@code U+001B ESCAPE}: the code and its Unicode name, so a person can find the character. */
    public static String character(int c) {
        String name = Character.getName(c);
        return String.format(Locale.ROOT, "U+%04X", c) + (name == null ? "" : " " + name);
    }
}
