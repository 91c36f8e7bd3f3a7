package dev.limber.report;

import dev.limber.journal.Journal;
import dev.limber.journal.Outcome;
import dev.limber.journal.SegmentRecord;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Status;
import dev.limber.plan.Segment;
import dev.limber.routine.Tone;
import dev.limber.session.Effort;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A small journal whose report numbers are worked out by hand in ReportTest, written to a file and
 * read back through {@link Journal} as the command reads it. In Europe/Berlin (UTC+1 in November):
 * <ul>
 * <li>2 Nov 07:30 back care, done, pain 6 then 4: knee hug 0:30 a side, plank 0:30;
 * <li>4 Nov 00:30 (3 Nov 23:30 UTC) back care, partial 60%, pain 5 then 3: right knee hug cut at 0:12,
 *     plank raised to 1:00;
 * <li>5 Nov 09:00 back care unattended, done: the right knee hug skipped after 3 s (not held);
 * <li>6 Nov 08:00 heat and ice quit after heat (10 min, left on 2 min longer while the computer
 *     slept; pain 7 before), resumed 18:00 for the ice (10 min; pain 5 after): 30% + 40% of the work;
 * <li>1 Oct, another routine: before the period.
 * </ul>
 */
final class KnownJournal {
    /** Nothing is known of the routines: no minutes count as heat or ice. */
    static final Tones NO_TONES = (routine, step, name, phase) -> Optional.empty();
    static final Tones TONES = (routine, step, name, phase) -> phase.equals(Optional.of("Heat")) ? Optional.of(Tone.WARM)
            : phase.equals(Optional.of("Ice")) ? Optional.of(Tone.COLD) : Optional.of(Tone.WORK);

    private KnownJournal() {
    }

    static List<SessionRecord> write(Path file) throws IOException {
        Journal journal = new Journal(file);
        for (SessionRecord r : records()) {
            journal.append(r);
        }
        return journal.read().records();
    }

    static List<SessionRecord> records() {
        return List.of(
                back("2026-10-01T08:00:00+02:00", "other", Status.DONE, 1000, 6, 4, false,
                        hold("Knee hug", "left", 30, 30, false)),
                back("2026-11-02T07:30:00+01:00", "back", Status.DONE, 1000, 6, 4, false,
                        hold("Knee hug", "left", 30, 30, false), hold("Knee hug", "right", 30, 30, false),
                        hold("Plank", null, 30, 30, false)),
                back("2026-11-03T23:30:00Z", "back", Status.PARTIAL, 600, 5, 3, false,
                        hold("Knee hug", "left", 30, 30, false), hold("Knee hug", "right", 30, 12, true),
                        hold("Plank", null, 60, 60, false)),
                back("2026-11-05T09:00:00+01:00", "back", Status.DONE, 1000, -1, -1, true,
                        hold("Knee hug", "left", 30, 30, false), hold("Knee hug", "right", 30, 3, true),
                        hold("Plank", null, 30, 30, false)),
                part("2026-11-06T08:00:00+01:00", Status.QUIT, 300, 7, -1,
                        phase("Heat", Duration.ofMinutes(10), Duration.ofMinutes(2))),
                part("2026-11-06T18:00:00+01:00", Status.DONE, 400, -1, 5,
                        phase("Ice", Duration.ofMinutes(10), Duration.ZERO)));
    }

    private static SessionRecord back(String start, String id, Status status, int permille, int before, int after,
            boolean unattended, SegmentRecord... segments) {
        OffsetDateTime s = OffsetDateTime.parse(start);
        return new SessionRecord(id, "Back care", s, s.plusMinutes(5), Duration.ofMinutes(4), Duration.ofMinutes(4),
                status != Status.QUIT, pain(before), pain(after), List.of(segments), Optional.of("id-" + start),
                new Outcome(status, permille, 1, unattended));
    }

    private static SessionRecord part(String start, Status status, int permille, int before, int after,
            SegmentRecord segment) {
        OffsetDateTime s = OffsetDateTime.parse(start);
        return new SessionRecord("heat-ice", "Heat and ice", s, s.plusMinutes(12), Duration.ofMinutes(40),
                Duration.ofMinutes(10), status != Status.QUIT, pain(before), pain(after), List.of(segment),
                Optional.of("heat-ice-1"), new Outcome(status, permille, 0, false));
    }

    private static OptionalInt pain(int level) {
        return level < 0 ? OptionalInt.empty() : OptionalInt.of(level);
    }

    static SegmentRecord hold(String name, String side, int planned, int achieved, boolean skipped) {
        return new SegmentRecord(name.equals("Plank") ? 1 : 0, name, Segment.Kind.WORK, Optional.ofNullable(side), 1,
                OptionalInt.empty(), Optional.empty(),
                new Effort(Optional.of(Duration.ofSeconds(planned)), Duration.ofSeconds(achieved), Optional.empty(), skipped),
                Duration.ZERO);
    }

    private static SegmentRecord phase(String name, Duration time, Duration overrun) {
        return new SegmentRecord(0, "Heat and ice", Segment.Kind.PHASE, Optional.empty(), 1, OptionalInt.of(1),
                Optional.of(name), new Effort(Optional.of(time), time, Optional.empty(), false), overrun);
    }
}
