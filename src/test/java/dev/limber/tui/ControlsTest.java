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
        return Controls.on(ui, k, KeyMap.PLAYER, 5);
    }

    private static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void qAsksFirstAndSendsNothing() {
        Controls.Outcome o = press(Ui.start(false), Q);
        assertThat(o.ui().askingQuit()).isTrue();
        assertThat(o.command()).isEmpty();
        assertThat(o.exit()).isEqualTo(Controls.Exit.STAY);
    }

    @Test
    void yOrASecondQConfirms() {
        Ui asking = Ui.start(false).withAskingQuit(true);
        for (KeyStroke k : new KeyStroke[] {ch('y'), Q}) {
            Controls.Outcome o = press(asking, k);
            assertThat(o.exit()).isEqualTo(Controls.Exit.QUIT);
            assertThat(o.command()).contains(Command.QUIT);
        }
    }

    @Test
    void escOrNKeepsGoing() {
        Ui asking = Ui.start(false).withAskingQuit(true);
        for (KeyStroke k : new KeyStroke[] {ESC, ch('n')}) {
            Controls.Outcome o = press(asking, k);
            assertThat(o.exit()).isEqualTo(Controls.Exit.STAY);
            assertThat(o.ui().askingQuit()).isFalse();
            assertThat(o.command()).isEmpty();
        }
    }

    @Test
    void otherKeysWhileAskingDoNothing() {
        Controls.Outcome o = press(Ui.start(false).withAskingQuit(true), ch(' '));
        assertThat(o.command()).isEmpty();
        assertThat(o.ui().askingQuit()).isTrue();
    }

    @Test
    void escNeverQuits() {
        Controls.Outcome o = press(Ui.start(false), ESC);
        assertThat(o.exit()).isEqualTo(Controls.Exit.STAY);
        assertThat(o.command()).isEmpty();
    }

    @Test
    void ctrlCLeavesAtOnceEvenMidQuestion() {
        for (Ui ui : new Ui[] {Ui.start(false), Ui.start(false).withAskingQuit(true), Ui.start(false).withHelp(true)}) {
            Controls.Outcome o = press(ui, CTRL_C);
            assertThat(o.exit()).isEqualTo(Controls.Exit.INTERRUPT);
            assertThat(o.command()).contains(Command.QUIT);
        }
    }

    @Test
    void mTogglesMuteWithoutTouchingTheSession() {
        Controls.Outcome o = press(Ui.start(false), ch('m'));
        assertThat(o.ui().muted()).isTrue();
        assertThat(o.command()).isEmpty();
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
        assertThat(press(Ui.start(false), ch(' ')).command()).contains(Command.TOGGLE_PAUSE);
        assertThat(press(Ui.start(false), ch('n')).command()).contains(Command.NEXT);
        assertThat(press(Ui.start(false), ch('b')).command()).contains(Command.BACK);
        assertThat(press(Ui.start(false), ch('+')).command()).contains(Command.ADD_TIME);
        assertThat(press(Ui.start(false), ch('-')).command()).contains(Command.REMOVE_TIME);
        assertThat(press(Ui.start(false), new KeyStroke(KeyType.Enter)).command()).contains(Command.ENTER);
        Controls.Outcome fromHelp = press(Ui.start(false).withHelp(true), ch(' '));
        assertThat(fromHelp.command()).contains(Command.TOGGLE_PAUSE);
        assertThat(fromHelp.ui().help()).isFalse();
    }

    @Test
    void arrowsAndPagesScrollTheText() {
        Ui ui = Ui.start(false);
        assertThat(press(ui, new KeyStroke(KeyType.ArrowDown)).ui().scroll()).isEqualTo(1);
        assertThat(press(ui, new KeyStroke(KeyType.PageDown)).ui().scroll()).isEqualTo(5);
        assertThat(press(ui.withScroll(7), new KeyStroke(KeyType.PageUp)).ui().scroll()).isEqualTo(2);
        assertThat(press(ui, new KeyStroke(KeyType.ArrowUp)).ui().scroll()).isZero();
        assertThat(press(ui, new KeyStroke(KeyType.ArrowDown)).command()).isEmpty();
    }

    @Test
    void onANoteSpacePagesInsteadOfPausing() {
        Controls.Outcome o = Controls.on(Ui.start(false), ch(' '), KeyMap.NOTE, 6);
        assertThat(o.command()).isEmpty();
        assertThat(o.ui().scroll()).isEqualTo(6);
        assertThat(KeyMap.NOTE.rows()).as("the note's help says what space does")
                .anyMatch(r -> r.keys().equals("space") && r.help().contains("more of the note"));
    }
}
