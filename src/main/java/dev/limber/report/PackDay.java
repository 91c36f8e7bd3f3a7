package dev.limber.report;

import dev.limber.journal.History;
import dev.limber.journal.SegmentRecord;
import dev.limber.journal.SessionRecord;
import dev.limber.plan.Segment;
import dev.limber.routine.Tone;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Heat and ice on one day: the time warm and cold work was on the skin, an overrun (the computer
 * asleep past its end) included, since the pack stayed on. Warm and cold are the tones the journal
 * line keeps; a line written before tones were kept asks the routine as it is now.
 */
public record PackDay(LocalDate date, Duration heat, Duration ice) {

    /** The days with any heat or ice, oldest first. */
    static List<PackDay> of(List<SessionRecord> sessions, ZoneId zone, Tones tones) {
        TreeMap<LocalDate, PackDay> byDay = new TreeMap<>();
        for (SessionRecord r : sessions) {
            for (SegmentRecord s : r.segments()) {
                if (s.kind() != Segment.Kind.PHASE && s.kind() != Segment.Kind.WORK) {
                    continue;
                }
                Optional<Tone> tone = s.tone() != Tone.WORK ? Optional.of(s.tone())
                        : tones.of(r.routineId(), s.step(), s.name(), s.phase());
                if (tone.isEmpty() || tone.get() != Tone.WARM && tone.get() != Tone.COLD) {
                    continue;
                }
                Duration on = s.onTheSkin();
                boolean warm = tone.get() == Tone.WARM;
                byDay.merge(History.dayOf(r, zone), new PackDay(History.dayOf(r, zone), warm ? on : Duration.ZERO,
                        warm ? Duration.ZERO : on), PackDay::plus);
            }
        }
        return new ArrayList<>(byDay.values());
    }

    private PackDay plus(PackDay o) {
        return new PackDay(date, heat.plus(o.heat), ice.plus(o.ice));
    }
}
