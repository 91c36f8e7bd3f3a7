package dev.limber.load;

import static dev.limber.load.Fixtures.load;
import static dev.limber.load.Fixtures.onlyError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.Step;
import org.junit.jupiter.api.Test;

/** {@code include "lib/hugs"} means what HOCON says: lib/hugs.conf, .json and .properties, merged. */
class IncludeBasenameTest {
    @Test
    void anIncludeWithoutExtensionMergesTheConfAndJsonThere() {
        LoadResult r = load("good/basename/hugs.conf");
        assertThat(r.problems()).isEmpty();
        Step hug = r.routine().orElseThrow().steps().get(0);
        assertThat(hug.base().name()).isEqualTo("Knee hug");
        // the .conf wins where both have a key; the .json adds what the .conf lacks
        assertThat(hug.base().how()).contains("from json");
        assertThat(r.routine().orElseThrow().steps().get(1).base().name()).isEqualTo("Roll");
    }

    @Test
    void anIncludeWithoutExtensionThatFindsNoFileSaysWhichItLookedFor() {
        Problem p = onlyError(load("bad/include-basename-missing.conf"));
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).startsWith("include: there is no file ").endsWith("lib/nope.conf (nor .json or .properties)");
    }
}
