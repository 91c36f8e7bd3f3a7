package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import dev.limber.routine.Tone;
import dev.limber.settings.Settings.Theme;
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

    @Test
    void theThemeSettingChoosesMonoOrTheBackground() {
        Map<String, String> env = Map.of("TERM", "xterm-256color");
        assertThat(Palette.detect(env, Theme.MONO).depth()).isEqualTo(Palette.Depth.MONO);
        assertThat(Palette.detect(env, Theme.LIGHT).light()).isTrue();
        assertThat(Palette.detect(env, Theme.DARK).light()).isFalse();
        assertThat(Palette.detect(Map.of("TERM", "xterm", "COLORFGBG", "0;15"), Theme.AUTO).light()).isTrue();
        assertThat(Palette.detect(Map.of("TERM", "xterm", "COLORFGBG", "15;default;0"), Theme.AUTO).light()).isFalse();
        assertThat(Palette.detect(Map.of("TERM", "xterm", "COLORFGBG", "15;0"), Theme.LIGHT).light()).isTrue();
        assertThat(Palette.detect(Map.of("TERM", "xterm", "COLORFGBG", "junk"), Theme.AUTO).light()).isFalse();
    }

    @Test
    void aLightBackgroundGetsDarkerTones() {
        Palette dark = Palette.detect(Map.of("TERM", "xterm"), Theme.DARK);
        Palette light = Palette.detect(Map.of("TERM", "xterm"), Theme.LIGHT);
        assertThat(dark.tone(Tone.WARM).foreground()).isEqualTo(TextColor.ANSI.RED_BRIGHT);
        assertThat(light.tone(Tone.WARM).foreground()).isEqualTo(TextColor.ANSI.RED);
        assertThat(light.urgent().foreground()).isNotEqualTo(TextColor.ANSI.YELLOW_BRIGHT);
    }
}
