package dev.limber.cue;

import dev.limber.session.Ticker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Speaks phrases by running a text-to-speech command with the phrase on its standard input, never
 * as an argument, so routine text cannot become one of its options (see {@link VoiceCommand}). A
 * phrase about a later moment cancels an earlier one, playing or queued ("3" stops "Get ready:
 * ..." rather than waiting behind it); phrases about the same moment play in turn. Each run has a
 * timeout; a failing command is reported once and then left alone.
 */
final class SpeechSink implements CueSink {
    private static final int QUEUE = 6;
    /** A {@code [} before another: what opens an embedded command for {@code say}. */
    private static final Pattern EMBEDDED_COMMAND = Pattern.compile("\\[(?=\\[)");

    private final List<String> command;
    private final Map<String, String> env;
    private final long timeoutMillis;
    private final Consumer<String> notes;
    private final Lane lane;

    /** The newest moment a phrase was offered for: anything older is stale. */
    private volatile long newestAt = Long.MIN_VALUE;
    /** Bumped by {@link #hush}: a phrase started before the bump stops. */
    private final AtomicLong hushes = new AtomicLong();
    private volatile boolean broken;

    /** @param command the program (absolute path) and its options; the phrase goes to its input */
    SpeechSink(List<String> command, Map<String, String> env, Ticker clock, long staleAfterNanos, long timeoutMillis,
            Consumer<String> notes) {
        this.command = List.copyOf(command);
        this.env = Map.copyOf(env);
        this.timeoutMillis = timeoutMillis;
        this.notes = notes;
        this.lane = new Lane("speech", QUEUE, clock, staleAfterNanos, this::perform,
                e -> notes.accept("Voice stopped working: " + e));
    }

    /**
     * Never blocks on the speaker: it only records that a newer moment has come and drops queued
     * phrases about older ones; the speech thread notices within 10 ms and stops what is playing.
     */
    @Override
    public void offer(Cue cue, long at) {
        if (!(cue instanceof Cue.Say) || broken) {
            return;
        }
        synchronized (this) {
            if (at > newestAt) {
                newestAt = at;
                lane.removeIf(i -> i.at() < at);
            }
        }
        lane.offer(cue, at);
    }

    private void perform(Lane.Item item) {
        String phrase = ProgramText.plain(((Cue.Say) item.cue()).text());
        long hushedBefore = hushes.get();
        if (item.at() < newestAt || phrase.isEmpty()) {
            return;
        }
        Process p;
        try {
            p = ExternalCommand.start(command, env, input(phrase));
        } catch (IOException e) {
            broken = true;
            notes.accept("Voice command " + program() + " could not start: voice is off");
            return;
        }
        ExternalCommand.Outcome outcome = ExternalCommand.await(p, timeoutMillis,
                () -> newestAt > item.at() || hushes.get() != hushedBefore);
        if (outcome == ExternalCommand.Outcome.TIMED_OUT) {
            notes.accept("Voice command " + program() + " took over " + timeoutMillis / 1000 + " s and was stopped");
        } else if (outcome == ExternalCommand.Outcome.FAILED) {
            notes.accept("Voice command " + program() + " failed (exit " + p.exitValue() + ")");
        }
    }

    /**
     * The phrase as the program reads it: one line that starts with a space, because a reader of
     * lines may give a line's start a meaning (spd-say's pipe mode runs a line beginning with
     * {@code !-!} as a Speech Dispatcher command). {@code [[} is broken up because macOS {@code say}
     * reads {@code [[volm 0.1]]} or {@code [[inpt PHON]]} in the text as commands.
     */
    static byte[] input(String phrase) {
        return (" " + EMBEDDED_COMMAND.matcher(phrase).replaceAll("[ ") + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private String program() {
        String p = command.get(0);
        return p.substring(p.lastIndexOf('/') + 1);
    }

    @Override
    public void hush() {
        lane.clear();
        hushes.incrementAndGet();
    }

    /** Stops for good: what is playing is cut off by the hush, and the thread then ends. */
    @Override
    public void close(long graceMillis) {
        lane.close(graceMillis);
        hush();
    }

    long dropped() {
        return lane.dropped();
    }
}
