package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How history words a session's status and the share of its work. */
class StatusWordsTest {
    @Test
    void aShareIsShownInWholePercentsAndSomeWorkIsNeverZero() {
        assertThat(HistoryText.status(new Outcome(Status.DONE, 1000, 3, false))).isEqualTo("done");
        assertThat(HistoryText.status(new Outcome(Status.PARTIAL, 405, 1, false))).isEqualTo("partial 40%");
        assertThat(HistoryText.status(new Outcome(Status.QUIT, 6, 0, false))).isEqualTo("quit <1%");
        assertThat(HistoryText.status(new Outcome(Status.QUIT, 0, 0, false))).isEqualTo("quit 0%");
        assertThat(HistoryText.status(new Outcome(Status.DONE, 1000, 3, true))).isEqualTo("done (unattended)");
    }
}
