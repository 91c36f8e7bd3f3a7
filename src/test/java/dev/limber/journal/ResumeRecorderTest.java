package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.plan.Steps;
import dev.limber.routine.Step;
import dev.limber.session.Command;
import dev.limber.session.Event;
import dev.limber.session.FakeTicker;
import dev.limber.session.Session;
import dev.limber.session.Start;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session on the fake ticker, its events handed to a {@link ResumeRecorder}, then a second
 * session started where the saved point says: what a person sees when they quit and resume.
 */
class ResumeRecorderTest {
    @TempDir
    Path dir;

    private final FakeTicker ticker = new FakeTicker();
    private final List<String> warnings = new ArrayList<>();
    private static final String SESSION = "0123456789abcdef0123456789abcdef";
    /** heat-ice --heat 1m --ice 1m --rounds 1, with a 10 s get-ready first. */
    private final Plan plan = heatIce(60);

    private static Plan heatIce(long seconds) {
        Step.Cycle c = Steps.cycle("Heat and ice", 1, seconds, seconds);
        return Steps.plan(new Step.Cycle(Steps.base("Heat and ice", List.of(), 1, Steps.pauses(10, 0, 0, 0)),
                c.phases(), 1, c.swap(), c.skinCheck()));
    }

    private ResumeStore store() {
        return new ResumeStore(dir.resolve("resume"), new Journal(dir.resolve("journal.jsonl")), Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC));
    }

    private Session play(Start start, ResumeRecorder recorder) {
        Session session = new Session(plan, start);
        session.start(ticker.nanos()).forEach(recorder);
        return session;
    }

    private void advance(Session session, ResumeRecorder recorder, long seconds) {
        ticker.advanceSeconds(seconds);
        session.tick(ticker.nanos()).forEach(recorder);
    }

    private void apply(Session session, ResumeRecorder recorder, Command c) {
        session.apply(c, ticker.nanos()).forEach(recorder);
    }

    private int heat() {
        return plan.segments().stream().filter(s -> s.kind() == Segment.Kind.PHASE).findFirst().orElseThrow().index();
    }

    private ResumePoint saved() {
        return store().find(plan).point().orElseThrow();
    }

    private Duration remainingAfterResume() {
        Session resumed = new Session(plan, saved().start());
        resumed.start(ticker.nanos());
        return resumed.snapshot(ticker.nanos()).remaining().orElseThrow();
    }

    @Test
    void quitWith25SecondsOfHeatLeftResumesWith25SecondsLeft() {
        ResumeRecorder recorder = new ResumeRecorder(store(), plan, SESSION, warnings::add);
        Session session = play(Start.at(0), recorder);
        advance(session, recorder, 10);
        assertThat(session.snapshot(ticker.nanos()).segment().index()).isEqualTo(heat());
        advance(session, recorder, 35);
        apply(session, recorder, Command.QUIT);

        assertThat(saved().segment()).isEqualTo(heat());
        assertThat(saved().spent()).isEqualTo(Duration.ofSeconds(35));
        assertThat(saved().left()).contains(Duration.ofSeconds(25));
        assertThat(remainingAfterResume()).isEqualTo(Duration.ofSeconds(25));
        assertThat(warnings).isEmpty();
    }

    @Test
    void pausesAndAddedTimeAreKept() {
        ResumeRecorder recorder = new ResumeRecorder(store(), plan, SESSION, warnings::add);
        Session session = play(Start.at(heat()), recorder);
        advance(session, recorder, 20);
        apply(session, recorder, Command.TOGGLE_PAUSE);
        advance(session, recorder, 300);
        apply(session, recorder, Command.TOGGLE_PAUSE);
        apply(session, recorder, Command.ADD_TIME);
        advance(session, recorder, 5);
        apply(session, recorder, Command.QUIT);

        assertThat(saved().spent()).isEqualTo(Duration.ofSeconds(25));
        assertThat(remainingAfterResume()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aResumedSessionQuitAgainKeepsCountingFromWhereItWas() {
        ResumeRecorder first = new ResumeRecorder(store(), plan, SESSION, warnings::add);
        Session session = play(Start.at(heat()), first);
        advance(session, first, 20);
        apply(session, first, Command.QUIT);

        Start again = saved().start();
        ResumeRecorder second = new ResumeRecorder(store(), plan, SESSION, again, warnings::add);
        Session resumed = play(again, second);
        advance(resumed, second, 15);
        apply(resumed, second, Command.QUIT);

        assertThat(saved().spent()).isEqualTo(Duration.ofSeconds(35));
        assertThat(remainingAfterResume()).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void aCrashLosesAtMostThirtySecondsOfARunningCountdown() {
        Plan long20 = heatIce(20 * 60);
        ResumeRecorder recorder = new ResumeRecorder(store(), long20, SESSION, warnings::add);
        Session session = new Session(long20, Start.at(heat()));
        session.start(ticker.nanos()).forEach(recorder);
        for (int i = 0; i < 95; i++) {
            advance(session, recorder, 1);
        }
        // no quit: the process died here
        until(() -> store().find(long20).point().map(p -> p.spent().equals(Duration.ofSeconds(90))).orElse(false));
        assertThat(store().find(long20).point().orElseThrow().left()).contains(Duration.ofMinutes(20).minusSeconds(90));
    }

    @Test
    void aGetReadyIsPlayedInFullAgain() {
        ResumeRecorder recorder = new ResumeRecorder(store(), plan, SESSION, warnings::add);
        Session session = play(Start.at(0), recorder);
        advance(session, recorder, 4);
        apply(session, recorder, Command.QUIT);

        assertThat(saved().segment()).isZero();
        assertThat(saved().left()).isEmpty();
        assertThat(remainingAfterResume()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theEndOfASessionWaitsForItsLastSave() {
        ResumeRecorder recorder = new ResumeRecorder(store(), plan, SESSION, warnings::add);
        Session session = play(Start.at(heat()), recorder);
        advance(session, recorder, 12);
        List<Event> quit = session.apply(Command.QUIT, ticker.nanos());
        quit.forEach(recorder);
        // no waiting here: the Finished event returned only once the point was on disk
        assertThat(saved().spent()).isEqualTo(Duration.ofSeconds(12));
        assertThat(saved().start()).isEqualTo(new Start(heat(), Duration.ofSeconds(12), Optional.of(Duration.ofSeconds(48))));
    }

    @Test
    void savesRunOffThePlayersThread() throws Exception {
        // a resume folder that is a file: every save fails, and says on which thread it ran
        Path notAFolder = java.nio.file.Files.writeString(dir.resolve("resume"), "");
        List<String> threads = new ArrayList<>();
        ResumeRecorder recorder = new ResumeRecorder(new ResumeStore(notAFolder, new Journal(dir.resolve("j")),
                Clock.systemUTC()), plan, SESSION, w -> threads.add(Thread.currentThread().getName()));
        Session session = play(Start.at(0), recorder);
        advance(session, recorder, 12);
        session.apply(Command.QUIT, ticker.nanos()).forEach(recorder);

        assertThat(threads).containsExactly("limber-resume");
    }

    static void until(BooleanSupplier condition) {
        long limit = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("gave up waiting for the resume file").isLessThan(limit);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
