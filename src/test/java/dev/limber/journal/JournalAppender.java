package dev.limber.journal;

import java.nio.file.Path;

/**
 * A second process for {@link JournalTest}: appends {@code COUNT} sessions titled
 * {@code PREFIX N} to the journal at {@code PATH}. Run as {@code JournalAppender PATH PREFIX COUNT}.
 */
public final class JournalAppender {
    private JournalAppender() {
    }

    public static void main(String[] args) throws Exception {
        Journal journal = new Journal(Path.of(args[0]));
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            journal.append(JournalTest.numbered(args[1], i));
        }
    }
}
