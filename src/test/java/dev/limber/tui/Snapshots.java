package dev.limber.tui;

import dev.limber.plan.Pack;
import dev.limber.plan.Segment;
import dev.limber.plan.SegmentBuilder;
import dev.limber.routine.Tone;
import dev.limber.session.OffTime;
import dev.limber.session.Snapshot;
import dev.limber.session.SnapshotBuilder;
import dev.limber.session.State;
import java.time.Duration;
import java.util.Optional;

/** Hand-made segments and snapshots for the view tests. */
final class Snapshots {
    private Snapshots() {
    }

    /** Off times as a clock standing at 16:26 in Berlin would give them. */
    static final OffTime OFF_TIME = new OffTime(() -> java.time.Clock.fixed(java.time.Instant.parse("2025-03-01T15:26:00Z"),
            java.time.ZoneId.of("Europe/Berlin")), 1);

    /** A heat phase of a cycle, round 1 of 2, 20 minutes. */
    static Segment heat() {
        return SegmentBuilder.phase("Heat and ice", "Heat", 1, 2, Duration.ofMinutes(20)).at(2, 1).tone(Tone.WARM)
                .how("Wrap the heat pack in a towel and rest it on the sore area.")
                .pack(new Pack("Put the heat pack on", "Take the heat pack off", Optional.of(Duration.ofMinutes(5))))
                .build();
    }

    /** The heat phase in {@code state} with {@code remaining} on its countdown. */
    static Snapshot heat(State state, Duration remaining) {
        Duration elapsed = Duration.ofMinutes(20).minus(remaining);
        return SnapshotBuilder.of("Heat and ice", heat()).state(state).step(2, 2).time(remaining, elapsed)
                .progress(elapsed.toMillis() / 1_200_000.0, 0.3, remaining.plusMinutes(20)).build();
    }

    static Segment work(String name, String side, int set, int sets, Duration length, Tone tone, String how) {
        return SegmentBuilder.work(name, length).at(4, 4).side(side).set(set, sets).tone(tone).how(how).build();
    }

    static Segment reps(String name, int reps, String how) {
        return SegmentBuilder.reps(name, reps).at(7, 6).how(how).build();
    }

    static Segment note(String name, String how) {
        return SegmentBuilder.note(name).how(how).build();
    }

    static final String HOW = "Lie on your back, cross the left ankle over the right knee and pull the right "
            + "thigh towards your chest until you feel the stretch deep in the left buttock.";

    /** Piriformis stretch, left side, set 1 of 2, 45 s of which 30 s are left, step 5 of 14. */
    static Snapshot piriformis(State state, Duration remaining) {
        Segment seg = work("Piriformis stretch", "left", 1, 2, Duration.ofSeconds(45), Tone.WORK, HOW);
        Segment next = work("Piriformis stretch", "right", 1, 2, Duration.ofSeconds(45), Tone.WORK, HOW);
        Duration elapsed = Duration.ofSeconds(45).minus(remaining);
        return SnapshotBuilder.of("Sciatica relief", seg).state(state).next(next).step(5, 14).time(remaining, elapsed)
                .progress(elapsed.toMillis() / 45000.0, 0.25, Duration.ofSeconds(18 * 60 + 30)).build();
    }

    static Snapshot piriformis() {
        return piriformis(State.RUNNING, Duration.ofSeconds(30));
    }

    /** A routine and a step named in Russian and Chinese, 1:05 left of 2:00. */
    static Snapshot cjk() {
        Segment seg = work("Растяжка 股四头肌", "left", 1, 1, Duration.ofSeconds(120), Tone.WARM,
                "Медленно тянитесь. 慢慢地伸展大腿前侧，保持呼吸。");
        Segment next = work("Планка 平板支撑", null, 1, 1, Duration.ofSeconds(60), Tone.WORK, null);
        return SnapshotBuilder.of("Утренняя разминка 早操", seg).next(next).step(2, 6)
                .time(Duration.ofSeconds(65), Duration.ofSeconds(55)).progress(55 / 120.0, 0.4, Duration.ofSeconds(9 * 60))
                .build();
    }

    /** Tapped ab curls: {@code done} of 10, optionally in a paced beat. */
    static Snapshot curls(int done, Optional<String> beat) {
        Segment seg = reps("Ab curls", 10, "Slow and controlled; breathe out on the way up.");
        return SnapshotBuilder.of("Sciatica relief", seg).step(7, 14).waiting(Duration.ofSeconds(20)).reps(done, beat)
                .progress(done / 10.0, 0.6, Duration.ofSeconds(8 * 60)).build();
    }

    /** A note that waits for Enter. */
    static Snapshot welcome() {
        Segment seg = note("Before you start", "Put the foam roller within reach.\nLie on a mat, not a bed.");
        Segment next = work("Foam roll glutes", "left", 1, 1, Duration.ofSeconds(60), Tone.WORK, null);
        return SnapshotBuilder.of("Sciatica relief", seg).next(next).step(1, 14).waiting(Duration.ofSeconds(4))
                .progress(0, 0, Duration.ofSeconds(24 * 60)).build();
    }
}
