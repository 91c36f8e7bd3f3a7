package dev.limber.cue;

import dev.limber.settings.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Turns the {@code voice} setting into a command to run: detected on PATH, the user's own, or none. */
final class VoiceCommand {
    /** Tried in this order when {@code voice = auto}; spd-say needs {@code -w} to wait until spoken. */
    static final List<List<String>> KNOWN = List.of(
            List.of("espeak-ng"), List.of("espeak"), List.of("spd-say", "-w"), List.of("say"));

    private VoiceCommand() {
    }

    /** The program (absolute) and its options, or empty for silence (with a note saying why). */
    static Optional<List<String>> resolve(Settings.Voice voice, Map<String, String> env, Consumer<String> notes) {
        if (voice instanceof Settings.Voice.Command c) {
            Optional<Path> program = PathSearch.find(c.argv().get(0), env);
            if (program.isEmpty()) {
                notes.accept("Voice command not found: " + Phrases.clean(c.argv().get(0)) + "; voice is off");
                return Optional.empty();
            }
            return Optional.of(withProgram(program.get(), c.argv()));
        }
        if (voice instanceof Settings.Voice.Auto) {
            for (List<String> known : KNOWN) {
                Optional<Path> program = PathSearch.find(known.get(0), env);
                if (program.isPresent()) {
                    return Optional.of(withProgram(program.get(), known));
                }
            }
            notes.accept("No text-to-speech command found (espeak-ng, espeak, spd-say, say): voice is off");
        }
        return Optional.empty();
    }

    private static List<String> withProgram(Path program, List<String> argv) {
        List<String> out = new ArrayList<>(argv);
        out.set(0, program.toString());
        return out;
    }
}
