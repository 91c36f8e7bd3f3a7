package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.session.Summary;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryViewTest {
    @Test
    void theEndScreenShowsCountsActiveTimeNotesAndTheCloseKey() {
        Summary s = new Summary("Sciatica relief", true, 12, 1, 2, 0, Duration.ofSeconds(23 * 60 + 45),
                List.of("Piriformis stretch goes up to 1:15 next time"));
        assertThat(VirtualScreen.render(80, 24, g -> new SummaryView(Palette.of(Palette.Depth.ANSI16)).draw(g, s)))
                .isEqualTo(PlayerViewTest.picture(SUMMARY_80));
        assertThat(VirtualScreen.render(30, 5, g -> new SummaryView(Palette.of(Palette.Depth.ANSI16)).draw(g, s)))
                .contains("Done 12");
    }

    static final String SUMMARY_80 = """









                                           Sciatica relief — finished

                                       Done 12 · cut short 1 · skipped 2
                                               Active time 23:45
                                  Piriformis stretch goes up to 1:15 next time









                 enter close
                """;
}
