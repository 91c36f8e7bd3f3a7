package dev.limber.report;

import dev.limber.text.Sanitizer;

/**
 * Makes text safe inside HTML and SVG, in element content and in quoted attributes: controls and
 * bidi overrides are removed first (the same gate as the terminal's), then the five characters
 * markup gives meaning to are escaped, so a step named {@code <script>} is only text.
 */
final class Html {
    private Html() {
    }

    static String text(String s) {
        if (plain(s)) {
            return s;
        }
        String clean = Sanitizer.line(s);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** True when {@code s} needs no change: most text does, and a long report asks this for every cell. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || Sanitizer.isUnsafe(c)) {
                return false;
            }
        }
        return true;
    }
}
