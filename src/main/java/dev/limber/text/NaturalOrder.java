package dev.limber.text;

import java.util.Comparator;

/**
 * Orders text as people read it: case aside, and runs of digits by their value, so "Week 2" comes
 * before "Week 10".
 */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                // without leading zeros, a longer run is a larger number
                String n = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String m = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int c = n.length() != m.length() ? Integer.compare(n.length(), m.length()) : n.compareTo(m);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
