package dev.limber.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void numbersSortByValueAndCaseIsIgnored() {
        List<String> sorted = List.of("Week 10", "week 2", "Week 1", "Ankles", "Week 02b", "Week 2a")
                .stream().sorted(NaturalOrder.INSTANCE).toList();
        assertThat(sorted).containsExactly("Ankles", "Week 1", "week 2", "Week 2a", "Week 02b", "Week 10");
    }

    @Test
    void aPrefixComesFirst() {
        assertThat(NaturalOrder.INSTANCE.compare("Back", "Back care")).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare("9", "10")).isNegative();
    }
}
