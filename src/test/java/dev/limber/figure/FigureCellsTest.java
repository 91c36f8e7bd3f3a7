package dev.limber.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureCellsTest {
    private final Figure plank = Figures.named("plank").orElseThrow();
    private final Pose pose = plank.poses().get(0).pose();

    @Test
    void aLyingFigureKeepsItsProportionsInATallRoom() {
        CellImage wide = FigureCells.render(plank, pose, 40, 40, ColourMode.TRUE_COLOUR);
        assertThat(wide.width()).isEqualTo(40);
        // each cell is two pixels tall, so a figure about 4:1 takes about 40 pixels by 10, 5 rows
        assertThat(wide.height()).isBetween(4, 7);
    }

    @Test
    void aStandingFigureFitsTheHeightAndNarrows() {
        Figure march = Figures.named("march").orElseThrow();
        CellImage img = FigureCells.render(march, march.poses().get(0).pose(), 40, 12, ColourMode.TRUE_COLOUR);
        assertThat(img.height()).isEqualTo(12);
        assertThat(img.width()).isLessThan(20);
    }

    @Test
    void colourCellsAreHalfBlocksOrBlank() {
        CellImage img = FigureCells.render(plank, pose, 30, 10, ColourMode.TRUE_COLOUR);
        assertThat(img.cells()).allSatisfy(c -> assertThat("▀▄█ ").contains(String.valueOf(c.ch())));
        assertThat(img.cells()).anySatisfy(c -> assertThat(c.ch()).isEqualTo('▀'));
    }

    @Test
    void fewerColoursFallBackToTheirIndexes() {
        CellImage c256 = FigureCells.render(plank, pose, 30, 10, ColourMode.INDEXED_256);
        CellImage c16 = FigureCells.render(plank, pose, 30, 10, ColourMode.ANSI_16);
        assertThat(c256.cells()).allSatisfy(c -> assertThat(c.fg()).isBetween(Cell.NONE, 255));
        assertThat(c16.cells()).allSatisfy(c -> assertThat(c.fg()).isBetween(Cell.NONE, 15));
        assertThat(c16.cells()).anySatisfy(c -> assertThat(c.fg()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void theShirtIsBlueInEveryDepth() {
        assertThat(Depth.reduce(Ink.SHIRT.rgb(), ColourMode.ANSI_16)).isEqualTo(12);
        assertThat(Depth.reduce(Ink.SHIRT.rgb(), ColourMode.INDEXED_256)).isEqualTo(68);
        assertThat(Depth.reduce(0xffffff, ColourMode.INDEXED_256)).isEqualTo(231);
        assertThat(Depth.reduce(0x808080, ColourMode.INDEXED_256)).isEqualTo(244);
    }

    @Test
    void monoIsBrailleWithoutColour() {
        CellImage img = FigureCells.render(plank, pose, 30, 10, ColourMode.MONO);
        assertThat(img.cells()).allSatisfy(c -> {
            assertThat(c.ch() == ' ' || (c.ch() >= 0x2800 && c.ch() <= 0x28ff)).isTrue();
            assertThat(c.fg()).isEqualTo(Cell.NONE);
        });
        assertThat(img.text()).doesNotContain("/");
    }

    @Test
    void theCacheDrawsEachSizeOnce() {
        FigureCache cache = new FigureCache();
        CellImage a = cache.get(plank, 0, 30, 10, ColourMode.ANSI_16);
        assertThat(cache.get(plank, 0, 30, 10, ColourMode.ANSI_16)).isSameAs(a);
        assertThat(cache.get(plank, 0, 31, 10, ColourMode.ANSI_16)).isNotSameAs(a);
        assertThat(cache.get(plank, 0, 30, 10, ColourMode.MONO)).isNotSameAs(a);
    }
}
