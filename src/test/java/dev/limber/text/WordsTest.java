package dev.limber.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void oneOfAThingHasNoS() {
        assertThat(Words.plural(1, "day")).isEqualTo("1 day");
        assertThat(Words.plural(0, "session")).isEqualTo("0 sessions");
        assertThat(Words.plural(12, "full session")).isEqualTo("12 full sessions");
    }

    @Test
    void aCharacterIsNamedByItsCodeAndUnicodeName() {
        assertThat(Words.character(0x1B)).isEqualTo("U+001B ESCAPE");
        assertThat(Words.character(0x7F)).isEqualTo("U+007F DELETE");
        assertThat(Words.character(0x10FFFF)).as("unassigned: the code alone").isEqualTo("U+10FFFF");
    }
}
