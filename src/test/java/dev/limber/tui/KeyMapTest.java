package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The player's keys as DESIGN lists them, fed as keystrokes. */
class KeyMapTest {
    private static Optional<Action> player(KeyStroke k) {
        return KeyMap.PLAYER.action(k);
    }

    private static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void everyKeyOfTheDesignTableDoesItsJob() {
        assertThat(player(ch(' '))).contains(Action.PAUSE);
        assertThat(player(new KeyStroke(KeyType.Enter))).as("nothing to count or continue on a countdown").isEmpty();
        assertThat(KeyMap.TAPPED.action(new KeyStroke(KeyType.Enter))).contains(Action.ENTER);
        assertThat(player(ch('n'))).contains(Action.NEXT);
        assertThat(player(new KeyStroke(KeyType.ArrowRight))).contains(Action.NEXT);
        assertThat(player(ch('b'))).contains(Action.BACK);
        assertThat(player(new KeyStroke(KeyType.ArrowLeft))).contains(Action.BACK);
        assertThat(player(ch('+'))).contains(Action.ADD_TIME);
        assertThat(player(ch('-'))).contains(Action.REMOVE_TIME);
        assertThat(player(ch('m'))).contains(Action.MUTE);
        assertThat(player(ch('?'))).contains(Action.HELP);
        assertThat(player(ch('q'))).contains(Action.QUIT);
        assertThat(player(new KeyStroke(KeyType.Escape))).contains(Action.CLOSE);
        assertThat(player(new KeyStroke('c', true, false))).contains(Action.INTERRUPT);
    }

    @Test
    void capsLockDoesNotMakeThePlayerDeaf() {
        assertThat(player(ch('N'))).contains(Action.NEXT);
        assertThat(player(ch('Q'))).contains(Action.QUIT);
    }

    @Test
    void unboundKeysAndCtrlZOrCtrlSDoNothing() {
        assertThat(player(ch('x'))).isEmpty();
        assertThat(player(new KeyStroke(KeyType.F1))).isEmpty();
        assertThat(player(new KeyStroke('n', false, true))).isEmpty();
        assertThat(player(new KeyStroke('z', true, false))).isEmpty();
        assertThat(player(new KeyStroke('s', true, false))).isEmpty();
        assertThat(player(new KeyStroke('\\', true, false))).isEmpty();
    }

    @Test
    void theEndOfInputLeaves() {
        assertThat(player(new KeyStroke(KeyType.EOF))).contains(Action.INTERRUPT);
        assertThat(KeyMap.PICKER.action(new KeyStroke(KeyType.EOF))).contains(Action.INTERRUPT);
    }

    @Test
    void escIsNeverQuit() {
        for (KeyMap map : new KeyMap[] {KeyMap.PLAYER, KeyMap.QUIT_QUESTION, KeyMap.PICKER}) {
            assertThat(map.action(new KeyStroke(KeyType.Escape))).isNotEqualTo(Optional.of(Action.QUIT))
                    .isNotEqualTo(Optional.of(Action.YES));
        }
    }

    @Test
    void theQuitQuestionTakesYOrQAndCancelsOnNOrEsc() {
        assertThat(KeyMap.QUIT_QUESTION.action(ch('y'))).contains(Action.YES);
        assertThat(KeyMap.QUIT_QUESTION.action(ch('q'))).contains(Action.YES);
        assertThat(KeyMap.QUIT_QUESTION.action(ch('n'))).contains(Action.NO);
        assertThat(KeyMap.QUIT_QUESTION.action(new KeyStroke(KeyType.Escape))).contains(Action.NO);
        assertThat(KeyMap.QUIT_QUESTION.action(ch(' '))).isEmpty();
    }

    @Test
    void thePickerMovesWithArrowsOrJk() {
        assertThat(KeyMap.PICKER.action(ch('j'))).contains(Action.DOWN);
        assertThat(KeyMap.PICKER.action(ch('k'))).contains(Action.UP);
        assertThat(KeyMap.PICKER.action(new KeyStroke(KeyType.ArrowDown))).contains(Action.DOWN);
        assertThat(KeyMap.PICKER.action(new KeyStroke(KeyType.ArrowUp))).contains(Action.UP);
        assertThat(KeyMap.PICKER.action(new KeyStroke(KeyType.Enter))).contains(Action.ENTER);
        assertThat(KeyMap.PICKER.action(ch('q'))).contains(Action.QUIT);
    }

    @Test
    void keysForNamesTheRowOfAnAction() {
        assertThat(KeyMap.PLAYER.keysFor(Action.PAUSE)).isEqualTo("space");
        assertThat(KeyMap.NOTE.keysFor(Action.ENTER)).isEqualTo("enter");
        assertThat(KeyMap.PLAYER.keysFor(Action.YES)).isEmpty();
    }

    @Test
    void eachKindOfStepAdvertisesOnlyTheKeysThatDoSomethingThere() {
        assertThat(hints(KeyMap.PLAYER)).contains("±10s").doesNotContain("rep");
        assertThat(hints(KeyMap.TAPPED)).contains("rep", "±1 rep").doesNotContain("±10s");
        assertThat(hints(KeyMap.PACED)).doesNotContain("±10s", "±1 rep");
        assertThat(hints(KeyMap.NOTE)).contains("continue").doesNotContain("±10s", "pause");
        assertThat(KeyMap.PACED.rows()).anyMatch(r -> r.help().contains("press twice"));
    }

    private static java.util.List<String> hints(KeyMap map) {
        return map.footer().stream().map(KeyMap.Row::hint).toList();
    }
}
