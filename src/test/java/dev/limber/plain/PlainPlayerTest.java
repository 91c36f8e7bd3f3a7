package dev.limber.plain;

import static dev.limber.plan.Steps.base;
import static dev.limber.plan.Steps.pauses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.plan.Steps;
import dev.limber.routine.Pauses;
import dev.limber.routine.Picture;
import dev.limber.routine.SkinCheck;
import dev.limber.routine.StepBase;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Swap;
import dev.limber.session.Event;
import dev.limber.session.FakeTicker;
import dev.limber.session.FakeWallClock;
import dev.limber.session.OffTime;
import dev.limber.session.Start;
import dev.limber.session.State;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainPlayerTest {
    private final StringWriter bytes = new StringWriter();
    private final PrintWriter out = new PrintWriter(bytes, true);
    private final List<Event> heard = new ArrayList<>();
    private final FakeTicker clock = new FakeTicker();
    /** 16:26 in Berlin when the test starts; moved with {@link #clock} where a test reads it. */
    private final FakeWallClock wall = new FakeWallClock(Instant.parse("2025-03-01T15:26:00Z"), ZoneId.of("Europe/Berlin"));
    private int mutes;

    private PlainPlayer player(Plan plan) {
        return new PlainPlayer(plan, Start.at(0), out, heard::add, () -> mutes++, new OffTime(() -> wall, 1));
    }

    private void advance(long seconds) {
        clock.advanceSeconds(seconds);
        wall.advance(Duration.ofSeconds(seconds));
    }

    private String output() {
        return bytes.toString();
    }

    /** Plays until finished, waking exactly when the player asks, as the real loop does. */
    private void runUnattended(PlainPlayer p) {
        p.header();
        p.start(clock.nanos());
        p.onInputClosed(clock.nanos());
        int guard = 0;
        while (!p.isFinished() && guard++ < 100_000) {
            long wake = p.nextWake(clock.nanos());
            clock.advanceNanos(Math.max(1, wake - clock.nanos()));
            p.tick(clock.nanos());
        }
    }

    private Plan mixedPlan() {
        return Steps.plan(Steps.note("Lie on your back"),
                Steps.timed(base("Piriformis", List.of("left", "right"), 1, pauses(5, 10, 5, 0)), 30),
                Steps.paced("Ab curls", 3, 2, 1, 2), Steps.tapped("Bridge", 2), Steps.cycle("Heat/ice", 1, 20, 20));
    }

    @Test
    void unattendedItPlaysTheWholeRoutineToItsSummary() {
        PlainPlayer p = player(mixedPlan());
        runUnattended(p);
        String text = output();
        assertThat(p.isFinished()).isTrue();
        assertThat(p.result().completed()).isTrue();
        assertThat(p.unattended()).as("for the journal: nobody did this").isTrue();
        assertThat(text).contains("[1/5] Lie on your back — Enter to continue",
                "[2/5] Get ready: Piriformis — LEFT · 0:05",
                "[2/5] Piriformis — LEFT · 0:30",
                "[2/5] Switch sides → RIGHT · 0:05",
                "[3/5] Ab curls · 3 reps (2s up, 1s hold, 2s down)",
                "  rep 3/3",
                "[4/5] Bridge · 2 reps — Enter after each rep",
                "[5/5] Heat/ice: Ice · 0:20",
                "Finished: done 6 · skipped 0");
        assertThat(text.lines().filter(l -> l.equals("  0:20")).count()).as("every 10 s: 30 s holds twice, 20 s phases never")
                .isEqualTo(2);
        assertThat(text).doesNotContainPattern("[\\x00-\\x09\\x0b-\\x1f\\x7f\\x80-\\x9f]");
    }

    @Test
    void theLastThreeSecondsAreCountedOut() {
        PlainPlayer p = player(Steps.plan(Steps.timed("Hold", 12)));
        runUnattended(p);
        assertThat(output()).contains("  0:10\n  halfway\n  3\n  2\n  1\nFinished");
    }

    @Test
    void linesDriveTheSession() {
        PlainPlayer p = player(Steps.plan(Steps.timed("Hold", 30), Steps.tapped("Bridge", 2), Steps.timed("Last", 30)));
        p.start(clock.nanos());
        clock.advanceSeconds(5);
        p.onLine("p", clock.nanos());
        clock.advanceSeconds(100);
        p.onLine("p", clock.nanos());
        p.onLine("+", clock.nanos());
        assertThat(p.session().snapshot(clock.nanos()).remaining()).contains(Steps.s(35));
        p.onLine("n", clock.nanos());
        p.onLine("", clock.nanos());
        p.onLine("", clock.nanos());
        assertThat(p.session().snapshot(clock.nanos()).segment().name()).isEqualTo("Last");
        p.onLine("m", clock.nanos());
        p.onLine("zap", clock.nanos());
        p.onLine("q", clock.nanos());
        assertThat(p.isFinished()).isTrue();
        assertThat(mutes).isEqualTo(1);
        assertThat(output()).contains("Paused — p to resume", "Resumed", "  +10s · 0:35 left", "  rep 2/2",
                "Unknown command 'zap'", "Stopped: done 1 · cut short 1 · skipped 1");
        assertThat(heard).filteredOn(e -> e instanceof Event.Finished).hasSize(1);
    }

    @Test
    void plusStopsAtAnHourMoreAndTheCountdownLinesShowTheCappedTime() {
        PlainPlayer p = player(Steps.plan(Steps.timed("Hold", 30)));
        p.start(clock.nanos());
        for (int i = 0; i < 100_000; i++) {
            p.onLine("+", clock.nanos());
        }
        assertThat(output().lines().filter(l -> l.startsWith("  +10s · ")).count()).isEqualTo(360);
        clock.advanceSeconds(30);
        p.tick(clock.nanos());
        assertThat(output()).endsWith("  +10s · 1:00:30 left\n  1:00:20\n  1:00:10\n  1:00:00\n");
        clock.advanceSeconds(3600);
        p.tick(clock.nanos());
        assertThat(p.isFinished()).isTrue();
    }

    /** A pipe whose reader, like {@code head -3}, takes {@code limit} bytes into {@code read} and leaves: later writes fail. */
    private static OutputStream readerGoneAfter(int limit, ByteArrayOutputStream read) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (read.size() + len > limit) {
                    throw new IOException("Broken pipe");
                }
                read.write(b, off, len);
            }
        };
    }

    @Test
    void whenNobodyReadsTheLinesAnyMoreTheSessionEndsAsAQuit() {
        String threeLines = "Test routine — 2 steps, 20:00\n"
                + "Commands: Enter = rep/continue, p = pause, n = next, b = back, +/- = 10 s or a rep, m = mute, ? = commands, q = quit\n"
                + "[1/2] Hold · 10:00\n";
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        OutputStream pipe = readerGoneAfter(threeLines.getBytes(StandardCharsets.UTF_8).length, read);
        PrintWriter gone = new PrintWriter(new OutputStreamWriter(pipe, StandardCharsets.UTF_8), true);
        PlainPlayer p = new PlainPlayer(Steps.plan(Steps.timed("Hold", 600), Steps.timed("Next", 600)), Start.at(0),
                gone, heard::add, () -> mutes++, new OffTime(() -> wall, 1));
        long start = clock.nanos();
        runUnattended(p);
        assertThat(read.toString(StandardCharsets.UTF_8)).isEqualTo(threeLines);
        assertThat(p.isFinished()).isTrue();
        assertThat(p.outputLost()).isTrue();
        assertThat(p.result().completed()).as("a quit, not a session done").isFalse();
        assertThat(p.result().stoppedAt()).as("where --resume continues").isZero();
        assertThat(heard).filteredOn(e -> e instanceof Event.Finished).singleElement()
                .satisfies(e -> assertThat(e.at() - start).as("ended at the first line nobody read (0:09:50 left)")
                        .isEqualTo(10_000_000_000L));
    }

    @Test
    void aHeatOrIcePhaseSaysWhenItsPackComesOffAndSaysItAgainWhenThatMoves() {
        PlainPlayer p = player(Steps.plan(Steps.timed("Hold", 5), Steps.cycle("Heat and ice", 1, 19 * 60 + 55, 60)));
        p.start(clock.nanos());
        advance(5);
        p.tick(clock.nanos());
        p.onLine("p", clock.nanos());
        advance(60);
        p.onLine("p", clock.nanos());
        p.onLine("+", clock.nanos());
        assertThat(output()).contains("[2/2] Heat and ice: Heat · 19:55 · Heat off at 16:46\n",
                "Resumed · Heat off at 16:47\n", "  +10s · 20:05 left · Heat off at 16:47\n");
        assertThat(output()).as("a stretch has no pack to take off").contains("[1/2] Hold · 0:05\n");
    }

    @Test
    void whenInputClosesWhilePausedItPlaysOnInsteadOfWaitingForEver() {
        PlainPlayer p = player(Steps.plan(Steps.timed("Hold", 30)));
        p.header();
        p.start(clock.nanos());
        p.onLine("p", clock.nanos());
        p.onInputClosed(clock.nanos());
        assertThat(p.nextWake(clock.nanos())).isLessThan(Long.MAX_VALUE);
        clock.advanceSeconds(30);
        p.tick(clock.nanos());
        assertThat(p.isFinished()).isTrue();
        assertThat(p.result().completed()).isTrue();
    }

    @Test
    void anInterruptQuitsWithAOneLineSummary() {
        PlainPlayer p = player(Steps.plan(Steps.timed("Hold", 30)));
        p.start(clock.nanos());
        clock.advanceSeconds(12);
        p.interrupt(clock.nanos());
        assertThat(p.isFinished()).isTrue();
        assertThat(output().lines().reduce((a, b) -> b)).contains("Stopped: done 0 · cut short 1 · skipped 0 · active 0:12");
    }

    @Test
    void routineTextIsSanitized() {
        PlainPlayer p = player(Steps.plan(Steps.timed("Evil\u001b[2Jname\u0007", 3)));
        runUnattended(p);
        assertThat(output()).contains("Evil[2Jname").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    /** Heat then ice, {@code seconds} each, one round, with a swap pause that waits for Enter. */
    private static Plan heatIceWithSwap(long seconds) {
        Step.Cycle c = Steps.cycle("Heat/ice", 1, seconds, seconds);
        return Steps.plan(new Step.Cycle(c.base(), c.phases(), 1, Swap.WAIT, SkinCheck.DEFAULT));
    }

    private long startOf(String title) {
        return heard.stream().filter(e -> e instanceof Event.SegmentStarted && e.segment().title().equals(title))
                .findFirst().orElseThrow().at();
    }

    @Test
    void unattendedASwapPauseGoesOnAfterTenSecondsAndSaysSo() {
        PlainPlayer p = player(heatIceWithSwap(20));
        runUnattended(p);
        assertThat(output()).contains("[1/1] Swap → Ice — Heat is done: take it off. Put the ice on, then press"
                + " Enter.\n  nobody pressed Enter in 10 s: going on\n"
                + "[1/1] Heat/ice: Ice · 0:20");
        assertThat(startOf("Heat/ice: Ice") - startOf("Swap → Ice")).isEqualTo(10_000_000_000L);
        assertThat(p.result().completed()).isTrue();
    }

    @Test
    void attendedASwapWaitsForEnterWhileTheAlertRepeatsAndAnyLineStopsIt() {
        PlainPlayer p = player(heatIceWithSwap(20));
        p.start(clock.nanos());
        for (int i = 0; i < 80; i++) {
            clock.advanceSeconds(1);
            p.tick(clock.nanos());
        }
        assertThat(p.session().snapshot(clock.nanos()).segment().kind()).isEqualTo(Segment.Kind.SWAP);
        assertThat(output()).contains("! Heat is done: take it off now. (again) — Enter stops this alert")
                .doesNotContain("nobody pressed Enter");
        p.onLine("", clock.nanos());
        assertThat(output()).endsWith("  alert stopped\n[1/1] Heat/ice: Ice · 0:20 · Ice off at 16:26\n");
    }

    @Test
    void skinChecksArePrintedInHeatAndColdOnly() {
        PlainPlayer p = player(Steps.plan(Steps.timed("Stretch", 660), Steps.cycle("Heat/ice", 1, 660, 60)));
        runUnattended(p);
        assertThat(output().lines().filter(l -> l.equals("  check your skin")).count())
                .as("at 5 and 10 minutes of heat, none in the stretch").isEqualTo(2);
        assertThat(output()).contains("[2/2] Heat/ice: Heat · 11:00", "  6:00\n  check your skin\n");
    }

    @Test
    void theEndsAlertKeepsThePlayerGoingUntilALine() {
        PlainPlayer p = player(Steps.plan(Steps.cycle("Heat/ice", 1, 20, 20)));
        p.start(clock.nanos());
        for (int i = 0; i < 40; i++) {
            clock.advanceSeconds(1);
            p.tick(clock.nanos());
        }
        assertThat(p.session().isFinished()).isTrue();
        assertThat(p.isFinished()).as("the ice pack is still on").isFalse();
        assertThat(p.nextWake(clock.nanos())).isEqualTo(clock.nanos() + 30_000_000_000L);
        assertThat(output()).contains("! Ice is done: take it off now. — Enter stops this alert\nFinished: done 1");
        p.onLine("", clock.nanos());
        assertThat(p.isFinished()).isTrue();
    }

    @Test
    void aQuestionMarkListsTheCommandsThatWorkOnTheStepPlaying() {
        PlainPlayer p = player(Steps.plan(Steps.timed("Hold", 30), Steps.tapped("Bridge", 5)));
        p.start(clock.nanos());
        p.onLine("?", clock.nanos());
        assertThat(output()).contains("  +/-   10 s more / less").doesNotContain("Unknown").doesNotContain("count a rep");
        p.onLine("n", clock.nanos());
        p.onLine("?", clock.nanos());
        assertThat(output()).contains("  Enter count a rep", "  +/-   one more rep / take one back");
    }

    @Test
    void aLineOfSpacesPausesAsSpaceDoes() {
        PlainPlayer p = player(Steps.plan(Steps.timed("Hold", 30)));
        p.start(clock.nanos());
        p.onLine("   ", clock.nanos());
        assertThat(p.session().snapshot(clock.nanos()).state()).isEqualTo(State.PAUSED);
        assertThat(output()).contains("Paused — p to resume").doesNotContain("Unknown");
    }

    @Test
    void minusTakesBackATappedRepAndPlusCountsOne() {
        PlainPlayer p = player(Steps.plan(Steps.tapped("Bridge", 3), Steps.timed("Hold", 30)));
        p.start(clock.nanos());
        p.onLine("", clock.nanos());
        p.onLine("", clock.nanos());
        p.onLine("-", clock.nanos());
        p.onLine("+", clock.nanos());
        assertThat(p.session().snapshot(clock.nanos()).reps().orElseThrow().done()).isEqualTo(2);
        assertThat(output()).contains("  rep 1/3 (one taken back)", "  rep 2/3");
    }

    @Test
    void aPacedStepAsksForASecondEnterBeforeItEnds() {
        PlainPlayer p = player(Steps.plan(Steps.paced("Curl", 10, 2, 1, 2), Steps.timed("Hold", 30)));
        p.start(clock.nanos());
        p.onLine("", clock.nanos());
        assertThat(p.session().currentIndex()).isZero();
        assertThat(output()).contains("  Press Enter again to finish this step");
        p.onLine("", clock.nanos());
        assertThat(p.session().currentIndex()).isEqualTo(1);
    }

    @Test
    void aNoteKeepsItsParagraphs() {
        StepBase base = new StepBase("Before you start", Optional.of("Lie on a mat.\n\nStop if it hurts."), List.of(), 1,
                Pauses.NONE, Optional.empty());
        PlainPlayer p = player(Steps.plan(new Step.Note(base)));
        p.start(clock.nanos());
        assertThat(output()).contains("  Lie on a mat.\n\n  Stop if it hurts.\n");
    }

    @Test
    void aPicturesWordsArePrintedOncePerStepNotPerSideOrSet() {
        StepBase b = base("Knee hug", List.of("left", "right"), 2, pauses(0, 0, 0, 0));
        Picture hug = new Picture.Figure("knee-hug", Optional.of("Lie on your back, one knee pulled to the chest"));
        PlainPlayer p = player(Steps.plan(Steps.timed(new StepBase(b.name(), b.how(), b.sides(), b.sets(), b.pauses(),
                b.tone(), Optional.of(hug)), 5), Steps.timed(new StepBase("Plank", Optional.empty(), List.of(), 1,
                        b.pauses(), Optional.empty(), Optional.of(new Picture.Figure("plank", Optional.empty()))), 5)));
        runUnattended(p);
        assertThat(output().lines().filter(l -> l.startsWith("  Picture: ")))
                .containsExactly("  Picture: Lie on your back, one knee pulled to the chest", "  Picture: Plank");
    }
}
