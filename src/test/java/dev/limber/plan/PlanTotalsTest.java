package dev.limber.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.load.LoadResult;
import dev.limber.load.RoutineLibrary;
import dev.limber.load.RoutineLoader;
import dev.limber.routine.Routine;
import dev.limber.text.Durations;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Planned totals of loaded routines: what `show` prints at the bottom. */
class PlanTotalsTest {

    private static Plan plan(String resource, Map<String, String> overrides) {
        try {
            Path p = Path.of(PlanTotalsTest.class.getResource("/" + resource).toURI());
            LoadResult r = new RoutineLoader().load(RoutineLibrary.fromPath(p), overrides);
            assertThat(r.errors()).isEmpty();
            Routine routine = r.routine().orElseThrow();
            assertThat(Planner.count(routine)).isEqualTo(Planner.plan(routine).size());
            return Planner.plan(routine);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyPauseZeroTotalsTheSumOfTheWork() {
        // 30s + 10 reps × 5s + 2 rounds × (1m + 2m) + 2 sets × 45s
        Duration work = Duration.ofSeconds(30 + 50 + 360 + 90);
        Plan plan = plan("good/zero-pauses.conf", Map.of());
        assertThat(plan.total()).isEqualTo(work);
        assertThat(plan.segments()).noneMatch(Segment::isPause);
    }

    @Test
    void sidesDoubleTheTime() {
        Plan plan = plan("good/sides.conf", Map.of());
        assertThat(plan.total()).isEqualTo(Duration.ofSeconds(60));
        assertThat(plan.segments()).extracting(s -> s.side().orElseThrow()).containsExactly("left", "right");
    }

    @Test
    void threeSetsWithFifteenSecondSetRestOnAThirtySecondHoldTotalTwoMinutes() {
        Plan plan = plan("good/sets.conf", Map.of());
        assertThat(Durations.clock(plan.total())).isEqualTo("2:00");
        assertThat(plan.segments()).extracting(Segment::kind).containsExactly(Segment.Kind.WORK, Segment.Kind.SET_REST,
                Segment.Kind.WORK, Segment.Kind.SET_REST, Segment.Kind.WORK);
    }

    @Test
    void setChangesTheTotal() {
        // hold 30s + 2 rounds × (1m + 1m) = 4:30; with hold 45s and 3 rounds = 6:45
        assertThat(Durations.clock(plan("good/params.conf", Map.of()).total())).isEqualTo("4:30");
        assertThat(Durations.clock(plan("good/params.conf", Map.of("hold", "45s", "rounds", "3")).total()))
                .isEqualTo("6:45");
    }

    @Test
    void heatIceStartsWithIceWhenAskedTo() {
        RoutineLibrary lib = new RoutineLibrary(Path.of("no-such-dir"), Path.of("no-such-dir"));
        LoadResult heatFirst = new RoutineLoader().load(lib.find("heat-ice").orElseThrow());
        LoadResult iceFirst = new RoutineLoader().load(lib.find("heat-ice").orElseThrow(), Map.of("start", "ice"));
        assertThat(firstPhase(heatFirst)).isEqualTo("Heat");
        assertThat(firstPhase(iceFirst)).isEqualTo("Ice");
        assertThat(Planner.plan(iceFirst.routine().orElseThrow()).segments())
                .filteredOn(s -> s.kind() == dev.limber.plan.Segment.Kind.PHASE)
                .extracting(s -> s.phase().orElseThrow()).containsExactly("Ice", "Heat", "Ice", "Heat");
    }

    private static String firstPhase(LoadResult r) {
        return Planner.plan(r.routine().orElseThrow()).segments().stream().filter(s -> s.phase().isPresent())
                .findFirst().orElseThrow().phase().orElseThrow();
    }
}
