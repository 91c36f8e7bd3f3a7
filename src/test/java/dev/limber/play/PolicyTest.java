package dev.limber.play;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Steps;
import dev.limber.session.Command;
import dev.limber.session.Result;
import dev.limber.session.Session;
import org.junit.jupiter.api.Test;

/** What a run keeps and asks: try-outs, {@code --no-journal}, the pain question, the resume point. */
class PolicyTest {
    private static final Policy KEPT = new Policy(1, false);
    private static final Policy TRY_OUT = new Policy(2, false);
    private static final Policy NO_JOURNAL = new Policy(1, true);

    /** A note, then a 30 s hold, with no get-ready. */
    private static final Plan NOTE_THEN_HOLD = Steps.plan(Steps.note("Read me"), Steps.timed("Hold", 30));

    /** Played from the start on the engine's clock: {@code next} presses n that often first, then quits at {@code seconds}. */
    private static Result quitAfter(int next, long seconds) {
        Session s = new Session(NOTE_THEN_HOLD);
        s.start(0);
        for (int i = 0; i < next; i++) {
            s.apply(Command.NEXT, 0);
        }
        s.tick(seconds * 1_000_000_000L);
        s.apply(Command.QUIT, seconds * 1_000_000_000L);
        return s.result();
    }

    private static Result finished() {
        Session s = new Session(NOTE_THEN_HOLD);
        s.start(0);
        s.apply(Command.NEXT, 0);
        s.tick(60_000_000_000L);
        return s.result();
    }

    @Test
    void onlyARealSpeedWithTheJournalOnIsKept() {
        assertThat(KEPT.journaled()).isTrue();
        assertThat(KEPT.tryOut()).isFalse();
        assertThat(TRY_OUT.tryOut()).isTrue();
        assertThat(TRY_OUT.journaled()).isFalse();
        assertThat(new Policy(0.5, false).tryOut()).isTrue();
        assertThat(NO_JOURNAL.journaled()).isFalse();
        assertThat(NO_JOURNAL.tryOut()).isFalse();
    }

    @Test
    void aTryOutSaysSoButNoJournalNeedsNoWord() {
        assertThat(TRY_OUT.tryOutNote()).contains("Played at --speed 2: a try-out, not kept in the journal.");
        assertThat(new Policy(0.5, false).tryOutNote()).get().asString().startsWith("Played at --speed 0.5:");
        assertThat(new Policy(2, true).tryOutNote()).isEmpty();
        assertThat(KEPT.tryOutNote()).isEmpty();
    }

    @Test
    void painIsAskedOnlyWhenItsAnswerIsKept() {
        assertThat(KEPT.asksPainBefore(true, false)).isTrue();
        assertThat(KEPT.asksPainAfter(true, false)).isTrue();
        for (Policy p : new Policy[] {TRY_OUT, NO_JOURNAL}) {
            assertThat(p.asksPainBefore(true, false)).isFalse();
            assertThat(p.asksPainAfter(true, false)).isFalse();
        }
        assertThat(KEPT.asksPainBefore(false, false)).as("a routine without pain-check").isFalse();
        assertThat(KEPT.asksPainAfter(false, false)).isFalse();
    }

    @Test
    void aResumedSessionIsNotAskedBeforeAgainAndCtrlCIsNotAskedAfter() {
        assertThat(KEPT.asksPainBefore(true, true)).isFalse();
        assertThat(KEPT.asksPainAfter(true, true)).as("the person asked to leave at once").isFalse();
    }

    @Test
    void quittingBeforeAnyWorkLeavesNothingToResume() {
        Result onTheNote = quitAfter(0, 20);
        assertThat(KEPT.removesResumePoint(onTheNote, false, true)).isTrue();
        assertThat(KEPT.removesResumePoint(quitAfter(1, 0), false, true)).as("quit as the hold began").isTrue();
        assertThat(KEPT.removesResumePoint(quitAfter(1, 5), false, true)).as("5 s of the hold done").isFalse();
        assertThat(KEPT.removesResumePoint(onTheNote, true, true)).as("a resumed session keeps its place").isFalse();
    }

    @Test
    void aFinishedSessionsPointGoesOnceItsJournalLineIsWritten() {
        assertThat(KEPT.removesResumePoint(finished(), false, true)).isTrue();
        assertThat(KEPT.removesResumePoint(finished(), true, true)).isTrue();
        assertThat(KEPT.removesResumePoint(finished(), false, false)).as("the line failed: the point holds it").isFalse();
    }

    @Test
    void aRunThatKeepsNothingNeverTouchesAResumePoint() {
        for (Policy p : new Policy[] {TRY_OUT, NO_JOURNAL}) {
            assertThat(p.removesResumePoint(finished(), false, true)).isFalse();
            assertThat(p.removesResumePoint(quitAfter(0, 0), false, true)).isFalse();
        }
    }
}
