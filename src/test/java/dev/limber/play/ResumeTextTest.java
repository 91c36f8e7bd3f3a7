package dev.limber.play;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.ResumePoint;
import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.plan.Steps;
import dev.limber.session.Start;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the resume question and the plain player's note call an unfinished session. */
class ResumeTextTest {
    private final Plan plan = Steps.plan(Steps.note("Packs ready?"), Steps.cycle("Heat and ice", 2, 20 * 60, 20 * 60));

    private ResumePoint at(Start start) {
        return ResumePoint.at(plan, "0123456789abcdef0123456789abcdef", start, Instant.parse("2025-03-01T12:00:00Z"));
    }

    private int firstHeat() {
        return plan.segments().stream().filter(s -> s.kind() == Segment.Kind.PHASE).findFirst().orElseThrow().index();
    }

    @Test
    void aCountdownIsNamedWithItsPhaseRoundAndTimeLeft() {
        ResumePoint p = at(new Start(firstHeat(), Duration.ofSeconds(14 * 60 + 48), Optional.of(Duration.ofSeconds(312))));
        assertThat("Resume " + ResumeText.where(plan, p) + "?").isEqualTo("Resume Heat and ice: Heat, round 1/2, 5:12 left?");
    }

    @Test
    void aNoteIsNamedByItsStep() {
        assertThat(ResumeText.where(plan, at(Start.at(0)))).isEqualTo("at step 1/2: Packs ready?");
    }
}
