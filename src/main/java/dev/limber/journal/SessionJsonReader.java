package dev.limber.journal;

import dev.limber.json.Json;
import dev.limber.json.JsonReader;
import dev.limber.plan.Segment;
import dev.limber.routine.Tone;
import dev.limber.session.Effort;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a journal line written by {@link SessionJson} back into a {@link SessionRecord}. Strict
 * about what a session needs, it skips keys it does not know so a newer limber's lines still read.
 * It walks the line with a pull reader rather than building maps, and reads our own timestamps by
 * hand: {@code history} reads ten thousand of these and must answer within a second.
 */
final class SessionJsonReader {
    private SessionJsonReader() {
    }

    /** Parses the session {@code in} is set to; throws {@link IllegalArgumentException} saying what is wrong. */
    static SessionRecord parse(JsonReader in) {
        try {
            SessionRecord r = session(in);
            in.finish();
            return r;
        } catch (Json.JsonException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static SessionRecord session(JsonReader in) {
        String routine = null;
        String title = null;
        OffsetDateTime start = null;
        OffsetDateTime end = null;
        Duration planned = Duration.ZERO;
        Duration active = Duration.ZERO;
        Boolean completed = null;
        OptionalInt before = OptionalInt.empty();
        OptionalInt after = OptionalInt.empty();
        List<SegmentRecord> segments = null;
        Optional<String> session = Optional.empty();
        Status status = null;
        int work = 0;
        int stepsDone = 0;
        boolean unattended = false;
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            switch (key) {
                case "routine" -> routine = in.nextString();
                case "title" -> title = in.nextNull() ? null : in.nextString();
                case "start" -> start = time(key, in.nextString());
                case "end" -> end = time(key, in.nextString());
                case "planned" -> planned = duration(key, in);
                case "active" -> active = duration(key, in);
                case "completed" -> completed = bool(key, in);
                case "painBefore" -> before = pain(key, in);
                case "painAfter" -> after = pain(key, in);
                case "segments" -> {
                    segments = new ArrayList<>();
                    in.beginArray();
                    while (in.hasNext()) {
                        segments.add(segment(in));
                    }
                    in.endArray();
                }
                // a status word from a newer limber reads as a line without one
                case "status" -> status = Status.of(in.nextString()).orElse(null);
                case "work" -> work = share(key, in);
                case "stepsDone" -> stepsDone = integer(key, in);
                case "unattended" -> unattended = bool(key, in);
                case SessionJson.SESSION -> session = in.nextNull() ? Optional.empty() : Optional.of(in.nextString());
                default -> in.skipValue();
            }
        }
        in.endObject();
        // in the order the line is written, so the first key missing is the one named
        need("routine", routine);
        need("start", start);
        need("end", end);
        need("completed", completed);
        need("segments", segments);
        if (stepsDone < 0) {
            throw new IllegalArgumentException("\"stepsDone\" is not a whole number");
        }
        // A line from before lines had a status reads as it did then.
        Outcome outcome = status == null ? Outcome.legacy(completed, segments, planned)
                : new Outcome(status, work, stepsDone, unattended);
        return new SessionRecord(routine, title == null ? routine : title, start, end, planned, active, completed,
                before, after, segments, session, outcome);
    }

    private static SegmentRecord segment(JsonReader in) {
        Integer step = null;
        String name = null;
        Segment.Kind kind = null;
        Optional<String> side = Optional.empty();
        int set = 1;
        int round = 0;
        Optional<String> phase = Optional.empty();
        Optional<Duration> planned = Optional.empty();
        Duration achieved = Duration.ZERO;
        int reps = 0;
        int repsDone = 0;
        boolean skipped = false;
        Duration overrun = Duration.ZERO;
        Tone tone = Tone.WORK;
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            switch (key) {
                case "step" -> step = integer(key, in);
                case "name" -> name = in.nextString();
                case "kind" -> kind = kind(in.nextString());
                case "side" -> side = in.nextNull() ? Optional.empty() : Optional.of(in.nextString());
                case "set" -> set = integer(key, in);
                case "round" -> round = integer(key, in);
                case "phase" -> phase = in.nextNull() ? Optional.empty() : Optional.of(in.nextString());
                case "planned" -> planned = in.nextNull() ? Optional.empty() : Optional.of(duration(key, in));
                case "achieved" -> achieved = duration(key, in);
                case "reps" -> reps = integer(key, in);
                case "repsDone" -> repsDone = integer(key, in);
                case "skipped" -> skipped = bool(key, in);
                case "overrun" -> overrun = duration(key, in);
                // a tone from a newer limber reads as work, as a line without one
                case "tone" -> tone = Tone.fromWord(in.nextString()).orElse(Tone.WORK);
                default -> in.skipValue();
            }
        }
        in.endObject();
        need("step", step);
        need("name", name);
        need("kind", kind);
        // Only a reps segment has a count, and a round of 0 or less is no round (nor is it written back).
        Optional<Effort.Count> count = kind == Segment.Kind.REPS ? Optional.of(new Effort.Count(reps, repsDone))
                : Optional.empty();
        return new SegmentRecord(step, name, kind, side, set, round > 0 ? OptionalInt.of(round) : OptionalInt.empty(),
                phase, new Effort(planned, achieved, count, skipped), overrun, tone);
    }

    /** A share from 0 to 1, in thousandths. */
    private static int share(String key, JsonReader in) {
        long v;
        try {
            v = in.nextScaled(3);
        } catch (Json.JsonException e) {
            throw new IllegalArgumentException("\"" + key + "\" is not a number from 0 to 1", e);
        }
        if (v < 0 || v > 1000) {
            throw new IllegalArgumentException("\"" + key + "\" is not a number from 0 to 1");
        }
        return (int) v;
    }

    private static <T> T need(String key, T value) {
        if (value == null) {
            throw new IllegalArgumentException("\"" + key + "\" is missing");
        }
        return value;
    }

    private static Segment.Kind kind(String word) {
        for (Segment.Kind k : KINDS) {
            if (k.name().equalsIgnoreCase(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown segment kind \"" + word + "\"");
    }

    /** {@code values()} copies its array on every call. */
    private static final Segment.Kind[] KINDS = Segment.Kind.values();

    private static boolean bool(String key, JsonReader in) {
        try {
            return in.nextBoolean();
        } catch (Json.JsonException e) {
            throw new IllegalArgumentException("\"" + key + "\" is not true or false", e);
        }
    }

    private static OffsetDateTime time(String key, String text) {
        try {
            OffsetDateTime t = written(text);
            return t != null ? t : OffsetDateTime.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + key + "\" is not an ISO-8601 time with offset", e);
        }
    }

    /**
     * The form limber writes, {@code 2025-03-01T08:00:00+01:00} (or {@code Z}), read by hand:
     * {@code OffsetDateTime.parse} costs more than all the rest of a journal line. Null for any
     * other form, which then goes to the full parser.
     */
    private static OffsetDateTime written(String t) {
        int n = t.length();
        if ((n != 20 && n != 25) || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        ZoneOffset offset;
        char sign = t.charAt(19);
        if (n == 20 && sign == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (n == 25 && (sign == '+' || sign == '-') && t.charAt(22) == ':') {
            int h = digits(t, 20, 2);
            int m = digits(t, 23, 2);
            if (h < 0 || m < 0) {
                return null;
            }
            offset = ZoneOffset.ofHoursMinutes(sign == '+' ? h : -h, sign == '+' ? m : -m);
        } else {
            return null;
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
    }

    /** The number in {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int integer(String key, JsonReader in) {
        long v;
        try {
            v = in.nextScaled(0);
        } catch (Json.JsonException e) {
            throw new IllegalArgumentException("\"" + key + "\" is not a whole number", e);
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("\"" + key + "\" is not a whole number");
        }
        return (int) v;
    }

    private static OptionalInt pain(String key, JsonReader in) {
        if (in.nextNull()) {
            return OptionalInt.empty();
        }
        int v = integer(key, in);
        if (v < 0 || v > 10) {
            throw new IllegalArgumentException("\"" + key + "\" is not 0 to 10");
        }
        return OptionalInt.of(v);
    }

    private static Duration duration(String key, JsonReader in) {
        long millis;
        try {
            millis = in.nextScaled(3);
        } catch (Json.JsonException e) {
            throw new IllegalArgumentException("\"" + key + "\" is not a number of seconds", e);
        }
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalArgumentException("\"" + key + "\" is not a number of seconds");
        }
        return Duration.ofMillis(millis);
    }

    /** Far beyond any session, small enough that no arithmetic on it overflows. */
    private static final long MAX_MILLIS = 100L * 365 * 24 * 3600 * 1000;
}
