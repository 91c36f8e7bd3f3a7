package dev.limber.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a typo was probably meant to be: {@code tiem} → {@code time}. */
public final class Suggest {
    private Suggest() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        String t = normal(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(t, normal(k));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = t.length() <= 3 ? 1 : t.length() <= 6 ? 2 : 3;
        if (bestDistance <= allowed) {
            return Optional.ofNullable(best);
        }
        // A word cut short, e.g. "sciatica" for "sciatica-relief".
        if (t.length() >= 3) {
            for (String k : known) {
                if (normal(k).startsWith(t)) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    /** Optimal string alignment distance: Levenshtein plus swapped neighbours (tiem/time is 1). */
    public static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
