package dev.limber.cli;

import java.util.Locale;

/** The {@code limber} program. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        formatLikeUs();
        System.exit(Cli.run(args));
    }

    /**
     * A C.UTF-8 locale (common over ssh and in containers) reaches Java as plain "en". Numbers
     * are written the same way in en_US, and for it {@code String.format} skips loading the locale
     * data: Lanterna formats its colour codes that way while the first frame is drawn, and the
     * look-up cost about 10 ms of it. Any other locale is left as it is. See
     * docs/ARCHITECTURE.md#start-up.
     */
    static void formatLikeUs() {
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        if (format.equals(Locale.ENGLISH)) {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        }
    }
}
