package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a person tracks over weeks, from a known journal: each exercise's hold per session and
 * the time with heat and ice on the skin per day, in the text, the JSON and the CSV.
 */
class HistoryOverTimeTest {
    private static final String PLANK = "{\"step\":0,\"name\":\"Plank\",\"kind\":\"work\",\"planned\":60,\"achieved\":";
    private static final String JOURNAL = String.join("\n",
            core("2025-03-01", PLANK + "30}"),
            core("2025-03-02", PLANK + "45}"),
            // cut short at 40 s: still a hold
            core("2025-03-03", PLANK + "40,\"skipped\":true}"),
            // jumped over: says nothing of the hold
            core("2025-03-03", PLANK + "0,\"skipped\":true}"),
            core("2025-03-04", PLANK + "60}"),
            // nobody held an unattended run's plank, nor had its heat on the skin
            line("core", "Core", "2025-03-05", ",\"status\":\"done\",\"work\":1,\"stepsDone\":1,\"unattended\":true",
                    PLANK + "90}"),
            heatIce("2025-03-02", phase("Heat", "warm", "1200"), phase("Ice", "cold", "1200")),
            // the heat ran on 5 minutes while the computer slept; the ice was ended at 10 minutes
            heatIce("2025-03-04", phase("Heat", "warm", "1200,\"overrun\":300"), phase("Ice", "cold",
                    "600,\"skipped\":true")),
            // a line written before tones were kept: its phases are not counted as heat or ice
            heatIce("2025-03-05", "{\"step\":1,\"name\":\"Heat and ice\",\"kind\":\"phase\",\"round\":1,"
                    + "\"phase\":\"Heat\",\"planned\":1200,\"achieved\":1200}"),
            line("heat-ice", "Heat and ice", "2025-03-06", ",\"status\":\"done\",\"work\":1,\"stepsDone\":1,"
                    + "\"unattended\":true", phase("Heat", "warm", "1200")));

    private static String core(String day, String segment) {
        return line("core", "Core", day, "", segment);
    }

    private static String heatIce(String day, String... segments) {
        return line("heat-ice", "Heat and ice", day, "", segments);
    }

    private static String phase(String name, String tone, String achieved) {
        return "{\"step\":1,\"name\":\"Heat and ice\",\"kind\":\"phase\",\"round\":1,\"phase\":\"" + name
                + "\",\"planned\":1200,\"tone\":\"" + tone + "\",\"achieved\":" + achieved + "}";
    }

    private static String line(String routine, String title, String day, String more, String... segments) {
        String start = day + "T" + (routine.equals("core") ? "07" : "19") + ":00:00Z";
        return "{\"v\":1,\"routine\":\"" + routine + "\",\"title\":\"" + title + "\",\"start\":\"" + start
                + "\",\"end\":\"" + start + "\",\"completed\":true" + more + ",\"segments\":["
                + String.join(",", segments) + "]}";
    }

    private static History history() {
        List<SessionRecord> records = JOURNAL.lines().map(SessionJson::parse).toList();
        return History.of(records, ZoneOffset.UTC, LocalDate.parse("2025-03-06"));
    }

    @Test
    void eachExercisesHoldIsGivenPerSessionWithItsFirstLastAndBest() {
        List<ExerciseProgress> progress = ExerciseProgress.of(history().workouts());

        assertThat(progress).singleElement().satisfies(e -> {
            assertThat(e.step()).isEqualTo("Plank");
            assertThat(e.latest(30)).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(45),
                    Duration.ofSeconds(40), Duration.ofSeconds(60));
            assertThat(e.best()).isEqualTo(Duration.ofSeconds(60));
        });
    }

    @Test
    void heatAndIceAreAddedUpPerDayWithTheTimeTheComputerSlept() {
        HeatIceTime t = HeatIceTime.of(history().sessions(), ZoneOffset.UTC);

        assertThat(t.days()).containsExactly(
                new HeatIceTime.Day(LocalDate.parse("2025-03-02"), Duration.ofMinutes(20), Duration.ofMinutes(20)),
                new HeatIceTime.Day(LocalDate.parse("2025-03-04"), Duration.ofMinutes(25), Duration.ofMinutes(10)));
        assertThat(t.heat()).isEqualTo(Duration.ofMinutes(45));
        assertThat(t.ice()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theTextShowsProgressPerExerciseAndHeatAndIcePerDay() {
        String text = HistoryText.render(history());

        assertThat(text).endsWith("""

                Progress per exercise: longest hold per session, oldest to latest (last 30)
                  Core · Plank  ▅▆▆█  first 0:30  last 1:00  best 1:00  (4 sessions)

                Heat and ice on the skin, per day with any, oldest to latest (last 30)
                  heat  ▇█  45:00 in all on 2 days, 25:00 on 2025-03-04
                  ice   █▅  30:00 in all on 2 days, 10:00 on 2025-03-04
                """);
    }

    @Test
    void onlyIceShowsNoRowOfNoHeat() {
        History iceOnly = History.of(List.of(SessionJson.parse(heatIce("2025-03-02", phase("Ice", "cold", "600")))),
                ZoneOffset.UTC, LocalDate.parse("2025-03-06"));

        assertThat(HistoryText.render(iceOnly)).contains("  ice   █  10:00 in all on 1 day, 10:00 on 2025-03-02")
                .doesNotContain("  heat  ");
    }

    @Test
    void theJsonCarriesTheExercisesAndTheHeatAndIce() {
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) Json.parse(HistoryJson.render(history()));

        assertThat(Json.write(doc.get("exercises"))).isEqualTo(
                "[{\"routine\":\"core\",\"step\":\"Plank\",\"sessions\":4,\"first\":30,\"last\":60,\"best\":60}]");
        assertThat(Json.write(doc.get("heatIce"))).isEqualTo("{\"heatSeconds\":2700,\"iceSeconds\":1800,\"days\":["
                + "{\"date\":\"2025-03-02\",\"heatSeconds\":1200,\"iceSeconds\":1200},"
                + "{\"date\":\"2025-03-04\",\"heatSeconds\":1500,\"iceSeconds\":600}]}");
    }

    @Test
    void theCsvGivesEachSessionsHeatAndIceInColumnsAfterTheOldOnes() {
        List<String> rows = List.of(HistoryCsv.render(history()).split("\r\n"));

        assertThat(rows.get(0)).endsWith(",session,heat_seconds,ice_seconds");
        assertThat(rows).filteredOn(r -> r.startsWith("2025-03-04,") && r.contains(",heat-ice,"))
                .singleElement().asString().endsWith(",1500,600");
        assertThat(rows).filteredOn(r -> r.contains(",core,")).allMatch(r -> r.endsWith(",0,0"));
    }

    @Test
    void aToneReadsBackAsItWasWrittenAndALineWithoutOneReadsAsWork() {
        SessionRecord r = SessionJson.parse(JOURNAL.lines().toList().get(6));

        assertThat(SessionJson.parse(SessionJson.line(r))).isEqualTo(r);
        assertThat(SessionJson.line(r)).contains("\"tone\":\"warm\"", "\"tone\":\"cold\"");
        assertThat(SessionJson.parse(JOURNAL.lines().toList().get(8)).segments().get(0).tone())
                .isEqualTo(dev.limber.routine.Tone.WORK);
    }
}
