package dev.limber.report;

import dev.limber.journal.Outcome;
import dev.limber.journal.Progression;
import dev.limber.journal.SegmentRecord;
import dev.limber.journal.SessionJson;
import dev.limber.journal.SessionRecord;
import dev.limber.journal.Status;
import dev.limber.load.RoutineLibrary;
import dev.limber.load.RoutineLoader;
import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.plan.Segment;
import dev.limber.routine.Routine;
import dev.limber.session.Effort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * A month of a person's journal for the report's end-to-end check and its README picture, made
 * from the plans of the built-in {@code sciatica-relief} and {@code heat-ice} routines: most days
 * sciatica relief (the plank target growing as the journal says, the right side weaker, pain
 * easing), heat and ice every few days (once left on while the computer slept), a partial
 * session, a quit one, and one quit and resumed. Run as {@code MonthJournal PATH LAST-DAY}.
 */
public final class MonthJournal {
    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(1);

    private MonthJournal() {
    }

    public static void main(String[] args) throws IOException {
        List<SessionRecord> month = month(LocalDate.parse(args[1]));
        List<String> lines = month.stream().map(SessionJson::line).toList();
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
    }

    /** The 30 days up to {@code last}, oldest first. */
    static List<SessionRecord> month(LocalDate last) {
        RoutineLibrary library = new RoutineLibrary(Path.of("no-local-routines"), Path.of("no-user-routines"));
        RoutineLoader loader = new RoutineLoader();
        Routine sciatica = loader.load(library.findBuiltIn("sciatica-relief").orElseThrow()).routine().orElseThrow();
        Routine heatIce = loader.load(library.findBuiltIn("heat-ice").orElseThrow()).routine().orElseThrow();
        Random random = new Random(7);
        List<SessionRecord> out = new ArrayList<>();
        LocalDate first = last.minusDays(29);
        for (int day = 0; day < 30; day++) {
            LocalDate date = first.plusDays(day);
            int pain = 6 - day / 8;
            if (day % 7 != 3 && day != 12 && day != 26) {
                Plan plan = Planner.plan(Progression.of(sciatica, out).routine());
                OffsetDateTime start = date.atTime(7, 30 + random.nextInt(20)).atOffset(OFFSET);
                if (day == 9) {
                    // quit after the stretches, resumed in the evening
                    String id = SessionRecord.newId();
                    out.add(session(plan, start, pain, -1, work(plan, 5, random, day), false, id));
                    out.add(session(plan, start.withHour(19), -1, pain - 2, workFrom(plan, 5, random, day), true, id));
                } else if (day == 18) {
                    out.add(session(plan, start, pain + 1, -1, work(plan, 3, random, day), false, SessionRecord.newId()));
                } else {
                    out.add(session(plan, start, pain, Math.max(0, pain - 1 - random.nextInt(2)),
                            work(plan, Integer.MAX_VALUE, random, day), true, SessionRecord.newId()));
                }
            }
            if (day % 3 == 1) {
                Plan plan = Planner.plan(heatIce);
                OffsetDateTime start = date.atTime(20, 10).atOffset(OFFSET);
                List<SegmentRecord> work = work(plan, Integer.MAX_VALUE, random, day);
                if (day == 13) {
                    work = overrun(work, Duration.ofMinutes(6).plusSeconds(40));
                }
                out.add(session(plan, start, pain + 1, pain - 1, work, true, SessionRecord.newId()));
            }
        }
        return out;
    }

    /** The work of {@code plan} up to step {@code untilStep}, as the person did it that day. */
    private static List<SegmentRecord> work(Plan plan, int untilStep, Random random, int day) {
        List<SegmentRecord> out = new ArrayList<>();
        for (Segment s : plan.segments()) {
            if (s.step() >= untilStep) {
                break;
            }
            if (!s.isPause()) {
                out.add(done(s, random, day));
            }
        }
        return out;
    }

    private static List<SegmentRecord> workFrom(Plan plan, int fromStep, Random random, int day) {
        List<SegmentRecord> out = new ArrayList<>();
        for (Segment s : plan.segments()) {
            if (s.step() >= fromStep && !s.isPause()) {
                out.add(done(s, random, day));
            }
        }
        return out;
    }

    private static SegmentRecord done(Segment s, Random random, int day) {
        Duration planned = s.length().orElse(Duration.ZERO);
        Duration achieved = planned;
        boolean skipped = false;
        // The right side is weaker: some days its stretches end early.
        if (s.kind() == Segment.Kind.WORK && s.side().equals(Optional.of("right")) && planned.toSeconds() <= 30
                && random.nextInt(3) == 0) {
            achieved = Duration.ofSeconds(Math.min(planned.toSeconds() - 2, 14 + random.nextInt(10) + day / 3));
            skipped = true;
        }
        if (day == 21 && s.name().equals("Plank")) {
            achieved = planned.minusSeconds(25);
            skipped = true;
        }
        int target = s.reps().map(Segment.Reps::target).orElse(0);
        return new SegmentRecord(s.step(), s.name(), s.kind(), s.side(), s.set(),
                s.round().map(r -> OptionalInt.of(r.number())).orElse(OptionalInt.empty()), s.phase(),
                new Effort(s.length(), s.kind() == Segment.Kind.REPS ? Duration.ofSeconds(3L * target) : achieved,
                        s.reps().map(r -> new Effort.Count(r.target(), r.target())), skipped),
                Duration.ZERO);
    }

    private static List<SegmentRecord> overrun(List<SegmentRecord> work, Duration by) {
        List<SegmentRecord> out = new ArrayList<>(work);
        for (int i = 0; i < out.size(); i++) {
            SegmentRecord s = out.get(i);
            if (s.phase().equals(Optional.of("Heat"))) {
                out.set(i, new SegmentRecord(s.step(), s.name(), s.kind(), s.side(), s.set(), s.round(), s.phase(),
                        s.effort(), by));
                break;
            }
        }
        return out;
    }

    private static SessionRecord session(Plan plan, OffsetDateTime start, int before, int after,
            List<SegmentRecord> work, boolean completed, String id) {
        long total = 0;
        long done = 0;
        Set<Integer> cut = new HashSet<>();
        Set<Integer> steps = new HashSet<>();
        for (Segment s : plan.segments()) {
            if (!s.isPause() && s.kind() != Segment.Kind.NOTE) {
                total += s.length().orElse(Duration.ofSeconds(3L * s.reps().map(Segment.Reps::target).orElse(0))).toMillis();
            }
        }
        Duration active = Duration.ZERO;
        for (SegmentRecord s : work) {
            active = active.plus(s.effort().achieved());
            steps.add(s.step());
            if (s.kind() != Segment.Kind.NOTE) {
                done += Math.min(s.effort().achieved().toMillis(), s.effort().planned().orElse(s.effort().achieved()).toMillis());
            }
            if (s.effort().skipped()) {
                cut.add(s.step());
            }
        }
        steps.removeAll(cut);
        Status status = !completed ? Status.QUIT : cut.isEmpty() ? Status.DONE : Status.PARTIAL;
        Outcome outcome = new Outcome(status, (int) Math.min(1000, done * 1000 / Math.max(1, total)), steps.size(), false);
        return new SessionRecord(plan.routine().id(), plan.routine().title(), start,
                start.plus(active).plusMinutes(3), plan.total(), active,
                completed, before < 0 ? OptionalInt.empty() : OptionalInt.of(before),
                after < 0 ? OptionalInt.empty() : OptionalInt.of(after), work, Optional.of(id), outcome);
    }
}
