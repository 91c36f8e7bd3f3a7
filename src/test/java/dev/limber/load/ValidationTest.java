package dev.limber.load;

import static dev.limber.load.Fixtures.load;
import static dev.limber.load.Fixtures.onlyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule of "What a bad or hostile file gets", on a small bad file, with the line it reports. */
class ValidationTest {

    @Test
    void bareNumberDurationIsRejectedWithLine() {
        Problem p = onlyError(load("bad/bare-number-duration.conf"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.path()).isEqualTo("steps[0].time");
        assertThat(p.message()).contains("needs a unit").contains("30s");
        assertThat(p.file()).endsWith("bare-number-duration.conf");
    }

    @Test
    void typoedKeyGetsADidYouMean() {
        Problem p = onlyError(load("bad/typo-key.conf"));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.path()).isEqualTo("steps[1].tiem");
        assertThat(p.message()).isEqualTo("unknown key \"tiem\"; did you mean \"time\"?");
    }

    @Test
    void unknownTopLevelKeyGetsADidYouMean() {
        Problem p = onlyError(load("bad/unknown-top-key.conf"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("did you mean \"pain-check\"?");
    }

    @Test
    void allThreeProblemsOfAFileAreReported() {
        LoadResult r = load("bad/three-problems.conf");
        assertThat(r.routine()).isEmpty();
        assertThat(r.errors()).extracting(Problem::line, Problem::path).containsExactly(
                tuple(3, "steps[0].time"), tuple(4, "steps[1].reps"), tuple(5, "steps[2].tone"));
        assertThat(r.errors().get(2).message()).contains("unknown tone \"hot\"");
    }

    @Test
    void repsOutOfRangeAreRejected() {
        Problem p = onlyError(load("bad/reps-out-of-range.conf"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("must be from 1 to 1000, not 1001");
    }

    @Test
    void negativeDurationIsRejected() {
        Problem p = onlyError(load("bad/negative-duration.conf"));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("cannot be negative");
    }

    @Test
    void durationsOutside1sTo24hAreRejectedButPausesMayBeZero() {
        LoadResult r = load("bad/duration-limits.conf");
        assertThat(r.errors()).extracting(Problem::line).containsExactly(4, 5, 6);
        assertThat(r.errors().get(0).message()).contains("longer than 24 hours");
        assertThat(r.errors().get(1).message()).contains("shorter than 1 second");
        assertThat(r.errors().get(2).message()).contains("shorter than 1 second");
    }

    @Test
    void unclosedBraceNamesWhereItWasOpened() {
        Problem p = onlyError(load("bad/unclosed-brace.conf"));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("] does not match the { opened on line 3");
    }

    @Test
    void braceNeverClosedAtEndOfFileIsReported() {
        LoadResult r = new RoutineLoader().load(RoutineFixtures.inline("title = T\nsteps = [\n  { name = A, time = 30s }\n"));
        Problem p = onlyError(r);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("never closed");
    }

    @Test
    void emptyStepsAreRejected() {
        Problem p = onlyError(load("bad/empty-steps.conf"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.path()).isEqualTo("steps");
        assertThat(p.message()).contains("at least one step");
    }

    @Test
    void aStepWithTwoKindsIsRejected() {
        Problem p = onlyError(load("bad/two-kinds.conf"));
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.path()).isEqualTo("steps[0]");
        assertThat(p.message()).contains("time (a timed step) and reps (a reps step)");
    }

    @Test
    void escapeInANameIsRejected() {
        Problem p = onlyError(load("bad/esc-in-name.conf"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.path()).isEqualTo("steps[0].name");
        assertThat(p.message()).contains("U+001B ESCAPE");
    }

    @Test
    void bellInANameIsRejected() {
        Problem p = onlyError(load("bad/bel-in-name.conf"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("U+0007");
    }

    @Test
    void c1ControlInANameIsRejected() {
        Problem p = onlyError(load("bad/c1-in-name.conf"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("U+009B");
    }

    @Test
    void bidiOverrideInANameIsRejected() {
        Problem p = onlyError(load("bad/bidi-in-name.conf"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("U+202E RIGHT-TO-LEFT OVERRIDE");
    }

    @Test
    void rawEscapeByteInTheFileIsRejected() {
        Problem p = onlyError(load("bad/raw-esc-in-name.conf"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("U+001B ESCAPE");
    }

    @Test
    void everyLineWithARawControlCharacterIsReported() {
        List<Problem> errors = load("bad/raw-controls-on-two-lines.conf").errors();
        assertThat(errors).extracting(Problem::line).containsExactly(2, 4);
        assertThat(errors.get(0).message()).contains("U+001B ESCAPE");
        assertThat(errors.get(1).message()).contains("U+0007 BEL");
    }

    @Test
    void textOver2000CharactersIsRejected() {
        Problem p = onlyError(load("bad/text-too-long.conf"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.path()).isEqualTo("steps[0].how");
        assertThat(p.message()).contains("2,001 characters");
    }

    @Test
    void wrongTypesAreReportedEachWithItsLine() {
        LoadResult r = load("bad/wrong-types.conf");
        assertThat(r.errors()).extracting(Problem::line, Problem::path).containsExactly(
                tuple(1, "title"), tuple(2, "pain-check"), tuple(4, "steps[0].sets"), tuple(5, "steps[1]"));
        assertThat(r.errors()).extracting(Problem::message).containsExactly(
                "expected text, got a list [ ]",
                "expected true or false, got \"maybe\"",
                "expected a whole number, got a list [ ]",
                "expected a step in { }, got \"not a step\"");
    }

    @Test
    void missingRequiredFieldsAreReported() {
        LoadResult r = load("bad/missing-fields.conf");
        assertThat(r.errors()).extracting(Problem::line, Problem::path, Problem::message).containsExactly(
                tuple(1, "", "title is required, e.g. title = \"Morning stretch\""),
                tuple(3, "steps[0]", "name is required"),
                tuple(4, "steps[1]", "a cycle step needs phases"));
    }

    @Test
    void emptyAndInvisibleNamesAreRejectedEachWithItsLine() {
        LoadResult r = load("bad/empty-names.conf");
        assertThat(r.routine()).isEmpty();
        assertThat(r.errors()).extracting(Problem::line, Problem::path, Problem::message).containsExactly(
                tuple(1, "title", "the title is empty; name the routine, e.g. title = \"Morning stretch\""),
                tuple(2, "tags[1]", "a tag is a word, e.g. lower-back"),
                tuple(4, "steps[0].name", "a step needs a name, e.g. name = \"Plank\""),
                tuple(5, "steps[1].name", "a step needs a name, e.g. name = \"Plank\""),
                tuple(6, "steps[2].name", "a step needs a name, e.g. name = \"Plank\""),
                tuple(7, "steps[3].sides[1]", "a side needs a name, e.g. left"),
                tuple(8, "steps[4].phases[0].name", "a phase needs a name, e.g. name = Heat"));
    }

    @Test
    void aNameEmptiedByAnOverrideIsRejectedAtTheOverride() {
        LoadResult r = new RoutineLoader().load(RoutineFixtures.inline(
                "title = T\nparams { who = Plank }\nsteps = [ { name = ${params.who}, time = 30s } ]\n"),
                Map.of("who", " "));
        Problem p = onlyError(r);
        assertThat(p.format()).isEqualTo("--set who= : steps[0].name: a step needs a name, e.g. name = \"Plank\"");
    }

    @Test
    void problemsPrintAsFileLinePathMessage() {
        Problem p = onlyError(load("bad/typo-key.conf"));
        assertThat(p.format()).endsWith("typo-key.conf:4: steps[1].tiem: unknown key \"tiem\"; did you mean \"time\"?");
    }

    @Test
    void unknownOverrideNameIsAnErrorSayingSo() {
        LoadResult r = load("good/params.conf", Map.of("hodl", "45s"));
        Problem p = onlyError(r);
        assertThat(p.fromCommandLine()).isTrue();
        assertThat(p.format()).isEqualTo("--set hodl=45s: the routine has no parameter \"hodl\"; did you mean"
                + " \"hold\"? its parameters are hold, rounds, loud, start");
    }

    @Test
    void unparsableOverrideValueIsAnErrorSayingSo() {
        LoadResult r = load("good/params.conf", Map.of("hold", "45", "rounds", "two", "loud", "yes"));
        assertThat(r.routine()).isEmpty();
        assertThat(r.errors()).extracting(Problem::format).containsExactlyInAnyOrder(
                "--set hold=45: a duration needs a unit: give e.g. 45s or 45m, not 45",
                "--set rounds=two: expected a number, e.g. 3",
                "--set loud=yes: expected true or false");
    }

    @Test
    void overrideValuesAreCheckedWhereTheyAreUsed() {
        LoadResult r = load("good/params.conf", Map.of("start", "lava", "rounds", "5000"));
        assertThat(r.errors()).extracting(Problem::file, Problem::path).containsExactlyInAnyOrder(
                tuple("--set rounds=5000", "steps[1].rounds"), tuple("--set start=lava", "steps[1].start"));
    }

    @Test
    void emojiLoadButAreWarnedAboutBecauseTheFullScreenCannotDrawThem() {
        LoadResult r = load("good/emoji.conf");
        assertThat(r.ok()).isTrue();
        assertThat(r.routine().orElseThrow().steps().get(0).base().name()).isEqualTo("Stretch \uD83E\uDDB5");
        assertThat(r.warnings()).extracting(Problem::line, Problem::path).containsExactly(tuple(3, "steps[0].name"));
        assertThat(r.warnings().get(0).format()).contains("show as \uFFFD on the full screen");
    }

    @Test
    void longColdPhaseIsAWarningNotAnError() {
        LoadResult r = load("good/long-cold.conf");
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).extracting(Problem::line, Problem::path).containsExactly(tuple(3, "steps[0].phases[0].time"));
        assertThat(r.warnings().get(0).format()).contains("warning: 25m of cold is longer than 20 minutes");
    }

    @Test
    void longHeatFromAnOverrideIsWarnedAboutAtTheOverride() {
        LoadResult r = new RoutineLoader().load(new RoutineLibrary(Fixtures.path("good"), Fixtures.path("good"))
                .find("heat-ice").orElseThrow(), Map.of("heat", "30m"));
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).extracting(Problem::format)
                .containsExactly("--set heat=30m: steps[1].phases[0].time: warning: 30m of heat is longer than 20"
                        + " minutes; heat or ice held longer than that at a time can harm the skin");
    }

    @Test
    void badSwapAndSkinCheckValuesAreEachReportedWithTheirLine() {
        LoadResult r = load("bad/heat-cold-keys.conf");
        assertThat(r.routine()).isEmpty();
        assertThat(r.errors()).extracting(Problem::line, Problem::path, Problem::message).containsExactly(
                tuple(5, "steps[0].swap", "swap is wait, or a duration such as 30s (0s for none), not \"maybe\""),
                tuple(6, "steps[0].skin-check", "skin-check is a duration such as 5m, or off; not \"often\""),
                tuple(8, "steps[0].phases[0].skin-check",
                        "a skin check every 10s would talk over the countdown; give 1m or more, or off"),
                tuple(9, "steps[0].phases[1].off", r.errors().get(3).message()),
                tuple(12, "steps[1].swap", "swap works only on a cycle step (one with phases), such as heat and ice"),
                tuple(13, "steps[2].swap", r.errors().get(5).message()));
        assertThat(r.errors().get(3).message()).contains("control character");
        assertThat(r.errors().get(5).message()).contains("needs a unit");
        assertThat(r.warnings()).extracting(Problem::line, Problem::path).containsExactly(
                tuple(13, "steps[2].phases[0].skin-check"));
        assertThat(r.warnings().get(0).message()).contains("only used in a warm or cold phase");
    }

    @Test
    void swapSkinCheckAndPackWordsLoad() {
        LoadResult r = load("good/heat-cold-keys.conf");
        assertThat(r.problems()).isEmpty();
        List<dev.limber.routine.Step> steps = r.routine().orElseThrow().steps();
        dev.limber.routine.Step.Cycle heatIce = (dev.limber.routine.Step.Cycle) steps.get(0);
        assertThat(heatIce.swap()).isEqualTo(dev.limber.routine.Swap.WAIT);
        assertThat(heatIce.skinCheck()).isEqualTo(dev.limber.routine.SkinCheck.OFF);
        assertThat(heatIce.phases().get(0).skinCheck()).contains(dev.limber.routine.SkinCheck.every(
                java.time.Duration.ofMinutes(2)));
        assertThat(heatIce.phases().get(0).on()).contains("Put the heat pack on.");
        dev.limber.routine.Step.Cycle contrast = (dev.limber.routine.Step.Cycle) steps.get(1);
        assertThat(contrast.swap()).isEqualTo(new dev.limber.routine.Swap.After(java.time.Duration.ofSeconds(15)));
        assertThat(contrast.skinCheck()).isEqualTo(dev.limber.routine.SkinCheck.OFF);
        assertThat(((dev.limber.routine.Step.Cycle) steps.get(2)).swap()).isEqualTo(dev.limber.routine.Swap.NONE);
    }

    @Test
    void everyProblemComesWithALine() {
        for (String bad : List.of("three-problems", "wrong-types", "missing-fields", "duration-limits",
                "heat-cold-keys")) {
            assertThat(load("bad/" + bad + ".conf").problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
        }
    }
}
