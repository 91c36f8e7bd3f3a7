package dev.limber.cue;

/**
 * One thing to perform for a person who may not be looking: a tone pattern, a spoken phrase, or
 * a desktop notification. {@link CuePlan} decides these from session events; sinks perform them.
 * Text here is already sanitized.
 */
public sealed interface Cue {
    /** A short human-readable form, for logs and golden tests: {@code tone COUNTDOWN}, {@code say 3}. */
    String describe();

    record Tone(TonePattern pattern) implements Cue {
        @Override
        public String describe() {
            return "tone " + pattern;
        }
    }

    record Say(String text) implements Cue {
        @Override
        public String describe() {
            return "say " + text;
        }
    }

    record Notify(String title, String body) implements Cue {
        @Override
        public String describe() {
            return "notify " + title + " | " + body;
        }
    }
}
