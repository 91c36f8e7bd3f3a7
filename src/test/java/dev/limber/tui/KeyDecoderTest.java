package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyDecoderTest {
    private final KeyDecoder decoder = new KeyDecoder();

    private void feed(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        decoder.feed(b, 0, b.length);
    }

    private List<KeyStroke> keys() {
        List<KeyStroke> out = new ArrayList<>();
        for (Optional<KeyStroke> k = decoder.next(); k.isPresent(); k = decoder.next()) {
            out.add(k.get());
        }
        return out;
    }

    /** What the player does with {@code typed}, arriving at once and then a pause. */
    private List<Action> player(String typed) {
        return actions(typed, KeyMap.PLAYER);
    }

    private List<Action> actions(String typed, KeyMap map) {
        feed(typed);
        decoder.expire();
        List<Action> out = new ArrayList<>();
        for (KeyStroke k : keys()) {
            out.add(map.action(k).orElse(null));
        }
        return out;
    }

    /**
     * Replies a terminal writes to its input (device attributes, colours, cursor and mode reports,
     * version strings), and keys no table binds: each is dropped whole, not one of its characters
     * reaches the player, and a key typed right after it still works.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "\u001b[?62;c", // primary device attributes
        "\u001b[?64;1;2;6;9;15;18;21;22c",
        "\u001b[>0;276;0c", // secondary device attributes
        "\u001b]11;rgb:1e1e/1e1e/1e1e\u0007", // OSC background colour, BEL
        "\u001b]11;rgb:1e1e/1e1e/1e1e\u001b\\", // the same, ST
        "\u001b]10;?\u001b\\",
        "\u001bP1$r0m\u001b\\", // DCS: DECRQSS answer, with an m in it
        "\u001bP>|xterm(379)\u001b\\", // DCS: XTVERSION
        "\u001bP1+r6b62=1b4f44\u001b\\", // DCS: XTGETTCAP, with a b in it
        "\u001b_Gi=1;OK\u001b\\", // APC: a graphics protocol answer
        "\u001b^privacy message\u001b\\", // PM
        "\u001bXstart of string\u001b\\", // SOS
        "\u001b[12;40R", // cursor position report
        "\u001b[?2004;1$y", // DECRPM mode report
        "\u001b[8;24;80t", // window size report
        "\u001b[I", "\u001b[O", // focus in and out
        "\u001b[<0;12;5M", // an SGR mouse press
        "\u001b[200~", "\u001b[201~", // bracketed paste marks
        "\u001b[15~", "\u001b[2~", "\u001b[3;5~", // F5, Insert, Ctrl-Delete
        "\u001b[Z", "\u001b[1;2P", "\u001b[27u", // back-tab, Shift-F1, a kitty-protocol Esc
        "\u001bOP", "\u001bOq", // F1 and the keypad's 1 in SS3 form
        "\u001b[[B", // the Linux console's F2
        "\u009b?62;c", // C1 forms: CSI, OSC with C1 ST, DCS with BEL
        "\u009d11;rgb:0000/0000/0000\u009c",
        "\u0090>|vte\u0007",
    })
    void aTerminalReplyOrAnUnboundSequenceIsDroppedWhole(String reply) {
        feed(reply);
        assertThat(keys()).isEmpty();
        assertThat(decoder.holding()).isFalse();
        assertThat(player("?")).containsExactly(Action.HELP);
    }

    @Test
    void repliesAmongKeysLeaveTheKeysAlone() {
        assertThat(player("m\u001b[?62;c\u001b]11;rgb:1e1e/1e1e/1e1e\u0007 \u001bP1$r0m\u001b\\n"))
                .containsExactly(Action.MUTE, Action.PAUSE, Action.NEXT);
    }

    @Test
    void aReplySplitAcrossReadsIsStillOneSequence() {
        feed("\u001b");
        assertThat(keys()).isEmpty();
        assertThat(decoder.holding()).isTrue();
        feed("]11;rgb:1e1e/");
        feed("1e1e/1e1e\u001b");
        feed("\\b");
        assertThat(keys()).extracting(KeyStroke::getCharacter).containsExactly('b');
        assertThat(decoder.holding()).isFalse();
    }

    @Test
    void anUnfinishedSequenceIsDroppedWhenInputPauses() {
        feed("\u001b[?62");
        decoder.expire();
        assertThat(keys()).isEmpty();
        feed("\u001b]11;rgb:1e1e");
        decoder.expire();
        assertThat(keys()).isEmpty();
        // after the pause, decoding starts afresh: what follows is typed
        assertThat(player("b?")).containsExactly(Action.BACK, Action.HELP);
    }

    @Test
    void aLoneEscIsTheEscapeKeyOnceInputPauses() {
        feed("\u001b");
        assertThat(keys()).isEmpty();
        decoder.expire();
        assertThat(keys()).extracting(KeyStroke::getKeyType).containsExactly(KeyType.Escape);
    }

    @Test
    void escAndAKeyTogetherAreTwoKeys() {
        assertThat(player("\u001bq")).containsExactly(Action.CLOSE, Action.QUIT);
        assertThat(player("\u001b\u001b")).containsExactly(Action.CLOSE, Action.CLOSE);
        assertThat(player("\u001b\u001b[C")).containsExactly(Action.CLOSE, Action.NEXT);
    }

    @Test
    void theBoundSpecialKeysStillDecode() {
        assertThat(player("\u001b[C\u001b[D\u001bOC\u001bOD\u001b[1;5C")).containsExactly(
                Action.NEXT, Action.BACK, Action.NEXT, Action.BACK, Action.NEXT);
        assertThat(actions("\u001b[A\u001b[B\u001bOA\u001b[5~\u001b[6~\u001b[H\u001b[F\u001b[1~\u001b[4~"
                + "\u001bOH\u001bOF\u001b[7~\u001b[8~", KeyMap.PICKER)).containsExactly(
                Action.UP, Action.DOWN, Action.UP, Action.PAGE_UP, Action.PAGE_DOWN, Action.HOME, Action.END,
                Action.HOME, Action.END, Action.HOME, Action.END, Action.HOME, Action.END);
        assertThat(actions("\r\n\u001bOM", KeyMap.TAPPED)).containsExactly(Action.ENTER, Action.ENTER, Action.ENTER);
        assertThat(player(" \u0003")).containsExactly(Action.PAUSE, Action.INTERRUPT);
    }

    @Test
    void anEscInsideASequenceEndsItAndBeginsTheNext() {
        assertThat(player("\u001b[?6\u001b[C")).containsExactly(Action.NEXT);
        assertThat(player("\u001b]0;title\u001b[D")).containsExactly(Action.BACK);
    }

    @Test
    void aFarTooLongSequenceIsDroppedWithoutKeepingIt() {
        assertThat(player("\u001b[" + "1;".repeat(50_000) + "C?")).containsExactly(Action.HELP);
        assertThat(player("\u001b]" + "m".repeat(100_000) + "\u0007?")).containsExactly(Action.HELP);
    }

    @Test
    void textDecodesAsCharacters() {
        feed("é日");
        assertThat(keys()).extracting(KeyStroke::getCharacter).containsExactly('é', '日');
        byte[] split = "ж".getBytes(StandardCharsets.UTF_8);
        decoder.feed(split, 0, 1);
        assertThat(keys()).isEmpty();
        decoder.feed(split, 1, 1);
        assertThat(keys()).extracting(KeyStroke::getCharacter).containsExactly('ж');
    }

    @Test
    void controlKeysAndBackspace() {
        feed("\u0003\u001a\u007f\u0008\t");
        List<KeyStroke> keys = keys();
        assertThat(keys).extracting(KeyStroke::getKeyType, KeyStroke::isCtrlDown).containsExactly(
                tuple(KeyType.Character, true), tuple(KeyType.Character, true),
                tuple(KeyType.Backspace, false), tuple(KeyType.Backspace, false), tuple(KeyType.Tab, false));
        assertThat(keys.subList(0, 2)).extracting(KeyStroke::getCharacter).containsExactly('c', 'z');
    }

    @Test
    void bytesThatAreNotUtf8AreDropped() {
        byte[] bad = {(byte) 0x80, (byte) 0xff, (byte) 0xc0, (byte) 0xaf, (byte) 0xed, (byte) 0xa0, (byte) 0x80, 'n'};
        decoder.feed(bad, 0, bad.length);
        decoder.expire();
        assertThat(keys()).extracting(KeyStroke::getCharacter).containsExactly('n');
    }
}
