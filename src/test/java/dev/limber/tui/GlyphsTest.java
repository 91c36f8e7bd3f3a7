package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class GlyphsTest {
    @Test
    void theWidthShortcutAgreesWithLanternaOnEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Glyphs.wide(c)).as("U+%04X", (int) c).isEqualTo(TerminalTextUtils.isCharDoubleWidth(c));
        }
    }

    @Test
    void aCharacterInOneStyleIsOneSharedCell() {
        Glyphs glyphs = new Glyphs();
        EnumSet<SGR> bold = EnumSet.of(SGR.BOLD);
        var a = glyphs.of('█', TextColor.ANSI.GREEN, TextColor.ANSI.DEFAULT, bold);
        glyphs.of('x', TextColor.ANSI.RED, TextColor.ANSI.DEFAULT, EnumSet.noneOf(SGR.class));
        assertThat(glyphs.of('█', TextColor.ANSI.GREEN, TextColor.ANSI.DEFAULT, EnumSet.of(SGR.BOLD))).isSameAs(a);
        assertThat(glyphs.of('█', TextColor.ANSI.GREEN, TextColor.ANSI.DEFAULT, EnumSet.noneOf(SGR.class))).isNotSameAs(a);
    }

    @Test
    void aStyleSetChangedAfterwardsDoesNotChangeTheCellsKept() {
        Glyphs glyphs = new Glyphs();
        EnumSet<SGR> mods = EnumSet.noneOf(SGR.class);
        var plain = glyphs.of('a', TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, mods);
        mods.add(SGR.BOLD);
        var bold = glyphs.of('a', TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, mods);
        assertThat(bold.getModifiers()).containsExactly(SGR.BOLD);
        assertThat(plain.getModifiers()).isEmpty();
    }

    @Test
    void textBesideAPictureTakesTheSameSharedCellsAsTextWithout() {
        Canvas canvas = new Canvas(new TerminalSize(100, 30), new Glyphs());
        LeftPart left = new LeftPart(canvas, 56);
        left.setForegroundColor(TextColor.ANSI.GREEN);
        canvas.setForegroundColor(TextColor.ANSI.GREEN);
        assertThat(Cells.cell(left, 'a')).isSameAs(Cells.cell(canvas, 'a'));
        canvas.setForegroundColor(TextColor.ANSI.RED);
        assertThat(Cells.cell(left, 'a')).as("in the part's own colours").isNotSameAs(Cells.cell(canvas, 'a'))
                .extracting(c -> c.getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN);
    }
}
