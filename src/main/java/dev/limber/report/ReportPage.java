package dev.limber.report;

import dev.limber.journal.History;
import dev.limber.journal.HistoryText;
import dev.limber.journal.SegmentRecord;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Status;
import dev.limber.journal.Workout;
import dev.limber.text.Durations;
import dev.limber.text.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Writes a {@link Report} as one self-contained HTML page: inline style, inline SVG charts each
 * followed by a table of its numbers, no script, nothing fetched. Every text from routines and the
 * journal goes through {@link Html#text}.
 */
public final class ReportPage {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final String CSS = css();

    private ReportPage() {
    }

    /** @param made when the report is made, in the report's time zone */
    public static String render(Report r, ZonedDateTime made) {
        StringBuilder b = new StringBuilder(16_384 + 600 * r.history().workouts().size());
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>limber report ").append(r.first()).append(" to ").append(r.last()).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body>\n");
        b.append("<h1>Self-care report</h1>\n<p class=\"period\">")
                .append(r.first().format(DATE)).append(r.first().equals(r.last()) ? "" : " to " + r.last().format(DATE))
                .append(". Dates and times are local time, ").append(Html.text(zone(r, made))).append(".</p>\n");
        if (r.isEmpty()) {
            b.append("<p class=\"empty\">No sessions in this period. Play a routine with <code>limber run ROUTINE</code>"
                    + " and it will show up here.</p>\n");
        } else {
            summary(r, b);
            ChartSections.write(r, b);
            sessions(r, b);
        }
        b.append("<footer>Made by limber on ").append(made.format(WHEN))
                .append(" from the journal of self-care sessions.</footer>\n</body></html>\n");
        return b.toString();
    }

    private static String zone(Report r, ZonedDateTime made) {
        return r.zone().getId() + " (UTC" + made.getOffset().getId().replace("Z", "+00:00") + ")";
    }

    private static void summary(Report r, StringBuilder b) {
        History h = r.history();
        int days = r.adherence().days().size();
        b.append("<section><h2>Summary</h2><div class=\"summary\">");
        card(b, Integer.toString(h.workouts().size()), "sessions");
        card(b, h.count(Status.DONE) + " done", h.count(Status.PARTIAL) + " partial, " + h.count(Status.QUIT) + " quit");
        card(b, Durations.clock(r.active()), "active time (h:mm:ss)");
        card(b, r.adherence().activeDays() + " of " + days, "days with work" + (r.adherence().cut() ? " (latest)" : ""));
        b.append("</div>\n<p>Routines: ");
        List<String> routines = new ArrayList<>();
        for (History.RoutineCount c : h.routines()) {
            routines.add(Html.text(c.title()) + " (" + Words.plural(c.sessions(), "session") + ", " + c.completed()
                    + " done)");
        }
        b.append(String.join("; ", routines)).append(".</p>");
        long unattended = h.workouts().stream().filter(w -> w.outcome().unattended()).count();
        if (unattended > 0) {
            b.append("<p class=\"muted\">").append(Words.plural((int) unattended, "session"))
                    .append(" ran unattended (nobody at the keys): listed, but not counted as work done.</p>");
        }
        b.append("</section>\n");
    }

    private static void card(StringBuilder b, String value, String label) {
        b.append("<div><b>").append(Html.text(value)).append("</b><span>").append(label).append("</span></div>");
    }

    private static void sessions(Report r, StringBuilder b) {
        b.append("<section id=\"sessions\"><h2>Sessions</h2><table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Routine</th>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\" class=\"num\">Active</th>")
                .append("<th scope=\"col\" class=\"num\">Pain before</th><th scope=\"col\" class=\"num\">Pain after</th>")
                .append("<th scope=\"col\">Notes</th></tr></thead><tbody>\n");
        for (Workout w : r.history().workouts()) {
            Status s = w.outcome().status();
            b.append("<tr><td class=\"when\">").append(w.first().start().atZoneSameInstant(r.zone()).format(WHEN))
                    .append("</td><td class=\"routine\">")
                    .append(Html.text(w.last().title())).append("</td><td class=\"when status-").append(s.word()).append("\">")
                    .append(Html.text(HistoryText.status(w.outcome()))).append("</td><td class=\"num\">")
                    .append(Durations.clock(w.active())).append("</td><td class=\"num\">")
                    .append(level(w.first().painBefore())).append("</td><td class=\"num\">")
                    .append(level(w.last().painAfter())).append("</td><td>").append(Html.text(notes(w)))
                    .append("</td></tr>\n");
        }
        b.append("</tbody></table></section>\n");
    }

    /** What else a physiotherapist should know of a session: its parts, and packs left on too long. */
    static String notes(Workout w) {
        List<String> notes = new ArrayList<>();
        if (w.parts().size() > 1) {
            notes.add("resumed: " + w.parts().size() + " parts");
        }
        for (SessionRecord r : w.parts()) {
            for (SegmentRecord s : r.segments()) {
                if (!s.overrun().isZero()) {
                    notes.add(s.phase().orElse(s.name()) + " ran " + Durations.clock(s.overrun())
                            + " longer than planned (computer asleep)");
                }
            }
        }
        return String.join("; ", notes);
    }

    static String level(OptionalInt v) {
        return v.isPresent() ? Integer.toString(v.getAsInt()) : "–";
    }

    static String day(LocalDate d) {
        return d.format(DATE);
    }

    private static String css() {
        try (InputStream in = ReportPage.class.getResourceAsStream("report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
