package dev.limber.journal;

import dev.limber.json.Json;
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
            m.put("best", SessionJson.seconds(hold.best()));
            m.put("last", SessionJson.seconds(hold.last()));
            m.put("sessions", hold.sessions());
            holds.add(m);
        }
        doc.put("holds", holds);
        List<Object> sessions = new ArrayList<>(h.sessions().size());
        for (SessionRecord r : h.sessions()) {
            sessions.add(SessionJson.toMap(r));
        }
        doc.put("sessions", sessions);
        return Json.write(doc) + "\n";
    }
}
