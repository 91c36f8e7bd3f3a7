package dev.limber.load;

import static dev.limber.load.Fixtures.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.Beat;
import dev.limber.routine.Pauses;
import dev.limber.routine.Phase;
import dev.limber.routine.Progress;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.Tempo;
import dev.limber.routine.Tone;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Good files become the model DESIGN describes: kinds from fields, pauses merged, params, reuse. */
class RoutineLoaderTest {

    private static Routine routine(String resource) {
        LoadResult r = load(resource);
        assertThat(r.problems()).isEmpty();
        return r.routine().orElseThrow();
    }

    @Test
    void kindFollowsFromTheFields() {
        List<Step> steps = routine("good/kinds.conf").steps();
        assertThat(steps.get(0)).isInstanceOf(Step.Timed.class);
        assertThat(steps.get(1)).isInstanceOf(Step.Reps.class);
        assertThat(steps.get(2)).isInstanceOf(Step.Reps.class);
        assertThat(steps.get(3)).isInstanceOf(Step.Cycle.class);
        assertThat(steps.get(4)).isInstanceOf(Step.Note.class);
        assertThat(steps.get(5)).isInstanceOf(Step.Timed.class);
    }

    @Test
    void fieldsOfEachKindAreRead() {
        Routine r = routine("good/kinds.conf");
        assertThat(r.id()).isEqualTo("kinds");
        assertThat(r.painCheck()).isTrue();
        Step.Timed timed = (Step.Timed) r.steps().get(0);
        assertThat(timed.time()).isEqualTo(Duration.ofMinutes(1));
        assertThat(timed.progress()).contains(new Progress(Duration.ofSeconds(30), Duration.ofMinutes(3)));
        assertThat(timed.base().tone()).contains(Tone.WORK);
        assertThat(((Step.Reps) r.steps().get(1)).tempo()).contains(Tempo.single(Duration.ofSeconds(4)));
        assertThat(((Step.Reps) r.steps().get(2)).tempo()).isEmpty();
        Step.Cycle cycle = (Step.Cycle) r.steps().get(3);
        assertThat(cycle.rounds()).isEqualTo(2);
        assertThat(cycle.phases()).containsExactly(phase("Heat", Tone.WARM), phase("Ice", Tone.COLD));
        assertThat(cycle.swap()).as("no swap key: no swap").isEqualTo(dev.limber.routine.Swap.NONE);
        assertThat(cycle.skinCheck()).isEqualTo(dev.limber.routine.SkinCheck.DEFAULT);
        assertThat(r.steps().get(4).base().how()).contains("Read me.\nTwo lines.");
        Step stated = r.steps().get(5);
        assertThat(stated.base().sides()).containsExactly("left", "right");
        assertThat(stated.base().sets()).isEqualTo(2);
    }

    private static Phase phase(String name, Tone tone) {
        return new Phase(name, Duration.ofMinutes(1), java.util.Optional.empty(), java.util.Optional.of(tone),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
    }

    @Test
    void routinePausesAreMergedIntoEachStep() {
        Routine r = routine("good/kinds.conf");
        Duration s3 = Duration.ofSeconds(3);
        Duration s7 = Duration.ofSeconds(7);
        Duration s4 = Duration.ofSeconds(4);
        assertThat(r.steps().get(0).base().pauses()).isEqualTo(new Pauses(s3, s7, s4, s7));
        // The step's own rest wins, and set rest follows it unless given.
        assertThat(r.steps().get(2).base().pauses()).isEqualTo(new Pauses(s3, Duration.ZERO, s4, Duration.ZERO));
    }

    @Test
    void pausesDefaultWhenTheRoutineSaysNothing() {
        assertThat(routine("good/plain.conf").steps().get(0).base().pauses()).isEqualTo(RoutineReader.DEFAULT_PAUSES);
    }

    @Test
    void tempoWithBeatsLeavesOutZeroBeats() {
        Routine r = new RoutineLoader().load(RoutineFixtures.inline(
                "title = T\nsteps = [ { name = C, reps = 5, tempo { up = 2s, hold = 0s, down = 3s } } ]")).routine()
                .orElseThrow();
        assertThat(((Step.Reps) r.steps().get(0)).tempo()).contains(new Tempo(List.of(
                new Beat("up", Duration.ofSeconds(2)), new Beat("down", Duration.ofSeconds(3)))));
    }

    @Test
    void durationsMayBeWrittenInSeveralWays() {
        Routine r = new RoutineLoader().load(RoutineFixtures.inline("title = T\nsteps = [\n"
                + " { name = a, time = 20 minutes }\n { name = b, time = 1m30s }\n { name = c, time = \"1h\" }\n"
                + " { name = d, time = 1.5m }\n]")).routine().orElseThrow();
        assertThat(r.steps()).extracting(s -> ((Step.Timed) s).time()).containsExactly(Duration.ofMinutes(20),
                Duration.ofSeconds(90), Duration.ofHours(1), Duration.ofSeconds(90));
    }

    @Test
    void paramsAreKeptInFileOrderAndOverridesReplaceThem() {
        Routine declared = routine("good/params.conf");
        assertThat(declared.params()).containsExactly(Map.entry("hold", "30s"), Map.entry("rounds", "2"),
                Map.entry("loud", "false"), Map.entry("start", "warm"));
        LoadResult r = load("good/params.conf", Map.of("hold", "45s", "rounds", "3", "start", "cold"));
        assertThat(r.problems()).isEmpty();
        Routine over = r.routine().orElseThrow();
        assertThat(over.params()).containsExactly(Map.entry("hold", "45s"), Map.entry("rounds", "3"),
                Map.entry("loud", "false"), Map.entry("start", "cold"));
        assertThat(((Step.Timed) over.steps().get(0)).time()).isEqualTo(Duration.ofSeconds(45));
        Step.Cycle cycle = (Step.Cycle) over.steps().get(1);
        assertThat(cycle.rounds()).isEqualTo(3);
        assertThat(cycle.phases()).extracting(Phase::name).containsExactly("Cold", "Warm");
    }

    @Test
    void includesResolveBesideTheIncludingFile() {
        Routine r = routine("good/reuse/reuse.conf");
        assertThat(r.steps()).extracting(Step::name).containsExactly("Hold", "Curl");
        Step.Timed hold = (Step.Timed) r.steps().get(0);
        assertThat(hold.time()).isEqualTo(Duration.ofSeconds(45));
        assertThat(hold.base().how()).contains("Hold still.");
    }

    @Test
    void problemsInAnIncludedFileNameThatFile() {
        LoadResult r = new RoutineLoader().load(RoutineFixtures.inline("title = T\nsteps = [ ${library.x} ]\n"
                + "include \"lib.conf\"\n"));
        assertThat(r.errors()).hasSize(1);
        assertThat(r.errors().get(0).message()).contains("there is no file");
    }

    @Test
    void unicodeNamesLoadUnchanged() {
        Routine r = routine("good/unicode.conf");
        assertThat(r.title()).isEqualTo("Étirements du matin");
        assertThat(r.about()).contains("Утренняя растяжка · 朝のストレッチ");
        assertThat(r.steps()).extracting(Step::name)
                .containsExactly("Étirement des ischio-jambiers", "Растяжка спины", "深呼吸");
        assertThat(r.steps().get(0).base().sides()).containsExactly("gauche", "droite");
    }
}
