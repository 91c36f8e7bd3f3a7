package dev.limber.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.limber.routine.Tone;
import dev.limber.settings.Settings.Theme;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The colours of the player, picked once for the terminal's colour depth and background (the
 * settings' {@code theme}). Tones: warm red, cold blue, work green, rest dim. Without colour (a monochrome terminal, or {@code NO_COLOR} set) the
 * same roles fall back to bold and reverse video, so nothing depends on colour alone.
 */
final class Palette {
    /** How many colours the terminal can show. */
    enum Depth { MONO, ANSI16, INDEXED256, TRUE_COLOR }

    private final Depth depth;
    /** On a light background the bright colours wash out: darker ones instead. */
    private final boolean light;
    private final EnumMap<Tone, Style> tones = new EnumMap<>(Tone.class);
    private final Style urgent;
    private final Style dim;
    private final Style key;
    private final Style overlay;
    private final Style heading;

    private Palette(Depth depth, boolean light) {
        this.depth = depth;
        this.light = light;
        for (Tone t : Tone.values()) {
            tones.put(t, makeTone(t));
        }
        urgent = makeUrgent();
        dim = makeDim();
        key = Style.PLAIN.with(SGR.BOLD);
        overlay = Style.PLAIN.with(SGR.REVERSE).with(SGR.BOLD);
        heading = Style.PLAIN.with(SGR.BOLD);
    }

    static Palette of(Depth depth) {
        return new Palette(depth, false);
    }

    static Palette detect(Map<String, String> env) {
        return detect(env, Theme.AUTO);
    }

    /**
     * The palette for this terminal and the settings' {@code theme}: {@code mono} drops colour,
     * {@code light} and {@code dark} say what the background is; {@code auto} reads it from
     * {@code COLORFGBG} (set by rxvt, Konsole and others) and assumes dark without it.
     */
    static Palette detect(Map<String, String> env, Theme theme) {
        Depth d = theme == Theme.MONO ? Depth.MONO : depth(env);
        boolean light = theme == Theme.LIGHT || (theme == Theme.AUTO && lightBackground(env));
        return new Palette(d, light);
    }

    /** {@code COLORFGBG=0;15} (black on white) means light; the last number is the background. */
    static boolean lightBackground(Map<String, String> env) {
        String v = env.getOrDefault("COLORFGBG", "");
        String[] parts = v.split(";");
        try {
            int bg = Integer.parseInt(parts[parts.length - 1].trim());
            return bg == 7 || (bg >= 9 && bg <= 15); // 0-6 and 8 are the dark ones
        } catch (NumberFormatException e) {
            return false;
        }
    }

    boolean light() {
        return light;
    }

    /**
     * The colour depth from the environment: {@code NO_COLOR} (any non-empty value, see
     * no-color.org) wins; then {@code COLORTERM=truecolor|24bit}; then a {@code TERM} naming 256
     * colours; a {@code TERM} that says mono, or a bare VT100/VT220, gets none; anything else 16.
     */
    static Depth depth(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return Depth.MONO;
        }
        String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        if (term.contains("mono") || term.equals("vt100") || term.equals("vt220") || term.equals("dumb")) {
            return Depth.MONO;
        }
        String colorTerm = env.getOrDefault("COLORTERM", "").toLowerCase(Locale.ROOT);
        if (colorTerm.equals("truecolor") || colorTerm.equals("24bit")) {
            return Depth.TRUE_COLOR;
        }
        if (term.contains("256color") || term.contains("direct")) {
            return Depth.INDEXED256;
        }
        return Depth.ANSI16;
    }

    Depth depth() {
        return depth;
    }

    /** Digits, step title and the step bar, in the colour of the tone. */
    Style tone(Tone tone) {
        return tones.get(tone);
    }

    /** The countdown in its last 3 seconds. */
    Style urgent() {
        return urgent;
    }

    /** Secondary text: labels, the empty part of a bar, "Next:". */
    Style dim() {
        return dim;
    }

    /** Key names in the footer and the help screen. */
    Style key() {
        return key;
    }

    /** The paused banner, the quit question, prompts and the selected line of the picker. */
    Style overlay() {
        return overlay;
    }

    /** The routine title in the header. */
    Style heading() {
        return heading;
    }

    private Style makeTone(Tone tone) {
        if (depth == Depth.MONO) {
            return tone == Tone.REST ? Style.PLAIN : Style.PLAIN.with(SGR.BOLD);
        }
        if (tone == Tone.REST && depth == Depth.ANSI16) {
            // a 16-colour "grey" is the background colour in some themes; plain text is safe
            return Style.PLAIN;
        }
        return Style.fg(colour(tone)).with(SGR.BOLD);
    }

    private Style makeUrgent() {
        if (depth == Depth.MONO) {
            return Style.PLAIN.with(SGR.REVERSE).with(SGR.BOLD);
        }
        // yellow is the most visible change on a dark background; on a light one, a deep orange
        return light ? Style.fg(pick(TextColor.ANSI.MAGENTA, 166, 200, 90, 0)).with(SGR.BOLD)
                : Style.fg(pick(TextColor.ANSI.YELLOW_BRIGHT, 220, 255, 210, 60)).with(SGR.BOLD);
    }

    private Style makeDim() {
        if (depth == Depth.MONO || depth == Depth.ANSI16) {
            return Style.PLAIN;
        }
        return Style.fg(pick(TextColor.ANSI.DEFAULT, 244, 128, 128, 128));
    }

    private TextColor colour(Tone tone) {
        if (light) {
            return switch (tone) {
                case WARM -> pick(TextColor.ANSI.RED, 160, 190, 40, 30);
                case COLD -> pick(TextColor.ANSI.BLUE, 26, 20, 90, 200);
                case WORK -> pick(TextColor.ANSI.GREEN, 28, 20, 130, 50);
                case REST -> pick(TextColor.ANSI.DEFAULT, 243, 110, 110, 110);
            };
        }
        return switch (tone) {
            case WARM -> pick(TextColor.ANSI.RED_BRIGHT, 203, 235, 90, 70);
            case COLD -> pick(TextColor.ANSI.BLUE_BRIGHT, 75, 90, 150, 245);
            case WORK -> pick(TextColor.ANSI.GREEN_BRIGHT, 78, 90, 205, 110);
            case REST -> pick(TextColor.ANSI.DEFAULT, 246, 150, 150, 150);
        };
    }

    private TextColor pick(TextColor ansi, int indexed, int r, int g, int b) {
        return switch (depth) {
            case TRUE_COLOR -> new TextColor.RGB(r, g, b);
            case INDEXED256 -> new TextColor.Indexed(indexed);
            default -> ansi;
        };
    }
}
