package dev.limber.cue;

import dev.limber.settings.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the {@code voice} setting into a command to run: detected on PATH, the user's own, or none.
 * Every command is run so that it reads the phrase from its standard input, where no option parser
 * looks (see {@link SpeechSink}): espeak-ng and espeak read it line by line when given no text,
 * macOS {@code say} reads it when given no message, and spd-say only in its pipe mode ({@code -e}),
 * which is added to any spd-say command.
 */
final class VoiceCommand {
    /**
     * Tried in this order when {@code voice = auto}. spd-say needs {@code -w} to wait until spoken,
     * and {@code -P text} because its pipe mode would otherwise queue each phrase behind the one
     * playing instead of replacing it.
     */
    static final List<List<String>> KNOWN = List.of(
            List.of("espeak-ng"), List.of("espeak"), List.of("spd-say", "-w", "-P", "text"), List.of("say"));

    private static final String SPD_SAY = "spd-say";
    private static final List<String> SPD_SAY_PIPE_MODE = List.of("-e", "--pipe-mode");

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
        boolean spdSay = program.getFileName() != null && program.getFileName().toString().equals(SPD_SAY);
        if (spdSay && out.stream().noneMatch(SPD_SAY_PIPE_MODE::contains)) {
            out.add("-e");
        }
        return out;
    }
}
