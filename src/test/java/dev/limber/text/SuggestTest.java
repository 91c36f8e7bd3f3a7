package dev.limber.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    // a routine step's keys, as load/StepReader knows them
    private static final List<String> KEYS = List.of("name", "how", "kind", "time", "reps", "tempo", "phases",
            "rounds", "start", "sides", "sets", "set-rest", "prepare", "rest", "switch", "progress", "tone");

    @Test
    void swappedLettersAndUnderscoresFindTheKey() {
        assertThat(Suggest.closest("tiem", KEYS)).contains("time");
        assertThat(Suggest.closest("set_rest", KEYS)).contains("set-rest");
        assertThat(Suggest.closest("phase", KEYS)).contains("phases");
    }

    @Test
    void aWordCutShortFindsTheWhole() {
        assertThat(Suggest.closest("sciatica", List.of("heat-ice", "sciatica-relief"))).contains("sciatica-relief");
    }

    @Test
    void nothingCloseMeansNoGuess() {
        assertThat(Suggest.closest("colour", KEYS)).isEmpty();
    }
}
