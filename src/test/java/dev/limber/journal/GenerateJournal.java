package dev.limber.journal;

import dev.limber.plan.Segment;
import dev.limber.session.Effort;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Benchmark input for {@code bench/history-bench.sh}: writes a journal of {@code COUNT} realistic
 * sessions (three routines, sides, sets, reps, pain, some skips and quits), one a day or so.
 * Run as {@code GenerateJournal PATH COUNT}.
 */
public final class GenerateJournal {
    private GenerateJournal() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Random random = new Random(42);
        OffsetDateTime t = OffsetDateTime.parse("2000-01-01T07:30:00+01:00");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                t = t.plusHours(10 + random.nextInt(20));
                w.write(SessionJson.line(session(i, t, random)));
                w.write('\n');
            }
        }
    }

    private static SessionRecord session(int n, OffsetDateTime start, Random random) {
        String[] ids = {"sciatica", "plank-ladder", "heat-ice"};
        String id = ids[n % 3];
        boolean quit = random.nextInt(10) == 0;
        List<SegmentRecord> segs = new ArrayList<>();
        int steps = id.equals("heat-ice") ? 4 : 14;
        for (int step = 0; step < steps; step++) {
            String name = "Step " + step + (step % 4 == 0 ? ", held" : "");
            List<String> sides = step % 2 == 0 ? List.of("left", "right") : List.of();
            for (int set = 1; set <= (step % 5 == 0 ? 2 : 1); set++) {
                for (Optional<String> side : sides.isEmpty() ? List.of(Optional.<String>empty())
                        : sides.stream().map(Optional::of).toList()) {
                    boolean skipped = random.nextInt(20) == 0;
                    if (step % 3 == 1) {
                        segs.add(new SegmentRecord(step, name, Segment.Kind.REPS, side, set, OptionalInt.empty(),
                                Optional.empty(), new Effort(Optional.empty(), Duration.ofSeconds(35),
                                        Optional.of(new Effort.Count(12, skipped ? 7 : 12)), skipped), Duration.ZERO));
                    } else {
                        Duration planned = Duration.ofSeconds(30 + 15 * (n % 6));
                        Duration achieved = skipped ? planned.minusSeconds(random.nextInt(25)) : planned;
                        segs.add(new SegmentRecord(step, name, Segment.Kind.WORK, side, set, OptionalInt.empty(),
                                Optional.empty(), new Effort(Optional.of(planned), achieved, Optional.empty(), skipped),
                                Duration.ZERO));
                    }
                }
            }
            if (quit && step == steps / 2) {
                break;
            }
        }
        OptionalInt before = random.nextInt(4) == 0 ? OptionalInt.empty() : OptionalInt.of(3 + random.nextInt(6));
        OptionalInt after = before.isPresent() ? OptionalInt.of(Math.max(0, before.getAsInt() - random.nextInt(3)))
                : OptionalInt.empty();
        Duration active = Duration.ofSeconds(900 + random.nextInt(600));
        return new SessionRecord(id, "Routine " + id, start, start.plus(active).plusSeconds(random.nextInt(120)),
                Duration.ofMinutes(25), active, !quit, before, quit ? OptionalInt.empty() : after, segs,
                Optional.of(SessionRecord.newId()), Outcome.legacy(!quit, segs, Duration.ofMinutes(25)));
    }
}
