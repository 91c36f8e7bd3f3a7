package dev.limber.play;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.cli.Context;
import dev.limber.cli.RoutineOpener;
import dev.limber.home.Locations;
import dev.limber.journal.Journal;
import dev.limber.journal.SessionRecord;
import dev.limber.load.RoutineLibrary;
import dev.limber.session.Command;
import dev.limber.session.Start;
import dev.limber.settings.Settings;
import dev.limber.term.Answer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The use case end to end on a stage with nobody at it: when the pain question is asked and what
 * it says, what the summary says of it, and when a resume point is left.
 */
class PlaySessionTest {
    @TempDir
    Path home;

    private Context context;
    private Path routine;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void write() throws IOException {
        context = new Context(Locations.from(Map.of("LIMBER_HOME", home.toString()), home), home.resolve("local"),
                false);
        routine = Files.writeString(home.resolve("back.conf"), """
                title = "Sore back"
                pain-check = true
                prepare = 0s
                steps = [
                  { name = "Read first", how = "Go gently." }
                  { name = "Hold", time = 30s }
                ]
                """);
    }

    /** n past the note, 10 s of the hold, then q: some work done, so a resume point is kept. */
    private static final FakeStage.Person PAST_THE_NOTE_THEN_QUIT = (s, emit) -> {
        emit.accept(s.apply(Command.NEXT, 0));
        emit.accept(s.tick(10_000_000_000L));
        emit.accept(s.apply(Command.QUIT, 10_000_000_000L));
    };

    private int play(FakeStage stage, double speed, boolean resume, boolean noJournal) throws InterruptedException {
        PlayRequest.Opener opener = new RoutineOpener(context).forPlay(RoutineLibrary.fromPath(routine), Map.of(),
                new PrintWriter(err));
        return new PlaySession(context.locations(), Settings.DEFAULTS).play(new PlayRequest(opener, Map.of(), speed,
                true, resume, noJournal, PlayRequest.Gate.OPEN, t -> stage));
    }

    private List<SessionRecord> journal() throws IOException {
        return new Journal(context.locations().journal()).read().records();
    }

    private Path resumePoint() throws IOException {
        try (var files = Files.list(context.locations().resumeDir())) {
            return files.findFirst().orElse(null);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    @Test
    void painIsAskedNamingTheRoutineAndTheSummarySetsTheAnswersSideBySide() throws Exception {
        FakeStage stage = new FakeStage(FakeStage.quitsAfter(0)).pain(6, 3);
        assertThat(play(stage, 1, false, false)).isZero();

        assertThat(stage.painAsked).containsExactly(
                "Before Sore back: how much does it hurt (0-10)? Enter skips",
                "After Sore back: how much does it hurt (0-10)? Enter skips");
        assertThat(stage.summary).contains("Pain 6 → 3.");
        assertThat(journal()).singleElement().satisfies(r -> {
            assertThat(r.painBefore()).hasValue(6);
            assertThat(r.painAfter()).hasValue(3);
        });
        assertThat(stage.kept).containsExactly(true);
    }

    @Test
    void aTryOutAsksNoPainQuestionAndSaysNothingIsKept() throws Exception {
        FakeStage stage = new FakeStage(FakeStage.THROUGH).pain(6, 3);
        assertThat(play(stage, 2, false, false)).isZero();

        assertThat(stage.painAsked).isEmpty();
        assertThat(stage.kept).containsExactly(false);
        assertThat(stage.summary).containsExactly("Played at --speed 2: a try-out, not kept in the journal.");
        assertThat(context.locations().journal()).doesNotExist();
    }

    @Test
    void noJournalAsksNoPainQuestion() throws Exception {
        FakeStage stage = new FakeStage(FakeStage.THROUGH).pain(6, 3);
        assertThat(play(stage, 1, false, true)).isZero();

        assertThat(stage.painAsked).isEmpty();
        assertThat(stage.kept).containsExactly(false);
        assertThat(stage.summary).isEmpty();
        assertThat(context.locations().journal()).doesNotExist();
    }

    @Test
    void quittingOnTheFirstNoteLeavesNoResumeOffer() throws Exception {
        FakeStage stage = new FakeStage(FakeStage.quitsAfter(20));
        play(stage, 1, false, false);

        assertThat(resumePoint()).isNull();
        FakeStage next = new FakeStage(FakeStage.THROUGH);
        play(next, 1, false, false);
        assertThat(next.asked).noneMatch(q -> q.startsWith("Resume"));
    }

    @Test
    void ctrlCAtTheResumeQuestionStartsNothingAndKeepsThePlace() throws Exception {
        FakeStage first = new FakeStage(PAST_THE_NOTE_THEN_QUIT);
        play(first, 1, false, false);
        Path kept = resumePoint();

        FakeStage next = new FakeStage(FakeStage.THROUGH).leaving();
        play(next, 1, false, false);

        assertThat(next.asked).singleElement().asString().startsWith("Resume");
        assertThat(next.warnings).noneMatch(w -> w.contains("starting over"));
        assertThat(next.played).isEmpty();
        assertThat(resumePoint()).isEqualTo(kept).isNotNull();
    }

    @Test
    void aSessionThisRunCannotContinueIsNotThrownAwayByEnterAlone() throws Exception {
        FakeStage first = new FakeStage(PAST_THE_NOTE_THEN_QUIT);
        play(first, 1, false, false);
        Path kept = resumePoint();
        Files.writeString(routine, Files.readString(routine).replace("name = \"Hold\"", "name = \"Long hold\""));

        FakeStage next = new FakeStage(FakeStage.THROUGH).answering(new Answer.Closed());
        play(next, 1, false, false);

        assertThat(next.asked).singleElement().asString().endsWith("Start a new one instead? [y/N]");
        assertThat(resumePoint()).as("Esc keeps it").isEqualTo(kept);
    }

    @Test
    void aResumedSessionKeepsItsFirstAnswerAndIsAskedOnlyAfter() throws Exception {
        FakeStage first = new FakeStage(PAST_THE_NOTE_THEN_QUIT).pain(7, 8);
        play(first, 1, false, false);
        assertThat(resumePoint()).as("work was done: the place is kept").isNotNull();

        FakeStage resumed = new FakeStage(FakeStage.THROUGH).pain(2);
        play(resumed, 1, true, false);

        assertThat(resumed.painAsked).containsExactly(
                "After Sore back: how much does it hurt (0-10)? Enter skips");
        assertThat(resumed.summary).contains("Pain 7 → 2.");
        assertThat(journal()).hasSize(2).last().satisfies(r -> {
            assertThat(r.painBefore()).hasValue(7);
            assertThat(r.painAfter()).hasValue(2);
            assertThat(r.session()).isEqualTo(journal().get(0).session());
        });
        assertThat(resumePoint()).as("finished and journaled").isNull();
    }

    @Test
    void aTryOutNeitherOffersNorChangesNorRemovesAKeptSessionsPlace() throws Exception {
        play(new FakeStage(PAST_THE_NOTE_THEN_QUIT), 1, false, false);
        Path kept = resumePoint();
        String saved = Files.readString(kept);

        // one try-out quit after some work, one played to its end; each would say y if asked
        FakeStage quit = new FakeStage(PAST_THE_NOTE_THEN_QUIT).answering(true);
        play(quit, 2, false, false);
        FakeStage finished = new FakeStage(FakeStage.THROUGH).answering(true);
        play(finished, 1, false, true);

        for (FakeStage tryOut : List.of(quit, finished)) {
            assertThat(tryOut.asked).as("nothing offered").isEmpty();
            assertThat(tryOut.starts).extracting(Start::segment).as("from the beginning").containsExactly(0);
            assertThat(tryOut.notes).containsExactly(
                    "A try-out plays from the beginning; the unfinished session of back stays for --resume.");
        }
        assertThat(resumePoint()).isEqualTo(kept);
        assertThat(Files.readString(kept)).isEqualTo(saved);
        assertThat(journal()).hasSize(1);
    }
}
