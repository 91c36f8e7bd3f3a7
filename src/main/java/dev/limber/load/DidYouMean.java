package dev.limber.load;

import java.util.List;
import java.util.Optional;

/** Suggests the known word a misspelt one was probably meant to be ({@code tiem} -> {@code time}). */
final class DidYouMean {
    private DidYouMean() {
    }

    /** The closest candidate within an edit distance of 2 (1 for words of 3 letters or fewer). */
    static Optional<String> closest(String word, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int limit = word.length() <= 3 ? 1 : 2;
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Damerau-Levenshtein (optimal string alignment): a swap of two letters counts as one edit. */
    static int distance(String a, String b) {
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
