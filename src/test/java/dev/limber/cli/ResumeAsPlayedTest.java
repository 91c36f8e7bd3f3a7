package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heat-ice --rounds 3}, quit, then {@code heat-ice --resume}: the same plan, so it resumes. */
class ResumeAsPlayedTest {
    @TempDir
    Path home;

    private final StringWriter err = new StringWriter();

    @Test
    void resumeAloneReopensTheRoutineWithTheParametersItWasPlayedWith() throws Exception {
        Context context = new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home),
                home.resolve("local"), false);
        RoutineOpener opener = new RoutineOpener(context);
        RoutineFile heatIce = context.library().findBuiltIn("heat-ice").orElseThrow();
        PrintWriter w = new PrintWriter(err);
        Plan played = Planner.plan(opener.open(heatIce, Map.of("rounds", "3", "heat", "15m"), w).routine());
        ResumeStore store = new ResumeStore(context.locations().resumeDir(), new Journal(context.locations().journal()),
                Clock.systemUTC());
        store.save(played, SessionRecord.newId(), 4);

        RoutineOpener.Opened plain = opener.open(heatIce, Map.of(), w);
        assertThat(store.find(Planner.plan(plain.routine())).note()).get().asString()
                .contains("it was played with --set heat=15m --set rounds=3").contains("--resume alone continues it");

        RoutineOpener.Opened again = opener.asPlayed(plain, true, Map.of(), w);
        assertThat(again.routine().params()).containsEntry("rounds", "3").containsEntry("heat", "15m");
        ResumeStore.Lookup found = store.find(Planner.plan(again.routine()));
        assertThat(found.point()).get().extracting(p -> p.segment()).isEqualTo(4);

        assertThat(opener.asPlayed(plain, false, Map.of(), w)).as("without --resume, the routine as given").isSameAs(plain);
        RoutineOpener.Opened given = opener.open(heatIce, Map.of("rounds", "2"), w);
        assertThat(opener.asPlayed(given, true, Map.of("rounds", "2"), w)).as("parameters given win").isSameAs(given);
    }
}
