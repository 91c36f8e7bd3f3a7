package dev.limber.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.Tempo;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentTest {
    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    @Test
    void eachKindSaysWhatItIsAndHowLongItLasts() {
        Segment hold = SegmentBuilder.work("Plank", s(30)).build();
        Segment tapped = SegmentBuilder.reps("Curl", 10).build();
        Segment paced = SegmentBuilder.reps("Curl", 10).tempo(Tempo.single(s(7))).build();
        Segment note = SegmentBuilder.note("Before you start").build();
        Segment setRest = SegmentBuilder.pause(Segment.Pause.Why.SET_REST, "Plank", s(20)).set(2, 3).build();

        assertThat(hold.kind()).isEqualTo(Segment.Kind.WORK);
        assertThat(hold.length()).contains(s(30));
        assertThat(tapped.kind()).isEqualTo(Segment.Kind.REPS);
        assertThat(tapped.length()).as("tapped reps wait for the user").isEmpty();
        assertThat(paced.length()).as("ten reps of 7 s").contains(s(70));
        assertThat(note.length()).isEmpty();
        assertThat(note.isPause()).isFalse();
        assertThat(setRest.kind()).isEqualTo(Segment.Kind.SET_REST);
        assertThat(setRest.isPause()).isTrue();
        assertThat(setRest.title()).isEqualTo("Rest before set 2/3");
    }

    @Test
    void onlyACyclePhaseHasARoundAPhaseAndOnlyARepCounterHasReps() {
        Segment heat = SegmentBuilder.phase("Heat and ice", "Heat", 1, 2, Duration.ofMinutes(20)).build();
        Segment hold = SegmentBuilder.work("Plank", s(30)).build();
        Segment curl = SegmentBuilder.reps("Curl", 10).build();

        assertThat(heat.round()).contains(new Segment.Round(1, 2));
        assertThat(heat.phase()).contains("Heat");
        assertThat(heat.label()).isEqualTo("Heat and ice: Heat · round 1/2");
        assertThat(hold.round()).isEmpty();
        assertThat(hold.phase()).isEmpty();
        assertThat(hold.reps()).isEmpty();
        assertThat(curl.reps()).contains(new Segment.Reps(10, Optional.empty()));
    }
}
