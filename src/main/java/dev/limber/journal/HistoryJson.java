package dev.limber.journal;

import dev.limber.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code history --json}: the sessions exactly as the journal holds them, plus the statistics,
 * as one JSON document for scripts.
 */
public final class HistoryJson {
    private HistoryJson() {
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

    /**
     * Writes the document to {@code out} a session at a time, so ten thousand sessions never sit
     * in memory as one string.
     */
    public static void write(History h, Appendable out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("zone", h.zone().getId());
        doc.put("streak", h.streak());
        doc.put("sessionCount", h.sessions().size());
        doc.put("completedCount", h.completed());
        List<Object> routines = new ArrayList<>();
        for (History.RoutineCount c : h.routines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", c.title());
            m.put("sessions", c.sessions());
            m.put("completed", c.completed());
            m.put("last", c.last().toString());
            routines.add(m);
        }
        doc.put("routines", routines);
        List<Object> holds = new ArrayList<>();
        for (History.Hold hold : h.holds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("routine", hold.routineId());
            m.put("step", hold.step());
            m.put("side", hold.side());
            m.put("best", seconds(hold.best()));
            m.put("last", seconds(hold.last()));
            m.put("sessions", hold.sessions());
            holds.add(m);
        }
        doc.put("holds", holds);
        List<Object> exercises = new ArrayList<>();
        for (ExerciseProgress e : ExerciseProgress.of(h.workouts())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("routine", e.routineId());
            m.put("step", e.step());
            m.put("sessions", e.holds().size());
            m.put("first", seconds(e.first()));
            m.put("last", seconds(e.last()));
            m.put("best", seconds(e.best()));
            exercises.add(m);
        }
        doc.put("exercises", exercises);
        HeatIceTime heatIce = HeatIceTime.of(h.sessions(), h.zone());
        Map<String, Object> hi = new LinkedHashMap<>();
        hi.put("heatSeconds", seconds(heatIce.heat()));
        hi.put("iceSeconds", seconds(heatIce.ice()));
        List<Object> days = new ArrayList<>();
        for (HeatIceTime.Day d : heatIce.days()) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", d.date().toString());
            day.put("heatSeconds", seconds(d.heat()));
            day.put("iceSeconds", seconds(d.ice()));
            days.add(day);
        }
        hi.put("days", days);
        doc.put("heatIce", hi);
        String head = Json.write(doc);
        out.append(head, 0, head.length() - 1).append(",\"sessions\":[");
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (SessionRecord r : h.sessions()) {
            b.setLength(0);
            if (!first) {
                b.append(',');
            }
            first = false;
            SessionJson.appendTo(r, b);
            out.append(b);
        }
        out.append("]}\n");
    }

    private static BigDecimal seconds(java.time.Duration d) {
        return new BigDecimal(SessionJson.seconds(d));
    }
}
