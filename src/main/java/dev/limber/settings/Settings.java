package dev.limber.settings;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's preferences from {@code limber.conf}: which cues play, the colour theme, and default
 * pauses for routines that do not set their own. A value; {@link #DEFAULTS} when there is no file.
 *
 * @param sound synthesized tones through the audio device
 * @param bell the terminal bell where tones are off or no audio device exists
 * @param voice spoken cues: detected, off, or a command given by the user
 * @param notifications ({@code notify} in the file) desktop notifications when a cycle phase or the routine ends
 * @param prepare default get-ready countdown; empty means the built-in default
 * @param rest default rest between steps; empty means the built-in default
 * @param pictures ({@code pictures = auto | off}) whether the full-screen player shows steps' pictures
 */
public record Settings(
        boolean sound,
        boolean bell,
        Voice voice,
        boolean notifications,
        Theme theme,
        Optional<Duration> prepare,
        Optional<Duration> rest,
        boolean pictures) {

    public static final Settings DEFAULTS = new Settings(true, true, Voice.AUTO, true, Theme.AUTO, Optional.empty(),
            Optional.empty(), true);

    /** How limber speaks, if at all. */
    public sealed interface Voice {
        Voice AUTO = new Auto();
        Voice OFF = new Off();

        /** The first text-to-speech command found on PATH: espeak-ng, espeak, spd-say, say. */
        record Auto() implements Voice {
        }

        record Off() implements Voice {
        }

        /** A command the user set, e.g. {@code espeak-ng -s 150}; it reads the phrase on its standard input. */
        record Command(List<String> argv) implements Voice {
            public Command {
                argv = List.copyOf(argv);
                if (argv.isEmpty()) {
                    throw new IllegalArgumentException("a voice command needs a program");
                }
            }
        }
    }

    /** Colours of the full-screen player; {@code AUTO} follows the terminal and {@code NO_COLOR}. */
    public enum Theme {
        AUTO, DARK, LIGHT, MONO;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Settings withVoice(Voice v) {
        return new Settings(sound, bell, v, notifications, theme, prepare, rest, pictures);
    }

    public Settings withSound(boolean on) {
        return new Settings(on, bell, voice, notifications, theme, prepare, rest, pictures);
    }
}
