package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void depthFollowsColortermAndTerm() {
        assertThat(Palette.depth(Map.of("TERM", "xterm-256color", "COLORTERM", "truecolor")))
                .isEqualTo(Palette.Depth.TRUE_COLOR);
        assertThat(Palette.depth(Map.of("TERM", "tmux-256color"))).isEqualTo(Palette.Depth.INDEXED256);
        assertThat(Palette.depth(Map.of("TERM", "xterm"))).isEqualTo(Palette.Depth.ANSI16);
        assertThat(Palette.depth(Map.of("TERM", "linux"))).isEqualTo(Palette.Depth.ANSI16);
        assertThat(Palette.depth(Map.of("TERM", "vt100"))).isEqualTo(Palette.Depth.MONO);
        assertThat(Palette.depth(Map.of("TERM", "xterm-mono"))).isEqualTo(Palette.Depth.MONO);
    }

    @Test
    void noColorWinsWhenSetToAnything() {
        assertThat(Palette.depth(Map.of("TERM", "xterm-256color", "COLORTERM", "truecolor", "NO_COLOR", "1")))
                .isEqualTo(Palette.Depth.MONO);
        assertThat(Palette.depth(Map.of("TERM", "xterm-256color", "NO_COLOR", "")))
                .isEqualTo(Palette.Depth.INDEXED256);
    }
}
