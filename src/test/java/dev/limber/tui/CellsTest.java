package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.BasicTextImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellsTest {
    @Test
    void cjkTakesTwoColumnsCyrillicOneAndACombiningMarkNone() {
        assertThat(Cells.width("股四头肌")).isEqualTo(8);
        assertThat(Cells.width("Растяжка")).isEqualTo(8);
        assertThat(Cells.width("e\u0301")).isEqualTo(1);
        assertThat(Cells.width("Plank")).isEqualTo(5);
    }

    @Test
    void aCharacterBeyondTheBasicPlaneShowsAsOneReplacementNotTwoQuestionMarks() {
        assertThat(Cells.clean("Café crème 😀 done")).isEqualTo("Café crème \uFFFD done");
        assertThat(Cells.cleanText("a😀\nb")).isEqualTo("a\uFFFD\nb");
    }

    @Test
    void cutEndsInAnEllipsisAndNeverSplitsAWideCharacter() {
        assertThat(Cells.cut("Piriformis stretch", 10)).isEqualTo("Piriformi…");
        assertThat(Cells.cut("Plank", 5)).isEqualTo("Plank");
        assertThat(Cells.cut("股四头肌", 6)).isEqualTo("股四…");
        assertThat(Cells.cut("股四头肌", 4)).isEqualTo("股…");
        assertThat(Cells.width(Cells.cut("股四头肌", 5))).isLessThanOrEqualTo(5);
        assertThat(Cells.cut("anything", 0)).isEmpty();
    }

    @Test
    void cleanRemovesControlsAndComposes() {
        assertThat(Cells.clean("a\u001b[31mb\tc\u202e")).isEqualTo("a[31mb c");
        assertThat(Cells.clean("e\u0301")).isEqualTo("é");
        assertThat(Cells.cleanText("one\ntwo\u0007")).isEqualTo("one\ntwo");
    }

    @Test
    void wrapBreaksBetweenWordsAndKeepsParagraphs() {
        assertThat(Cells.wrap("Lie on your back and breathe\nthen roll", 12, 10))
                .containsExactly("Lie on your", "back and", "breathe", "then roll");
    }

    @Test
    void wrapBreaksCjkBetweenCharactersAndLongWordsAnywhere() {
        assertThat(Cells.wrap("慢慢地伸展大腿前侧", 8, 10)).containsExactly("慢慢地伸", "展大腿前", "侧");
        assertThat(Cells.wrap("Supercalifragilistic", 8, 10)).containsExactly("Supercal", "ifragili", "stic");
        for (String line : Cells.wrap("Медленно тянитесь. 慢慢地伸展大腿前侧，保持呼吸。", 9, 20)) {
            assertThat(Cells.width(line)).as(line).isLessThanOrEqualTo(9);
        }
    }

    @Test
    void wrapMarksTextThatDidNotFit() {
        assertThat(Cells.wrap("one two three four five", 9, 2)).containsExactly("one two", "three…");
    }

    @Test
    void wrapSurvivesTinyWidths() {
        assertThat(Cells.wrap("股 ab", 1, 10)).containsExactly("a", "b");
        assertThat(Cells.wrap("anything", 0, 10)).isEmpty();
        assertThat(Cells.wrap("", 10, 10)).isEmpty();
    }

    @Test
    void putStopsAtTheLimitAndLeavesNoHalfOfAWideCharacter() {
        BasicTextImage img = new BasicTextImage(new TerminalSize(10, 1));
        int end = Cells.put(img.newTextGraphics(), 0, 0, "ab股四", 5);
        assertThat(end).isEqualTo(4);
        assertThat(img.getCharacterAt(2, 0).getCharacterString()).isEqualTo("股");
        assertThat(img.getCharacterAt(4, 0).getCharacterString()).isEqualTo(" ");
        assertThat(List.of(Cells.put(img.newTextGraphics(), 0, 5, "off the image"))).containsExactly(0);
    }
}
