package dev.limber.tui;

import dev.limber.figure.ColourMode;
import dev.limber.settings.Settings.Theme;
import java.util.Map;

/**
 * The colours pictures are drawn in on this terminal, by the same rule as the player's palette
 * ({@code NO_COLOR}, {@code COLORTERM}, {@code TERM}, {@code theme = mono}), so {@code limber
 * figures} draws a figure as the player would.
 */
public final class PictureColours {
    private PictureColours() {
    }

    public static ColourMode of(Map<String, String> env, Theme theme) {
        return PictureArea.mode(Palette.detect(env, theme).depth());
    }
}
