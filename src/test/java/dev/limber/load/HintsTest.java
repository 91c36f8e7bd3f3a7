package dev.limber.load;

import static dev.limber.load.Fixtures.load;
import static dev.limber.load.Fixtures.onlyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Errors a routine author makes often come with what to write instead. */
class HintsTest {
    @Test
    void unquotedTextWithAColonSaysToQuoteIt() {
        Problem p = onlyError(load("bad/unquoted-colon.conf"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("Expecting end of input or a comma, got ':'; put text that has ':' in it in "
                + "double quotes");
    }

    @Test
    void aMistypedLibraryEntryGetsADidYouMean() {
        Problem p = onlyError(load("bad/library-typo.conf"));
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.message()).isEqualTo("${library.kneehug} is not defined in this routine; did you mean "
                + "${library.knee-hug}?");
    }

    @Test
    void anEnvironmentVariableStillSaysWhyItIsNotRead() {
        Problem p = onlyError(load("bad/home-substitution.conf"));
        assertThat(p.message()).contains("limber never reads environment variables");
    }

    @Test
    void aSideNamedTwiceOrANearMissOfLeftOrRightIsRefused() {
        LoadResult r = load("bad/sides-typo-and-twice.conf");
        assertThat(r.errors()).extracting(Problem::line, Problem::path, Problem::message).containsExactly(
                tuple(3, "steps[0].sides[1]", "unknown side \"rigth\"; did you mean \"right\"?"),
                tuple(4, "steps[1].sides[1]",
                        "side \"left\" is named twice; name each side once, e.g. [left, right]"));
    }
}
