package dev.limber.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
    @Test
    void readsTheUsualForms() {
        assertThat(DurationText.parse("30s").value()).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("2m").value()).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationText.parse("20 minutes").value()).isEqualTo(Duration.ofMinutes(20));
        assertThat(DurationText.parse("1h").value()).isEqualTo(Duration.ofHours(1));
        assertThat(DurationText.parse("1m30s").value()).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.parse("1m 30s").value()).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.parse("1.5m").value()).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.parse("1500ms").value()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void aBareNumberNeedsAUnit() {
        assertThat(DurationText.parse("30").error()).isEqualTo("a duration needs a unit: give e.g. 30s or 30m, not 30");
    }

    @Test
    void refusesWhatIsNotADuration() {
        assertThat(DurationText.parse("-5s").error()).contains("negative");
        assertThat(DurationText.parse("5 parsecs").error()).contains("unknown unit \"parsecs\"");
        assertThat(DurationText.parse("soon").error()).contains("expected a duration");
        assertThat(DurationText.parse("99999999999999h").error()).contains("far too long");
    }
}
