package dev.limber.cli;

/** The {@code limber} program. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        HeadStart.begin(args);
        System.exit(Cli.run(args));
    }
}
