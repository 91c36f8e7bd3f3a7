package dev.limber.cue;

import dev.limber.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code limber cues --test}: plays every tone pattern, speaks one phrase and sends one desktop
 * notification, each the way a session would (the same synthesizer, audio line, bell, speech
 * and notification commands, found the same way), and says for each whether it worked, so a
 * person can trust the alarm before walking away from an ice pack. Runs in the caller's thread
 * and waits for each: unlike a session, a test has nothing better to do.
 */
public final class CueCheck {
    /** What trying one kind of cue found. */
    public enum Status {
        WORKS, OFF, FAILS
    }

    /**
     * One kind of cue and how it went.
     *
     * @param cue {@code tones}, {@code voice} or {@code notifications}
     * @param detail what happened, for a person: which device or tool, or why not and what to do
     */
    public record Report(String cue, Status status, String detail) {
        /** {@code voice: ok (spoke with espeak-ng)}. */
        public String line() {
            return cue + ": " + detail;
        }
    }

    static final String PHRASE = "This is limber. If you can hear this, spoken cues work.";
    static final String TITLE = "limber";
    static final String BODY = "Cue test: if you can read this, notifications work.";

    private final Settings settings;
    private final Host host;
    private final Supplier<AudioOut> audio;

    CueCheck(Settings settings, Host host, Supplier<AudioOut> audio) {
        this.settings = settings;
        this.host = host;
        this.audio = audio;
    }

    /** A check of the cues {@code settings} turn on, on the machine {@code host} describes. */
    public static CueCheck of(Settings settings, Host host) {
        return new CueCheck(settings, host, LineOut::new);
    }

    /** Plays every tone pattern through the audio device, or rings the bell where it would. */
    public Report tones() {
        if (!settings.sound() && !settings.bell()) {
            return new Report("tones", Status.OFF, "off in settings (sound = false, bell = false)");
        }
        String noSound = "off in settings (sound = false)";
        if (settings.sound()) {
            AudioOut out = audio.get();
            try {
                for (TonePattern p : TonePattern.values()) {
                    out.play(ToneSynth.render(p));
                }
                return new Report("tones", Status.WORKS, "ok (played " + TonePattern.values().length
                        + " patterns on the default audio device)");
            } catch (AudioOut.Unavailable e) {
                noSound = "no audio device" + Optional.ofNullable(e.getMessage()).map(m -> " (" + Phrases.clean(m) + ")")
                        .orElse("");
            } finally {
                out.close();
            }
        }
        if (!settings.bell()) {
            return new Report("tones", Status.FAILS, noSound + ", and the bell is off in settings (bell = false): no tones");
        }
        try {
            Bell.tty(host.tty()).ring();
            // a session falls back on the bell the same way: the alarm still sounds, if the
            // terminal lets its bell be heard
            return new Report("tones", Status.WORKS, noSound + "; rang the terminal bell instead (did you hear it?)");
        } catch (IOException e) {
            return new Report("tones", Status.FAILS, noSound + ", and no terminal for the bell: no tones");
        }
    }

    /** Speaks one phrase with the voice command the settings choose. */
    public Report voice() {
        if (settings.voice() instanceof Settings.Voice.Off) {
            return new Report("voice", Status.OFF, "off in settings (voice = off)");
        }
        List<String> notes = new ArrayList<>();
        Optional<List<String>> command = VoiceCommand.resolve(settings.voice(), host.env(), notes::add);
        if (command.isEmpty()) {
            return new Report("voice", Status.FAILS, settings.voice() instanceof Settings.Voice.Command c
                    ? Phrases.clean(c.argv().get(0)) + " not found (the voice setting names it)"
                    : "no text-to-speech command found: install espeak-ng (or espeak, spd-say, say)");
        }
        List<String> argv = new ArrayList<>(command.get());
        argv.add(PHRASE);
        return run("voice", argv, Cues.SPEECH_TIMEOUT_MILLIS, "spoke with ");
    }

    /** Sends one desktop notification, with notify-send (osascript on macOS). */
    public Report notifications() {
        if (!settings.notifications()) {
            return new Report("notifications", Status.OFF, "off in settings (notify = false)");
        }
        String tool = NotifySink.tool(host.osName());
        Optional<Path> program = PathSearch.find(tool, host.env());
        if (program.isEmpty()) {
            return new Report("notifications", Status.FAILS, tool + " not found"
                    + (tool.equals("notify-send") ? ": install it (libnotify-bin on Debian and Ubuntu, libnotify"
                            + " on Fedora and Arch)" : ""));
        }
        return run("notifications", NotifySink.argv(program.get(), tool.equals("osascript"), TITLE, BODY),
                NotifySink.TIMEOUT_MILLIS, "sent with ");
    }

    private Report run(String cue, List<String> argv, long timeoutMillis, String done) {
        String name = Phrases.clean(Path.of(argv.get(0)).getFileName().toString());
        Process p;
        try {
            p = ExternalCommand.start(argv, host.env());
        } catch (IOException e) {
            return new Report(cue, Status.FAILS, name + " could not start");
        }
        return switch (ExternalCommand.await(p, timeoutMillis)) {
            case OK -> new Report(cue, Status.WORKS, "ok (" + done + name + ")");
            case FAILED -> new Report(cue, Status.FAILS, name + " failed (exit " + p.exitValue() + ")");
            case TIMED_OUT -> new Report(cue, Status.FAILS, name + " took over " + timeoutMillis / 1000
                    + " s and was stopped");
            case CANCELLED, INTERRUPTED -> new Report(cue, Status.FAILS, name + " was interrupted");
        };
    }
}
