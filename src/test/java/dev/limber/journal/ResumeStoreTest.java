package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.routine.Pauses;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.session.Command;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.Session;
import dev.limber.session.Start;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeStoreTest {
    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final String SESSION = "5e55105e55105e55105e55105e55105e";

    @TempDir
    Path dir;

    private static Plan plan(String id, String... names) {
        List<Step> steps = new ArrayList<>();
        for (String n : names) {
            steps.add(new Step.Timed(StepBase.named(n).withSides(List.of("left", "right"))
                    .withPauses(Pauses.NONE.withRest(Duration.ofSeconds(10))), Duration.ofSeconds(30),
                    Optional.empty()));
        }
        return Planner.plan(new Routine(id, "Title", Optional.empty(), List.of(), false, Map.of(), steps));
    }

    private ResumeStore at(Instant now) {
        return new ResumeStore(dir.resolve("resume"), journal(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private Journal journal() {
        return new Journal(dir.resolve("journal.jsonl"));
    }

    @Test
    void aSavedPointIsFoundAgain() throws IOException {
        Plan plan = plan("back", "Stretch", "Plank", "Curl");
        at(NOON).save(plan, SESSION, 4);

        ResumeStore.Lookup found = at(NOON.plus(Duration.ofHours(11))).find(plan);

        assertThat(found.note()).isEmpty();
        assertThat(found.point()).contains(new ResumePoint("back", 4, NOON, plan.size(), "Plank", 2, 3, Map.of(),
                Optional.of(SESSION)));
        assertThat(found.point().get().fits(plan)).isTrue();
    }

    @Test
    void theTimeSpentAndLeftInACountdownAreKept() throws IOException {
        Plan plan = plan("back", "Stretch", "Plank");
        at(NOON).save(plan, SESSION, new Start(1, Duration.ofMillis(12_345), Optional.of(Duration.ofMillis(17_655))));

        ResumePoint p = at(NOON).find(plan).point().orElseThrow();
        assertThat(p.start()).isEqualTo(new Start(1, Duration.ofMillis(12_345), Optional.of(Duration.ofMillis(17_655))));
        assertThat(p.session()).as("kept along with the times").contains(SESSION);
    }

    @Test
    void aTimeOutOfRangeMakesTheFileUnreadable() throws IOException {
        Plan plan = plan("back", "Stretch");
        Files.createDirectories(dir.resolve("resume"));
        String base = "{\"v\":1,\"routine\":\"back\",\"segment\":1,\"saved\":\"2025-03-01T12:00:00Z\","
                + "\"segments\":" + plan.size() + ",\"name\":\"Stretch\",\"step\":1,\"steps\":1,";
        for (String bad : List.of("\"spent\":0,\"left\":-5}", "\"spent\":1e30,\"left\":5}",
                "\"spent\":0,\"left\":86400001}", "\"spent\":0,\"left\":\"soon\"}")) {
            Files.writeString(at(NOON).fileFor("back"), base + bad);
            assertThat(at(NOON).find(plan).note()).as(bad).hasValueSatisfying(n -> assertThat(n).contains("unreadable"));
        }
        Files.writeString(at(NOON).fileFor("back"), base + "\"spent\":1000,\"left\":2000}");
        assertThat(at(NOON).find(plan).point().map(ResumePoint::left)).contains(Optional.of(Duration.ofSeconds(2)));
    }

    @Test
    void savingAgainReplacesThePointAndLeavesNoTemporaryFiles() throws IOException {
        Plan plan = plan("back", "Stretch", "Plank");
        at(NOON).save(plan, SESSION, 1);
        at(NOON).save(plan, SESSION, 3);

        assertThat(at(NOON).find(plan).point().map(ResumePoint::segment)).contains(3);
        try (Stream<Path> files = Files.list(dir.resolve("resume"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("back.json");
        }
    }

    @Test
    void aResumeFileIsReadableByItsOwnerOnly() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        at(NOON).save(plan("back", "Stretch"), SESSION, 1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("resume/back.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void noFileIsNoPointAndNoNote() {
        ResumeStore.Lookup found = at(NOON).find(plan("back", "Stretch"));
        assertThat(found.point()).isEmpty();
        assertThat(found.note()).isEmpty();
    }

    @Test
    void aPointOlderThanTwelveHoursIsStillFoundAndItsAgeIsKnown() throws IOException {
        Plan plan = plan("back", "Stretch", "Plank");
        at(NOON).save(plan, SESSION, 2);

        ResumeStore later = at(NOON.plus(Duration.ofDays(2)));
        ResumeStore.Lookup found = later.find(plan);

        // the question decides how to offer an old point; it is never dropped on the way
        assertThat(found.point().map(ResumePoint::segment)).contains(2);
        assertThat(found.note()).isEmpty();
        assertThat(later.age(found.point().orElseThrow())).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void aPointForAnEditedRoutineIsIgnoredWithANote() throws IOException {
        at(NOON).save(plan("back", "Stretch", "Plank"), SESSION, 3);

        ResumeStore.Lookup renamed = at(NOON).find(plan("back", "Stretch", "Side plank"));
        ResumeStore.Lookup longer = at(NOON).find(plan("back", "Stretch", "Plank", "Curl"));

        assertThat(renamed.point()).isEmpty();
        assertThat(renamed.note()).hasValueSatisfying(n -> assertThat(n).contains("changed"));
        assertThat(longer.point()).isEmpty();
    }

    @Test
    void aCorruptFileIsIgnoredWithANote() throws IOException {
        Plan plan = plan("back", "Stretch");
        Files.createDirectories(dir.resolve("resume"));
        Files.writeString(at(NOON).fileFor("back"), "{\"v\":1,\"routine\":\"back\",\"segm");

        ResumeStore.Lookup found = at(NOON).find(plan);

        assertThat(found.point()).isEmpty();
        assertThat(found.note()).hasValueSatisfying(n -> assertThat(n).contains("unreadable"));
        Files.writeString(at(NOON).fileFor("back"), "{\"routine\":\"back\",\"segment\":\"two\"}");
        assertThat(at(NOON).find(plan).note()).isPresent();
        Files.writeString(at(NOON).fileFor("back"), "[".repeat(100_000));
        assertThat(at(NOON).find(plan).note()).hasValueSatisfying(n -> assertThat(n).contains("too large"));
    }

    @Test
    void anIdCannotEscapeTheResumeFolder() {
        ResumeStore store = at(NOON);
        assertThat(store.fileFor("../../etc/passwd").getParent()).isEqualTo(dir.resolve("resume"));
        assertThat(store.fileFor("..").getFileName().toString()).matches("_\\.[0-9a-f]{16}\\.json");
        assertThat(store.fileFor("sciatica-2_b").getFileName().toString()).isEqualTo("sciatica-2_b.json");
    }

    @Test
    void theRecorderFollowsTheSessionAndLeavesACompletedOnesFileForTheCaller() {
        Plan plan = plan("back", "Stretch", "Plank");
        ResumeStore store = at(NOON);
        List<String> warnings = new ArrayList<>();
        ResumeRecorder recorder = new ResumeRecorder(store, plan, SESSION, warnings::add);

        recorder.accept(new Event.SegmentStarted(0, plan.get(0), Optional.empty()));
        // saved on a thread of its own: the player's never waits for the disk
        ResumeRecorderTest.until(() -> store.find(plan).point().map(ResumePoint::segment).equals(Optional.of(0)));

        List.of(new Event.SegmentEnded(1, plan.get(0), false),
                new Event.SegmentStarted(1, plan.get(1), Optional.empty()),
                new Event.SegmentEnded(2, plan.get(1), false),
                new Event.SegmentStarted(2, plan.get(2), Optional.empty()),
                new Event.SecondsLeft(3, plan.get(2), 3)).forEach(recorder);
        ResumeRecorderTest.until(() -> store.find(plan).point().map(ResumePoint::segment).equals(Optional.of(2)));

        recorder.accept(new Event.Finished(4, plan.get(3), new Result(0, 4, Duration.ZERO, false, 3, List.of())));
        assertThat(store.find(plan).point().map(ResumePoint::segment)).contains(3);

        recorder.accept(new Event.Finished(5, plan.get(4), new Result(0, 5, Duration.ZERO, true, 4, List.of())));
        assertThat(Files.exists(store.fileFor("back"))).as("deleted by the caller after the journal line").isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aResumeFileThatCannotBeWrittenWarnsOnceAndPlayGoesOn() throws IOException {
        Files.writeString(dir.resolve("resume"), "a file where the folder should be");
        Plan plan = plan("back", "Stretch");
        List<String> warnings = new ArrayList<>();
        ResumeRecorder recorder = new ResumeRecorder(at(NOON), plan, SESSION, warnings::add);

        recorder.accept(new Event.SegmentStarted(0, plan.get(0), Optional.empty()));
        recorder.accept(new Event.Paused(1, plan.get(0)));
        recorder.accept(new Event.Finished(2, plan.get(0), new Result(0, 2, Duration.ZERO, false, 0, List.of())));

        assertThat(warnings).hasSize(1);
    }

    @Test
    void aPointWhoseSessionTheJournalRecordsAsCompletedIsNeitherOfferedNorResumedAndIsRemoved() throws IOException {
        // The player wrote the session's journal line, then stopped before it removed the resume point.
        Plan plan = plan("back", "Stretch", "Plank");
        journal().append(Sessions.withSession(Sessions.session("desk", "2025-03-01T11:00:00Z", true), "0ther"));
        journal().append(Sessions.withSession(Sessions.session("back", "2025-03-01T11:40:00Z", true), SESSION));

        at(NOON).save(plan, SESSION, 4);
        ResumeStore.Lookup offered = at(NOON).find(plan);
        assertThat(offered.point()).isEmpty();
        assertThat(offered.note()).isEmpty();
        assertThat(at(NOON).fileFor("back")).doesNotExist();

        at(NOON).save(plan, SESSION, 4);
        ResumeStore.Lookup found = at(NOON).find(plan);
        assertThat(found.point()).isEmpty();
        assertThat(found.note()).isEmpty();

        at(NOON).save(plan, SESSION, 4);
        assertThat(at(NOON).savedParams("back")).isEmpty();
        assertThat(at(NOON).fileFor("back")).doesNotExist();
    }

    @Test
    void aSessionRecordedAsQuitOrOnlyInATornLineStillResumes() throws IOException {
        Plan plan = plan("back", "Stretch", "Plank");
        // Quitting writes the session's line (not completed) and keeps its point: --resume continues it.
        journal().append(Sessions.withSession(Sessions.session("back", "2025-03-01T11:40:00Z", false), SESSION));
        // The id as text in another session's title is not that session.
        journal().append(Sessions.titled(Sessions.session("back", "2025-03-01T11:50:00Z", true),
                "\"session\":\"" + SESSION + "\""));
        Files.writeString(journal().file(), "{\"v\":1,\"session\":\"" + SESSION + "\",\"routine\":\"back\",\"completed\":true",
                StandardOpenOption.APPEND);
        at(NOON).save(plan, SESSION, 4);

        assertThat(at(NOON).find(plan).point().map(ResumePoint::segment)).contains(4);
        assertThat(at(NOON).find(plan).point().flatMap(ResumePoint::session)).contains(SESSION);
    }

    @Test
    void longIdsInAnyScriptAreSavedAndFoundUnderShortNames() throws IOException {
        String japanese = "腰痛のための朝のストレッチと温冷療法の三十二文字ルーチン";
        for (String id : List.of(japanese, japanese + "です。", "x".repeat(300), "my routine (v2)", "..")) {
            Plan plan = plan(id, "Stretch", "Plank");
            at(NOON).save(plan, SESSION, 4);

            assertThat(at(NOON).find(plan).point()).as(id)
                    .hasValueSatisfying(p -> assertThat(p.routineId()).isEqualTo(id))
                    .map(ResumePoint::segment).contains(4);
            String name = at(NOON).fileFor(id).getFileName().toString();
            assertThat(name.getBytes(StandardCharsets.UTF_8).length).as(name).isLessThanOrEqualTo(255);
            assertThat(name).as(id).doesNotStartWith(".").matches("[A-Za-z0-9_.-]+");
        }
        assertThat(at(NOON).fileFor("my routine (v2)").getFileName().toString()).startsWith("my_routine_v2_.");
        assertThat(at(NOON).fileFor("x".repeat(300)).getFileName().toString()).startsWith("x".repeat(40) + ".");
        assertThat(at(NOON).fileFor(japanese)).isNotEqualTo(at(NOON).fileFor(japanese + "です。"));
    }

    @Test
    void aFileIsOnlyTakenForTheIdItHolds() throws IOException {
        at(NOON).save(plan("back", "Stretch", "Plank"), SESSION, 4);
        // As a file system that ignores case shows it to the routine "Back".
        Files.copy(at(NOON).fileFor("back"), at(NOON).fileFor("Back"));

        ResumeStore.Lookup found = at(NOON).find(plan("Back", "Stretch", "Plank"));

        assertThat(found.point()).isEmpty();
        assertThat(found.note()).isEmpty();
    }

    @Test
    void aPointSavedUnderTheNameOfAnEarlierLimberIsStillFoundAndRemovedWithItsSession() throws IOException {
        Plan plan = plan("my routine", "Stretch", "Plank");
        Path old = dir.resolve("resume/my%20routine.json");
        Files.createDirectories(old.getParent());
        Files.writeString(old, "{\"v\":1,\"routine\":\"my routine\",\"segment\":4,\"saved\":\"2025-03-01T11:00:00Z\","
                + "\"segments\":" + plan.size() + ",\"name\":\"Plank\",\"step\":2,\"steps\":2,\"params\":{}}\n");

        ResumePoint p = at(NOON).find(plan).point().orElseThrow();
        assertThat(p.segment()).isEqualTo(4);
        assertThat(p.session()).isEmpty();

        at(NOON).save(plan, SESSION, 3);
        assertThat(at(NOON).find(plan).point().map(ResumePoint::segment)).as("the new name first").contains(3);
        assertThat(at(NOON).delete("my routine")).isEmpty();
        assertThat(old).doesNotExist();
        assertThat(at(NOON).fileFor("my routine")).doesNotExist();
    }

    @Test
    void aResumeFileThatCannotBeReplacedIsNamedInTheWarningNotItsTemporaryFile() throws IOException {
        Plan plan = plan("back", "Stretch");
        Files.createDirectories(at(NOON).fileFor("back").resolve("in the way"));
        List<String> warnings = new ArrayList<>();

        ResumeRecorder recorder = new ResumeRecorder(at(NOON), plan, SESSION, warnings::add);
        Session session = new Session(plan);
        session.start(0).forEach(recorder);
        // saves are written off the player's thread; the session's end waits for them
        session.apply(Command.QUIT, 0).forEach(recorder);

        assertThat(warnings).singleElement().asString().contains(at(NOON).fileFor("back").toString())
                .doesNotContain(".tmp");
    }
}
