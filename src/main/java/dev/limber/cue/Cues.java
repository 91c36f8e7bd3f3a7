package dev.limber.cue;

import dev.limber.session.Event;
import dev.limber.session.OffTime;
import dev.limber.session.Ticker;
import dev.limber.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one object a player hands its session events to. It turns each event into cues with a
 * {@link CuePlan} and passes them to the sinks (tones or bell, speech, notifications), each on its
 * own thread with a bounded queue: {@link #accept} never blocks and never throws. {@code m}
 * toggles mute; muted, no tone, bell or voice plays, but notifications (silent text) still show.
 *
 * <pre>{@code
 * Cues cues = Cues.builder(settings).title(plan.routine().title()).muted(mute)
 *         .clock(ticker, speed).notes(note -> ...).build();
 * for (Event e : session.tick(ticker.nanos())) cues.accept(e);
 * ...
 * cues.close();
 * }</pre>
 */
public final class Cues implements AutoCloseable {
    /** A tone or phrase more than this late (in real time) is skipped rather than played. */
    static final long STALE_REAL_NANOS = 1_500_000_000L;
    /** How long {@link #close} lets the last cues (the routine's end) finish. */
    static final long CLOSE_GRACE_MILLIS = 3_000;

    private final CuePlan plan;
    private final List<CueSink> sinks;
    private final Ticker clock;
    private final long staleAfterNanos;
    private final OffTime offTime;
    private volatile boolean muted;

    /**
     * @param clock the engine's clock (the one whose nanos the events carry)
     * @param staleAfterNanos engine time after which a tone or phrase is no longer worth playing
     * @param offTime adds when the pack comes off to the notification that a heat or ice phase starts
     */
    public Cues(CuePlan plan, List<CueSink> sinks, Ticker clock, long staleAfterNanos, boolean muted, OffTime offTime) {
        this.plan = plan;
        this.sinks = List.copyOf(sinks);
        this.clock = clock;
        this.staleAfterNanos = staleAfterNanos;
        this.muted = muted;
        this.offTime = offTime;
    }

    public static Builder builder(Settings settings) {
        return new Builder(settings);
    }

    /** Takes one session event, in the order the engine produced them. Returns at once. */
    public void accept(Event event) {
        List<Cue> cues;
        synchronized (plan) {
            try {
                cues = plan.cues(event);
            } catch (RuntimeException e) {
                return; // a cue is never worth stopping the session for
            }
        }
        if (event instanceof Event.Finished f && !f.result().completed()) {
            hushAll(); // quit: stop talking now
        }
        long now = clock.nanos();
        boolean late = now - event.at() > staleAfterNanos;
        for (Cue planned : cues) {
            Cue cue = withOffTime(planned, event, now);
            boolean sound = !(cue instanceof Cue.Notify);
            if (sound && (muted || late)) {
                continue;
            }
            for (CueSink sink : sinks) {
                sink.offer(cue, event.at());
            }
        }
    }

    /**
     * A notification sent as a heat or ice phase starts also says when its pack comes off: the
     * person reading it may be in another room. The plan has no clock, so it is added here.
     */
    private Cue withOffTime(Cue cue, Event event, long now) {
        if (!(cue instanceof Cue.Notify n) || !(event instanceof Event.SegmentStarted s)
                || !OffTime.applies(s.segment())) {
            return cue;
        }
        Duration left = s.segment().length().orElseThrow().minusNanos(Math.max(0, now - s.at()));
        return offTime.text(s.segment(), left)
                .map(off -> (Cue) new Cue.Notify(n.title(), (n.body().isEmpty() ? "" : n.body() + " · ") + Phrases.clean(off)))
                .orElse(cue);
    }

    /** Mutes or unmutes; muting stops what is playing. Returns the new state (true = muted). */
    public boolean toggleMute() {
        setMuted(!muted);
        return muted;
    }

    public void setMuted(boolean mute) {
        muted = mute;
        if (mute) {
            hushAll();
        }
    }

    private void hushAll() {
        for (CueSink sink : sinks) {
            sink.hush();
        }
    }

    /** Lets the last cues finish (up to 3 s in all), then stops every sink. */
    @Override
    public void close() {
        long deadline = System.nanoTime() + CLOSE_GRACE_MILLIS * 1_000_000L;
        for (CueSink sink : sinks) {
            sink.close(Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
        }
    }

    /** Builds the sinks the settings ask for, from what the host has. */
    public static final class Builder {
        private final Settings settings;
        private String title = "Routine";
        private boolean muted;
        private Ticker clock = Ticker.SYSTEM;
        private double speed = 1.0;
        private Consumer<String> notes = n -> { };
        private Host host;
        private Bell bell;
        private Supplier<Clock> wall = Clock::systemDefaultZone;

        private Builder(Settings settings) {
            this.settings = settings;
        }

        /** The routine's title, named when it ends. */
        public Builder title(String routineTitle) {
            this.title = routineTitle;
            return this;
        }

        public Builder muted(boolean mute) {
            this.muted = mute;
            return this;
        }

        /** The engine clock and how much faster than real time it runs ({@code --speed}). */
        public Builder clock(Ticker engineClock, double speedFactor) {
            this.clock = engineClock;
            this.speed = speedFactor;
            return this;
        }

        /**
         * Where quiet notes go ("No audio device: cues use the terminal bell"), each at most once.
         * Called from cue threads: the receiver must be thread-safe.
         */
        public Builder notes(Consumer<String> receiver) {
            this.notes = receiver;
            return this;
        }

        /** The environment, OS and tty to use; {@link Host#current()} by default. */
        public Builder host(Host h) {
            this.host = h;
            return this;
        }

        /** The wall clock, with the local time zone, for when a pack comes off; the system's by default. */
        public Builder wallClock(Supplier<Clock> c) {
            this.wall = c;
            return this;
        }

        /** The bell to ring instead of writing BEL to {@code /dev/tty} (e.g. the screen's own). */
        public Builder bell(Bell b) {
            this.bell = b;
            return this;
        }

        public Cues build() {
            Host h = host != null ? host : Host.current();
            Consumer<String> once = new OnceNotes(notes);
            long stale = (long) (STALE_REAL_NANOS * (speed > 0 ? speed : 1.0));
            List<CueSink> sinks = new ArrayList<>();
            if (settings.sound() || settings.bell()) {
                Optional<AudioOut> audio = settings.sound() ? Optional.of(new LineOut()) : Optional.empty();
                Optional<Bell> b = settings.bell() ? Optional.of(bell != null ? bell : Bell.tty(h.tty())) : Optional.empty();
                sinks.add(new ToneSink(audio, b, clock, stale, once));
            }
            VoiceCommand.resolve(settings.voice(), h.env(), once).ifPresent(command ->
                    sinks.add(new SpeechSink(command, h.env(), clock, stale, SPEECH_TIMEOUT_MILLIS, once)));
            if (settings.notifications()) {
                sinks.add(new NotifySink(h.env(), h.osName(), clock, once));
            }
            return new Cues(new CuePlan(title), sinks, clock, stale, muted, new OffTime(wall, speed > 0 ? speed : 1.0));
        }
    }

    /** Long enough for any phrase limber says; a hung speech command is stopped after it. */
    static final long SPEECH_TIMEOUT_MILLIS = 15_000;
}
