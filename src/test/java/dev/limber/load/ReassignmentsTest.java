package dev.limber.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReassignmentsTest {
    @Test
    void aListOrTextSetTwiceAtTheTopIsFound() {
        String text = """
                title = T
                steps = [ { name = A, time = 30s } ]
                "steps"
                  = [ { name = B, time = 30s } ]
                title: "U"
                """;
        assertThat(Reassignments.find(text)).containsExactly(new Reassignments.Again("steps", 3, 2),
                new Reassignments.Again("title", 5, 1));
    }

    @Test
    void mergesAppendsNestedKeysAndIncludesAreNotReassignments() {
        String text = """
                include "lib/a.conf"
                params { a = 1s }
                params { b = 2s }
                params = { c = 3s }
                library.x = { name = X }
                library.y = { name = Y }
                steps = [ { name = A, time = 30s, sides = [left] }, { name = A, time = 30s } ]
                steps += { name = C, time = 30s }
                steps = ${steps} [ { name = D, time = 30s } ]
                params.hold = ${?params.hold}
                """;
        assertThat(Reassignments.find(text)).isEmpty();
    }

    @Test
    void aRoutineThatSetsStepsTwiceLoadsWithAWarningOnTheLine() {
        LoadResult r = Fixtures.load("good/steps-twice.conf");
        assertThat(r.routine()).isPresent();
        assertThat(r.warnings()).extracting(Problem::line, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5,
                        "set again here (first on line 2); the later value replaces the earlier one"));
    }
}
