package dev.limber.cli;

import picocli.CommandLine;

/**
 * {@code limber history} as its own process, for {@code bench/history-bench.sh} while the
 * top-level command does not register {@link HistoryCommand} yet.
 */
public final class HistoryMain {
    private HistoryMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new HistoryCommand()).execute(args));
    }
}
