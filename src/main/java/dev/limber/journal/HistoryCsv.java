package dev.limber.journal;

import dev.limber.text.Sanitizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code history --csv}: a header row and one row per session, oldest first, for a
 * spreadsheet. Fields are quoted per RFC 4180 (rows end in CRLF; a field with a comma, quote or
 * line break is quoted and its quotes doubled). Text from routine files is also made inert for
 * spreadsheets: control characters are removed, and a leading {@code = + - @} gets a {@code '}
 * so a hostile title cannot become a formula.
 */
public final class HistoryCsv {
    static final String HEADER = "date,start,end,routine,title,active_seconds,planned_seconds,completed,"
            + "pain_before,pain_after,skipped_segments,status,work_percent,unattended,session,"
            + "heat_seconds,ice_seconds";

    private HistoryCsv() {
    }

    public static String render(History h) {
        StringBuilder b = new StringBuilder();
        try {
            write(h, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /** Writes the rows to {@code out} one at a time. */
    public static void write(History h, Appendable out) throws IOException {
        out.append(HEADER).append("\r\n");
        StringBuilder b = new StringBuilder();
        // Ten thousand rows repeat a few ids and titles: make each safe once.
        Map<String, String> texts = new HashMap<>();
        for (SessionRecord r : h.sessions()) {
            b.setLength(0);
            HeatIceTime.Day heatIce = HeatIceTime.of(r, h.zone());
            List<String> row = List.of(
                    History.dayOf(r, h.zone()).toString(),
                    SessionJson.time(r.start()),
                    SessionJson.time(r.end()),
                    texts.computeIfAbsent(r.routineId(), HistoryCsv::text),
                    texts.computeIfAbsent(r.title(), HistoryCsv::text),
                    SessionJson.seconds(r.active()),
                    SessionJson.seconds(r.planned()),
                    r.completed() ? "yes" : "no",
                    level(r.painBefore()),
                    level(r.painAfter()),
                    Integer.toString(skipped(r)),
                    r.status().word(),
                    Integer.toString(r.outcome().percent()),
                    r.unattended() ? "yes" : "no",
                    texts.computeIfAbsent(r.session().orElse(""), HistoryCsv::text),
                    SessionJson.seconds(heatIce.heat()),
                    SessionJson.seconds(heatIce.ice()));
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(field(row.get(i)));
            }
            b.append("\r\n");
            out.append(b);
        }
    }

    private static int skipped(SessionRecord r) {
        int n = 0;
        for (SegmentRecord s : r.segments()) {
            if (s.effort().skipped()) {
                n++;
            }
        }
        return n;
    }

    /** One field, quoted when RFC 4180 requires it. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String text(String s) {
        String t = Sanitizer.line(s);
        return !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0 ? "'" + t : t;
    }

    private static String level(OptionalInt v) {
        return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
    }
}
