package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.limber.session.Command;
import org.junit.jupiter.api.Test;

class ControlsTest {
    private static final KeyStroke Q = new KeyStroke('q', false, false);
    private static final KeyStroke ESC = new KeyStroke(KeyType.Escape);
    private static final KeyStroke CTRL_C = new KeyStroke('c', true, false);

    private static Controls.Outcome press(Ui ui, KeyStroke k) {
        return Controls.on(ui, k, KeyMap.PLAYER, 5, true);
    }

    private static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void qAsksFirstAndSendsNothing() {
        Controls.Outcome o = press(Ui.start(false), Q);
        assertThat(o.ui().askingQuit()).isTrue();
        assertThat(o.commands()).isEmpty();
        assertThat(o.exit()).isEqualTo(Controls.Exit.STAY);
    }

    @Test
    void yOrASecondQConfirms() {
        Ui asking = Ui.start(false).withAskingQuit(true);
        for (KeyStroke k : new KeyStroke[] {ch('y'), Q}) {
            Controls.Outcome o = press(asking, k);
            assertThat(o.exit()).isEqualTo(Controls.Exit.QUIT);
            assertThat(o.commands()).contains(Command.QUIT);
        }
    }

    @Test
    void escOrNKeepsGoing() {
        Ui asking = Ui.start(false).withAskingQuit(true);
        for (KeyStroke k : new KeyStroke[] {ESC, ch('n')}) {
            Controls.Outcome o = press(asking, k);
            assertThat(o.exit()).isEqualTo(Controls.Exit.STAY);
            assertThat(o.ui().askingQuit()).isFalse();
            assertThat(o.commands()).isEmpty();
        }
    }

    @Test
    void otherKeysWhileAskingDoNothing() {
        Controls.Outcome o = press(Ui.start(false).withAskingQuit(true), ch(' '));
        assertThat(o.commands()).isEmpty();
        assertThat(o.ui().askingQuit()).isTrue();
    }

    @Test
    void escNeverQuits() {
        Controls.Outcome o = press(Ui.start(false), ESC);
        assertThat(o.exit()).isEqualTo(Controls.Exit.STAY);
        assertThat(o.commands()).isEmpty();
    }

    @Test
    void ctrlCLeavesAtOnceEvenMidQuestion() {
        for (Ui ui : new Ui[] {Ui.start(false), Ui.start(false).withAskingQuit(true), Ui.start(false).withHelp(true)}) {
            Controls.Outcome o = press(ui, CTRL_C);
            assertThat(o.exit()).isEqualTo(Controls.Exit.INTERRUPT);
            assertThat(o.commands()).contains(Command.QUIT);
        }
    }

    @Test
    void mTogglesMuteWithoutTouchingTheSession() {
        Controls.Outcome o = press(Ui.start(false), ch('m'));
        assertThat(o.ui().muted()).isTrue();
        assertThat(o.commands()).isEmpty();
        assertThat(press(o.ui(), ch('m')).ui().muted()).isFalse();
    }

    @Test
    void questionMarkOpensHelpAndEscOrQuestionMarkClosesIt() {
        Ui help = press(Ui.start(false), ch('?')).ui();
        assertThat(help.help()).isTrue();
        assertThat(press(help, ESC).ui().help()).isFalse();
        assertThat(press(help, ch('?')).ui().help()).isFalse();
    }

    @Test
    void sessionKeysBecomeCommands() {
        assertThat(press(Ui.start(false), ch(' ')).commands()).contains(Command.TOGGLE_PAUSE);
        assertThat(press(Ui.start(false), ch('n')).commands()).contains(Command.NEXT);
        assertThat(press(Ui.start(false), ch('b')).commands()).contains(Command.BACK);
        assertThat(press(Ui.start(false), ch('+')).commands()).contains(Command.ADD_TIME);
        assertThat(press(Ui.start(false), ch('-')).commands()).contains(Command.REMOVE_TIME);
        assertThat(Controls.on(Ui.start(false), new KeyStroke(KeyType.Enter), KeyMap.TAPPED, 5, true).commands())
                .contains(Command.ENTER);
        Controls.Outcome fromHelp = press(Ui.start(false).withHelp(true), ch(' '));
        assertThat(fromHelp.commands()).contains(Command.TOGGLE_PAUSE);
        assertThat(fromHelp.ui().help()).isFalse();
    }

    @Test
    void arrowsAndPagesScrollTheText() {
        Ui ui = Ui.start(false);
        assertThat(press(ui, new KeyStroke(KeyType.ArrowDown)).ui().scroll()).isEqualTo(1);
        assertThat(press(ui, new KeyStroke(KeyType.PageDown)).ui().scroll()).isEqualTo(5);
        assertThat(press(ui.withScroll(7), new KeyStroke(KeyType.PageUp)).ui().scroll()).isEqualTo(2);
        assertThat(press(ui, new KeyStroke(KeyType.ArrowUp)).ui().scroll()).isZero();
        assertThat(press(ui, new KeyStroke(KeyType.ArrowDown)).commands()).isEmpty();
    }

    @Test
    void onANoteSpacePagesInsteadOfPausing() {
        Controls.Outcome o = Controls.on(Ui.start(false), ch(' '), KeyMap.NOTE, 6, true);
        assertThat(o.commands()).isEmpty();
        assertThat(o.ui().scroll()).isEqualTo(6);
        assertThat(KeyMap.NOTE.rows()).as("the note's help says what space does")
                .anyMatch(r -> r.keys().equals("space") && r.help().contains("more of the note"));
    }

    @Test
    void helpPausesARunningSessionAndClosingItResumes() {
        Controls.Outcome open = press(Ui.start(false), ch('?'));
        assertThat(open.ui().help()).isTrue();
        assertThat(open.commands()).containsExactly(Command.TOGGLE_PAUSE);
        for (KeyStroke close : new KeyStroke[] {ch('?'), ESC}) {
            Controls.Outcome closed = press(open.ui(), close);
            assertThat(closed.ui().help()).isFalse();
            assertThat(closed.commands()).as("resumes").containsExactly(Command.TOGGLE_PAUSE);
        }
        Controls.Outcome quit = press(open.ui(), Q);
        assertThat(quit.commands()).as("the quit question lets the timer run, as it does without help")
                .containsExactly(Command.TOGGLE_PAUSE);
    }

    @Test
    void helpOpenedWhilePausedStaysPausedWhenClosed() {
        Controls.Outcome open = Controls.on(Ui.start(false), ch('?'), KeyMap.PLAYER, 5, false);
        assertThat(open.commands()).isEmpty();
        assertThat(press(open.ui(), ESC).commands()).isEmpty();
    }

    @Test
    void aSessionKeyInAPausingHelpResumesFirstAndSpaceKeepsThePause() {
        Ui open = press(Ui.start(false), ch('?')).ui();
        assertThat(press(open, ch('n')).commands()).containsExactly(Command.TOGGLE_PAUSE, Command.NEXT);
        Controls.Outcome space = press(open, ch(' '));
        assertThat(space.commands()).as("space means pause: it stays paused, help closed").isEmpty();
        assertThat(space.ui().help()).isFalse();
    }

    @Test
    void plusAndMinusCountTapsOnTappedReps() {
        assertThat(Controls.on(Ui.start(false), ch('+'), KeyMap.TAPPED, 5, true).commands()).containsExactly(Command.ADD_REP);
        assertThat(Controls.on(Ui.start(false), ch('-'), KeyMap.TAPPED, 5, true).commands())
                .containsExactly(Command.REMOVE_REP);
        assertThat(Controls.on(Ui.start(false), ch('+'), KeyMap.PACED, 5, true).commands())
                .as("a paced step's time is its tempo's").isEmpty();
    }
}
