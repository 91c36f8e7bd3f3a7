package dev.limber.play;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.cli.Context;
import dev.limber.cli.RoutineOpener;
import dev.limber.home.Locations;
import dev.limber.journal.Journal;
import dev.limber.journal.ResumeStore;
import dev.limber.journal.SessionRecord;
import dev.limber.load.RoutineFile;
import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heat-ice --rounds 3}, quit, then {@code heat-ice --resume}: the same plan, so it resumes. */
class ResumeAsPlayedTest {
    @TempDir
    Path home;

    private final StringWriter err = new StringWriter();
    /** How often the routine file was loaded: once per session. */
    private final List<String> loads = new ArrayList<>();

    private PlayRequest request(PlayRequest.Opener opener, boolean resume, Map<String, String> given) {
        PlayRequest.Opener counted = new PlayRequest.Opener() {
            @Override
            public String id() {
                return opener.id();
            }

            @Override
            public PlayRequest.Opened open(Map<String, String> overrides) {
                loads.add("open " + overrides);
                return opener.open(overrides);
            }

            @Override
            public PlayRequest.Opened openAsPlayed(Map<String, String> played) {
                loads.add("as played");
                return opener.openAsPlayed(played);
            }
        };
        return new PlayRequest(counted, given, 1, true, resume, false, PlayRequest.Gate.OPEN,
                t -> new FakeStage(FakeStage.THROUGH));
    }

    @Test
    void resumeAloneOpensTheRoutineOnceWithTheParametersItWasPlayedWith() throws Exception {
        Context context = new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home),
                home.resolve("local"), false);
        RoutineOpener opener = new RoutineOpener(context);
        RoutineFile heatIce = context.library().findBuiltIn("heat-ice").orElseThrow();
        PlayRequest.Opener forPlay = opener.forPlay(heatIce, Map.of(), new PrintWriter(err));
        Plan played = Planner.plan(forPlay.open(Map.of("rounds", "3", "heat", "15m")).routine());
        ResumeStore store = new ResumeStore(context.locations().resumeDir(), new Journal(context.locations().journal()),
                Clock.systemUTC());
        store.save(played, SessionRecord.newId(), 4);

        PlayRequest.Opened plain = forPlay.open(Map.of());
        assertThat(store.find(Planner.plan(plain.routine())).note()).get().asString()
                .contains("it was played with --set heat=15m --set rounds=3").contains("--resume alone continues it");

        PlayRequest.Opened again = PlaySession.open(request(forPlay, true, Map.of()), store);
        assertThat(loads).as("opened once").containsExactly("as played");
        assertThat(again.routine().params()).containsEntry("rounds", "3").containsEntry("heat", "15m");
        ResumeStore.Lookup found = store.find(Planner.plan(again.routine()));
        assertThat(found.point()).get().extracting(p -> p.segment()).isEqualTo(4);

        loads.clear();
        assertThat(PlaySession.open(request(forPlay, false, Map.of()), store).routine().params())
                .as("without --resume, the routine as given").containsEntry("rounds", "2");
        assertThat(PlaySession.open(request(forPlay, true, Map.of("rounds", "2")), store).routine().params())
                .as("parameters given win").containsEntry("rounds", "2").doesNotContainEntry("heat", "15m");
        assertThat(loads).containsExactly("open {}", "open {rounds=2}");
        assertThat(forPlay.openAsPlayed(Map.of("rounds", "3", "gone", "1")).routine().params())
                .as("a parameter the routine no longer has is left out").containsEntry("rounds", "3");
        assertThat(err.toString()).isEmpty();
    }
}
