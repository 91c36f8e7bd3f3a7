package dev.limber.play;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.session.Result;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal's end time is the session's, not the end of the wait on its last alert. */
class SessionEndTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-04T09:00:00Z");

    @Test
    void theEndIsWhenTheSessionEndedNotWhenItsAlertWasAnswered() {
        Result ended = new Result(1_000, 1_000 + Duration.ofMinutes(20).toNanos(), Duration.ofMinutes(20), true, 0,
                List.of());
        // the person came back to the alert 7 minutes later
        OffsetDateTime answered = START.plusMinutes(27);
        assertThat(PlaySession.endOf(ended, START, 1, answered)).isEqualTo(START.plusMinutes(20));
    }

    @Test
    void aSessionThatNeverRanEndsNow() {
        Result none = new Result(5, 5, Duration.ZERO, false, 0, List.of());
        assertThat(PlaySession.endOf(none, START, 1, START.plusSeconds(3))).isEqualTo(START.plusSeconds(3));
    }
}
