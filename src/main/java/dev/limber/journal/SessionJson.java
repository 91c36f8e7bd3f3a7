package dev.limber.journal;

import dev.limber.json.Json;
import dev.limber.json.JsonReader;
import dev.limber.plan.Segment;
import dev.limber.routine.Tone;
import dev.limber.session.Effort;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * The journal's line format: a {@link SessionRecord} to a JSON object and back. Times are
 * seconds (with up to three decimals). Absent values, {@code set} 1, {@code skipped} false,
 * {@code overrun} 0 and {@code tone} work are left out to keep lines short.
 * {@link SessionJsonReader} reads them back.
 */
public final class SessionJson {
    /** Format version written into every line. */
    static final int VERSION = 1;

    /** The key of a line's session id, which {@link JournalSearch} looks for without parsing lines. */
    static final String SESSION = "session";

    private SessionJson() {
    }

    /** One journal line, without the newline. */
    public static String line(SessionRecord r) {
        StringBuilder b = new StringBuilder(256 + 96 * r.segments().size());
        appendTo(r, b);
        return b.toString();
    }

    /**
     * Writes the line's JSON object onto {@code b}, field by field: {@code history --json} writes
     * ten thousand of these, and building maps for {@link Json#write} first would cost more than
     * the writing. Text still goes through {@link Json}'s quoting.
     */
    static void appendTo(SessionRecord r, StringBuilder b) {
        b.append("{\"v\":").append(VERSION);
        r.session().ifPresent(v -> text(b, SESSION, v));
        text(b, "routine", r.routineId());
        text(b, "title", r.title());
        text(b, "start", time(r.start()));
        text(b, "end", time(r.end()));
        b.append(",\"planned\":").append(seconds(r.planned()));
        b.append(",\"active\":").append(seconds(r.active()));
        b.append(",\"completed\":").append(r.completed());
        Outcome o = r.outcome();
        b.append(",\"status\":\"").append(o.status().word()).append('"');
        b.append(",\"work\":").append(seconds(Duration.ofMillis(o.permille())));
        b.append(",\"stepsDone\":").append(o.stepsDone());
        if (o.unattended()) {
            b.append(",\"unattended\":true");
        }
        b.append(",\"painBefore\":").append(r.painBefore().isPresent() ? r.painBefore().getAsInt() + "" : "null");
        b.append(",\"painAfter\":").append(r.painAfter().isPresent() ? r.painAfter().getAsInt() + "" : "null");
        b.append(",\"segments\":[");
        boolean first = true;
        for (SegmentRecord s : r.segments()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            segment(s, b);
        }
        b.append("]}");
    }

    private static void segment(SegmentRecord s, StringBuilder b) {
        b.append("{\"step\":").append(s.step());
        text(b, "name", s.name());
        b.append(",\"kind\":\"").append(KIND_WORDS[s.kind().ordinal()]).append('"');
        s.side().ifPresent(v -> text(b, "side", v));
        if (s.set() != 1) {
            b.append(",\"set\":").append(s.set());
        }
        s.round().ifPresent(v -> b.append(",\"round\":").append(v));
        s.phase().ifPresent(v -> text(b, "phase", v));
        Effort e = s.effort();
        e.planned().ifPresent(v -> b.append(",\"planned\":").append(seconds(v)));
        b.append(",\"achieved\":").append(seconds(e.achieved()));
        e.reps().ifPresent(c -> b.append(",\"reps\":").append(c.target()).append(",\"repsDone\":").append(c.done()));
        if (e.skipped()) {
            b.append(",\"skipped\":true");
        }
        if (!s.overrun().isZero()) {
            b.append(",\"overrun\":").append(seconds(s.overrun()));
        }
        if (s.tone() != Tone.WORK) {
            b.append(",\"tone\":\"").append(s.tone().word()).append('"');
        }
        b.append('}');
    }

    private static final String[] KIND_WORDS = Arrays.stream(Segment.Kind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private static void text(StringBuilder b, String key, String value) {
        b.append(",\"").append(key).append("\":").append(Json.write(value));
    }

    /**
     * ISO-8601 with offset and always the seconds: {@code 2025-03-01T08:00:00+01:00}. Written by
     * hand for whole seconds (every time limber records), since the formatter costs more than the
     * rest of a line; anything else goes to the formatter.
     */
    static String time(OffsetDateTime t) {
        int year = t.getYear();
        int offset = t.getOffset().getTotalSeconds();
        if (t.getNano() != 0 || year < 0 || year > 9999 || offset % 60 != 0) {
            return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        StringBuilder b = new StringBuilder(25);
        pad(b, year, 4).append('-');
        pad(b, t.getMonthValue(), 2).append('-');
        pad(b, t.getDayOfMonth(), 2).append('T');
        pad(b, t.getHour(), 2).append(':');
        pad(b, t.getMinute(), 2).append(':');
        pad(b, t.getSecond(), 2);
        if (offset == 0) {
            return b.append('Z').toString();
        }
        b.append(offset < 0 ? '-' : '+');
        int minutes = Math.abs(offset) / 60;
        pad(b, minutes / 60, 2).append(':');
        return pad(b, minutes % 60, 2).toString();
    }

    private static StringBuilder pad(StringBuilder b, int v, int width) {
        String digits = Integer.toString(v);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }

    /** Parses one line; throws {@link IllegalArgumentException} saying what is wrong. */
    public static SessionRecord parse(String line) {
        return SessionJsonReader.parse(new JsonReader(line));
    }

    /** Seconds as a plain decimal, to the millisecond: {@code 30}, {@code 29.5}, {@code 0.125}. */
    static String seconds(Duration d) {
        long ms = d.toMillis();
        long whole = ms / 1000;
        int frac = (int) Math.abs(ms % 1000);
        String sign = ms < 0 && whole == 0 ? "-" : "";
        if (frac == 0) {
            return sign + whole;
        }
        String f = String.valueOf(1000 + frac).substring(1);
        int end = f.length();
        while (f.charAt(end - 1) == '0') {
            end--;
        }
        return sign + whole + "." + f.substring(0, end);
    }
}
