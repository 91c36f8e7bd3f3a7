package dev.limber.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionTest {
    private static final Question PAIN = Question.pain("Sciatica relief", true);
    private static final Duration STALE = Duration.ofHours(12);

    @Test
    void levelsFromZeroToTenAreAnswers() {
        assertThat(PAIN.answer("0")).contains(new Answer.Level(0));
        assertThat(PAIN.answer(" 7 ")).contains(new Answer.Level(7));
        assertThat(PAIN.answer("10")).contains(new Answer.Level(10));
    }

    @Test
    void enterAloneSkipsThePainQuestion() {
        assertThat(PAIN.answer("")).contains(new Answer.Skip());
        assertThat(PAIN.answer("   ")).contains(new Answer.Skip());
    }

    @Test
    void anythingElseIsAskedAgainWithTheReason() {
        for (String bad : new String[] {"11", "-1", "+3", "3.5", "five", "100", "007", "3 4", "y"}) {
            assertThat(PAIN.answer(bad)).as(bad).isEmpty();
        }
        assertThat(PAIN.retry()).contains("0 (none) to 10 (worst)");
        assertThat(Question.yesNo("Play anyway?", true).answer("sure")).isEmpty();
        assertThat(Question.yesNo("Play anyway?", true).retry()).isEqualTo("Answer y or n (Esc changes nothing)");
    }

    @Test
    void thePainQuestionNamesTheRoutineAndWhen() {
        assertThat(PAIN.prompt()).isEqualTo("Before Sciatica relief: how much does it hurt (0-10)? Enter skips");
        assertThat(Question.pain("Sciatica relief", false).prompt())
                .isEqualTo("After Sciatica relief: how much does it hurt (0-10)? Enter skips");
    }

    @Test
    void aHostileTitleCannotBecomeAnEscapeSequence() {
        assertThat(Question.pain("Evil\u001b[2J title", true).prompt()).doesNotContain("\u001b");
    }

    @Test
    void yesAndNoAreTheSameWhateverTheDefault() {
        for (boolean enterMeansYes : new boolean[] {true, false}) {
            Question q = Question.yesNo("Play anyway?", enterMeansYes);
            for (String yes : new String[] {"y", "Y", "yes", " YES "}) {
                assertThat(q.answer(yes)).as(yes).contains(new Answer.Yes());
            }
            for (String no : new String[] {"n", "N", "no"}) {
                assertThat(q.answer(no)).as(no).contains(new Answer.No());
            }
        }
    }

    @Test
    void enterAloneTakesTheAnswerInCapitals() {
        assertThat(Question.yesNo("Play anyway?", true).prompt()).isEqualTo("Play anyway? [Y/n]");
        assertThat(Question.yesNo("Play anyway?", true).answer("")).contains(new Answer.Yes());
        assertThat(Question.yesNo("Start anyway?", false).prompt()).isEqualTo("Start anyway? [y/N]");
        assertThat(Question.yesNo("Start anyway?", false).answer("")).contains(new Answer.No());
    }

    @Test
    void aRecentResumePointIsResumedByEnter() {
        Question q = Question.resume("at step 3/9: Bridge", Duration.ofHours(2), STALE);
        assertThat(q.prompt()).isEqualTo("Resume at step 3/9: Bridge? [Y/n]");
        assertThat(q.answer("")).contains(new Answer.Yes());
        assertThat(q.answer("y")).contains(new Answer.Yes());
    }

    @Test
    void aStaleResumePointStillResumesOnYAndSaysItsAge() {
        Question q = Question.resume("at step 3/9: Bridge", Duration.ofDays(2).plusMinutes(5), STALE);
        assertThat(q.prompt()).isEqualTo("Resume at step 3/9: Bridge (stopped 2 days ago)? [y/N]");
        // y from habit keeps the place; only the default changes
        assertThat(q.answer("y")).contains(new Answer.Yes());
        assertThat(q.answer("Y")).contains(new Answer.Yes());
        assertThat(q.answer("")).contains(new Answer.No());
        assertThat(Question.resume("at step 3/9: Bridge", Duration.ofHours(13), STALE).prompt())
                .isEqualTo("Resume at step 3/9: Bridge (stopped 13 hours ago)? [y/N]");
        assertThat(Question.resume("x", STALE, STALE).prompt()).isEqualTo("Resume x? [Y/n]");
    }

    @Test
    void escChangesNothingOnEveryKindOfQuestion() {
        // a yes/no question closes without an answer: nothing starts, quits or is thrown away
        assertThat(Question.yesNo("Play anyway?", true).onEscape()).isEqualTo(new Answer.Closed());
        assertThat(Question.yesNo("Start anyway?", false).onEscape()).isEqualTo(new Answer.Closed());
        assertThat(Question.resume("x", Duration.ofDays(3), STALE).onEscape()).isEqualTo(new Answer.Closed());
        // the pain question is skipped: no level recorded
        assertThat(PAIN.onEscape()).isEqualTo(new Answer.Skip());
        for (Question q : new Question[] {PAIN, Question.yesNo("Play anyway?", true), Question.yesNo("?", false)}) {
            assertThat(q.keys()).as(q.prompt()).containsAnyOf("Esc changes nothing", "Esc skips");
        }
    }

    @Test
    void escTypedOnALineIsEscToo() {
        assertThat(Question.yesNo("Play anyway?", true).answer("\u001b")).isEqualTo(Optional.of(new Answer.Closed()));
        assertThat(PAIN.answer("\u001b")).isEqualTo(Optional.of(new Answer.Skip()));
    }

    @Test
    void onlyALevelAnswerHasALevel() {
        assertThat(new Answer.Level(4).level()).hasValue(4);
        assertThat(new Answer.Skip().level()).isEmpty();
        assertThat(new Answer.None().level()).isEmpty();
    }
}
