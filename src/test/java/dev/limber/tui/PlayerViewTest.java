package dev.limber.tui;

import dev.limber.routine.Beat;

import dev.limber.routine.Tempo;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.BasicTextImage;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.limber.plan.Segment;
import dev.limber.plan.SegmentBuilder;
import dev.limber.plan.Steps;
import dev.limber.routine.Tone;
import dev.limber.session.Command;
import dev.limber.session.FakeWallClock;
import dev.limber.session.OffTime;
import dev.limber.session.Session;
import dev.limber.session.Snapshot;
import dev.limber.session.SnapshotBuilder;
import dev.limber.session.State;
import dev.limber.text.Sanitizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The player screen drawn from hand-made snapshots on a virtual terminal, compared as pictures. */
class PlayerViewTest {
    private final PlayerView view = new PlayerView(Palette.of(Palette.Depth.ANSI16), Snapshots.OFF_TIME);

    private String draw(int w, int h, Snapshot s, Ui ui) {
        return VirtualScreen.render(w, h, g -> view.draw(g, s, ui));
    }

    /** A text block ends in a newline the picture does not have. */
    static String picture(String textBlock) {
        return textBlock.substring(0, textBlock.length() - 1);
    }

    @Test
    void aCountdownAt80x24ShowsEverythingLargestFirst() {
        assertThat(draw(80, 24, Snapshots.piriformis(), Ui.start(false))).isEqualTo(picture(TIMED_80));
    }

    @Test
    void at40x12TheDigitsTitleInstructionsStepBarAndNextStay() {
        assertThat(draw(40, 12, Snapshots.piriformis(), Ui.start(false))).isEqualTo(picture(TIMED_40));
    }

    @Test
    void below40x10ItIsOneLine() {
        assertThat(draw(20, 6, Snapshots.piriformis(), Ui.start(false))).isEqualTo(picture(TIMED_20));
    }

    @Test
    void aCountdownPressedPlusAHundredThousandTimesShowsTheCappedHourMore() {
        Session session = new Session(Steps.plan(Steps.timed("Hold", 30)));
        session.start(0);
        for (int i = 0; i < 100_000; i++) {
            session.apply(Command.ADD_TIME, 0);
        }
        assertThat(draw(80, 24, session.snapshot(0), Ui.start(false)).lines().findFirst())
                .hasValueSatisfying(top -> assertThat(top).endsWith("1/1 · 1:00:30 left"));
        assertThat(draw(20, 6, session.snapshot(0), Ui.start(false))).contains("1:00:30 Hold");
    }

    @Test
    void cyrillicAndCjkAreLaidOutByDisplayWidth() {
        String pic = draw(40, 12, Snapshots.cjk(), Ui.start(false));
        assertThat(pic).isEqualTo(picture(CJK_40));
        for (String line : pic.split("\n")) {
            assertThat(Cells.width(line)).as(line).isLessThanOrEqualTo(40);
        }
    }

    @Test
    void aRepCounterShowsDoneOfTargetAndWhatEnterDoes() {
        assertThat(draw(80, 24, Snapshots.curls(3, Optional.empty()), Ui.start(false))).isEqualTo(picture(REPS_80));
    }

    @Test
    void aPacedRepShowsTheCountBigAndItsBeatBelow() {
        Segment paced = SegmentBuilder.reps("Ab curls", 10).at(7, 6)
                .tempo(dev.limber.routine.Tempo.single(Duration.ofSeconds(7))).build();
        Snapshot s = SnapshotBuilder.of("Sciatica relief", paced).step(9, 9)
                .time(Duration.ofSeconds(2), Duration.ofSeconds(68)).reps(9, Optional.of("down"))
                .progress(68 / 70.0, 0.99, Duration.ofSeconds(2)).build();
        String pic = draw(80, 24, s, Ui.start(false));
        assertThat(pic).contains("DOWN").doesNotContain("count a rep");
        assertThat(pic.lines().filter(l -> l.contains("██")).findFirst().orElseThrow())
                .isEqualTo("                         ██████      ██      ██  ██████");
        assertThat(firstBlock(image(s, view)).getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN_BRIGHT);
    }

    @Test
    void aPacedRepSaysTheSecondsLeftInItsBeat() {
        Segment paced = SegmentBuilder.reps("Ab curls", 10).at(7, 6)
                .tempo(new Tempo(List.of(new Beat("up", Duration.ofSeconds(2)), new Beat("hold", Duration.ofSeconds(1)),
                        new Beat("down", Duration.ofSeconds(2)))))
                .build();
        // 5 s a rep: 13.5 s in is rep 3, half a second into its two-second down beat
        Snapshot s = SnapshotBuilder.of("Sciatica relief", paced).step(9, 9)
                .time(Duration.ofMillis(36_500), Duration.ofMillis(13_500)).reps(2, Optional.of("down"))
                .progress(0.25, 0.9, Duration.ofSeconds(40)).build();
        assertThat(draw(80, 24, s, Ui.start(false))).contains("DOWN · 2s");
    }

    @Test
    void aFirstEnterInAPacedStepSaysToPressAgain() {
        Ui asked = Ui.start(false).withNotice(Optional.of(new Ui.Notice("Press enter again to finish this step", 0)));
        assertThat(draw(80, 24, Snapshots.curls(3, Optional.of("up")), asked))
                .contains("Press enter again to finish this step");
        assertThat(draw(39, 9, Snapshots.curls(3, Optional.of("up")), asked)).contains("3/10 Press enter again");
    }

    @Test
    void theDigitsGrowWithTheRoom() {
        assertThat(blockRows(draw(80, 24, Snapshots.piriformis(), Ui.start(false)))).isEqualTo(5);
        assertThat(blockRows(draw(120, 34, Snapshots.piriformis(), Ui.start(false)))).isEqualTo(10);
        String big = draw(200, 50, Snapshots.piriformis(), Ui.start(false));
        assertThat(blockRows(big)).as("a third of the rows at 200x50").isEqualTo(15);
        assertThat(big).contains("Piriformis").contains("Next:").contains("q quit");
    }

    private static long blockRows(String picture) {
        return picture.lines().filter(l -> l.indexOf(BigDigits.BLOCK) >= 0 && !l.contains("step") && !l.contains("total"))
                .count();
    }

    @Test
    void aNoteGivesItsTextTheRoomAndSaysEnterContinues() {
        assertThat(draw(40, 12, Snapshots.welcome(), Ui.start(false))).isEqualTo(picture(NOTE_40));
    }

    @Test
    void aLongNoteIsReadToItsLastLineAt40x12() {
        Segment seg = Snapshots.note("Before you start", "You need a foam roller and a mat. Move slowly and breathe"
                + " out as you ease into each position. A stretch should pull, never stab. Stop and get medical"
                + " help today if your leg gets weaker.");
        Snapshot s = SnapshotBuilder.of("Sciatica relief", seg).step(1, 9).waiting(Duration.ofSeconds(4))
                .progress(0, 0, Duration.ofSeconds(600)).build();
        assertThat(draw(40, 12, s, Ui.start(false))).contains("weaker.").doesNotContain(Cells.ELLIPSIS);
    }

    @Test
    void aHeatPhaseSaysWhenThePackComesOffInLocalTimeAcrossPausesAndAddedTime() {
        FakeWallClock wall = new FakeWallClock(Instant.parse("2025-03-01T15:26:00Z"), ZoneId.of("Europe/Berlin"));
        PlayerView v = new PlayerView(Palette.of(Palette.Depth.ANSI16), new OffTime(() -> wall, 1));
        Duration left = Duration.ofMinutes(19).plusSeconds(55);
        assertThat(VirtualScreen.render(80, 24, g -> v.draw(g, Snapshots.heat(State.RUNNING, left), Ui.start(false))))
                .contains("Heat off at 16:45");

        wall.advance(Duration.ofMinutes(1));
        Snapshot paused = Snapshots.heat(State.PAUSED, left);
        assertThat(VirtualScreen.render(80, 24, g -> v.draw(g, paused, Ui.start(false)))).contains("Heat off at 16:46");
        assertThat(v.nanosUntilWallChange(paused)).as("the paused screen is redrawn when the minute turns")
                .isEqualTo(Duration.ofSeconds(5).toNanos());

        Snapshot added = Snapshots.heat(State.RUNNING, left.plusSeconds(10));
        assertThat(VirtualScreen.render(80, 24, g -> v.draw(g, added, Ui.start(false)))).contains("Heat off at 16:47");
        assertThat(VirtualScreen.render(40, 12, g -> v.draw(g, added, Ui.start(false)))).contains("Heat off at 16:47");
        assertThat(v.nanosUntilWallChange(added)).as("running, the end stands still").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aStretchSaysNoOffTime() {
        assertThat(draw(80, 24, Snapshots.piriformis(), Ui.start(false))).doesNotContain(" off at ");
    }

    /** The heat-ice routine's first note, with its warning about numb skin and diabetes. */
    static final String PACKS = "You need a heat pack (or a hot-water bottle) and an ice pack (or a bag of frozen"
            + " peas), and a towel for each. Never put either straight on your skin.\n\nHeat loosens stiff, tight"
            + " muscles; ice calms pain and swelling. Do not use them on numb skin, broken skin or a rash, or if you"
            + " have diabetes or poor circulation, unless your doctor or physiotherapist has said it is safe.\n\n"
            + "Sit or lie comfortably where you can reach the screen, and press Enter when you are ready.";

    private static Snapshot packs() {
        return SnapshotBuilder.of("Heat and ice", Snapshots.note("Get your packs ready", PACKS))
                .next(Snapshots.heat()).step(1, 2).waiting(Duration.ofSeconds(3))
                .progress(0, 0, Duration.ofMinutes(40)).build();
    }

    /**
     * What a person sees pressing {@code key} until the picture stops changing, as the player does
     * it: each key through the controls, the scroll kept within what the view drew.
     */
    private List<String> pages(int w, int h, Snapshot s, Ui start, KeyStroke key) {
        List<String> seen = new java.util.ArrayList<>();
        Ui ui = start;
        for (int i = 0; i < 50; i++) {
            Ui shown = ui;
            String pic = draw(w, h, s, shown);
            if (!seen.isEmpty() && seen.get(seen.size() - 1).equals(pic)) {
                return seen;
            }
            seen.add(pic);
            Controls.Outcome o = Controls.on(ui, key, KeyMap.player(s.segment()), view.page(), true);
            assertThat(o.commands()).as("scrolling sends nothing to the session").isEmpty();
            ui = o.ui().withScroll(Math.min(o.ui().scroll(), view.scrollMax()));
        }
        throw new AssertionError("never reached the end");
    }

    private static final KeyStroke SPACE = new KeyStroke(' ', false, false);

    @Test
    void theHeatIceNoteScrollsWithSpaceToItsLastLineAt40x12() {
        List<String> pages = pages(40, 12, packs(), Ui.start(false), SPACE);
        assertThat(pages.get(0)).contains("▼ more").doesNotContain(Cells.ELLIPSIS).doesNotContain("diabetes");
        String last = pages.get(pages.size() - 1);
        assertThat(last).contains("when you are ready.").contains("▲ more above").doesNotContain("▼");
        assertThat(String.join("\n", pages)).contains("if you have diabetes");
        for (String line : Cells.wrap(Cells.cleanText(PACKS), 36, Integer.MAX_VALUE)) {
            assertThat(pages).as(line).anyMatch(p -> p.contains(line));
        }
        assertThat(pages(40, 12, packs(), Ui.start(false).withScroll(99),
                new KeyStroke(KeyType.ArrowUp)).get(0)).as("↑ moves back at once from a scroll past the end").isNotEmpty();
    }

    @Test
    void longInstructionsScrollWithArrowsAndPagesAt80x24() {
        String how = String.join(" ", java.util.Collections.nCopies(30, "Keep the knee soft and breathe out slowly."))
                + " Stop if your leg tingles.";
        Segment seg = Snapshots.work("Hamstring stretch", null, 1, 1, Duration.ofSeconds(60), Tone.WORK, how);
        Snapshot s = SnapshotBuilder.of("Stretches", seg).time(Duration.ofSeconds(40), Duration.ofSeconds(20))
                .progress(0.3, 0.3, Duration.ofSeconds(40)).build();
        List<String> byLine = pages(80, 24, s, Ui.start(false), new KeyStroke(KeyType.ArrowDown));
        List<String> byPage = pages(80, 24, s, Ui.start(false), new KeyStroke(KeyType.PageDown));
        assertThat(byLine.get(0)).doesNotContain("tingles").contains("▼");
        assertThat(byLine.get(byLine.size() - 1)).contains("Stop if your leg tingles.");
        assertThat(byPage.get(byPage.size() - 1)).contains("Stop if your leg tingles.");
        assertThat(byPage.size()).isLessThan(byLine.size());
        assertThat(byLine.get(byLine.size() - 1)).as("the countdown stays").contains("██");
    }

    @Test
    void belowFortyByTenANoteKeepsItsTextAndScrollsToo() {
        List<String> pages = pages(30, 8, packs(), Ui.start(false), new KeyStroke(KeyType.PageDown));
        assertThat(pages.get(0)).contains("Get your packs ready").contains("▼ more");
        assertThat(pages.get(pages.size() - 1)).contains("ready.");
        assertThat(String.join("\n", pages)).contains("diabetes");
        assertThat(draw(30, 2, packs(), Ui.start(false))).as("one line where there is no room").contains("Get your");
    }

    @Test
    void helpScrollsWhereItsRowsDoNotFit() {
        List<String> pages = pages(40, 10, Snapshots.piriformis(), Ui.start(false).withHelp(true),
                new KeyStroke(KeyType.ArrowDown));
        assertThat(pages.get(0)).contains("▼").doesNotContain("Ctrl-C");
        assertThat(pages.get(pages.size() - 1)).contains("Ctrl-C").contains("quit at once");
    }

    @Test
    void helpWrapsWhatAKeyDoesAt40x12AndCutsNothing() {
        List<String> pages = pages(40, 12, Snapshots.piriformis(), Ui.start(false).withHelp(true),
                new KeyStroke(KeyType.ArrowDown));
        String all = String.join("\n", pages);
        assertThat(all).doesNotContain(Cells.ELLIPSIS).contains("back: this side's start,").contains("the one before");
        for (KeyMap.Row r : KeyMap.PLAYER.rows()) {
            for (String word : r.help().split(" ")) {
                assertThat(all).as(r.help()).contains(word);
            }
        }
    }

    @Test
    void aLongNameIsCutSoTheSideAndSetStayInSight() {
        String name = "Extremely long step name for the supine figure-four piriformis stretch with a towel";
        Segment seg = Snapshots.work(name, "left", 1, 2, Duration.ofSeconds(45), Tone.WORK, null);
        Segment next = Snapshots.work(name, "right", 1, 2, Duration.ofSeconds(45), Tone.WORK, null);
        Snapshot s = SnapshotBuilder.of("Stretches", seg).next(next).step(2, 4)
                .time(Duration.ofSeconds(30), Duration.ofSeconds(15)).progress(0.3, 0.2, Duration.ofSeconds(300))
                .build();
        String big = draw(80, 24, s, Ui.start(false));
        assertThat(big).contains("— LEFT · set 1/2").contains("— RIGHT · set 1/2 · 45s");
        assertThat(draw(20, 6, s, Ui.start(false))).contains("— LEFT");
    }

    @Test
    void aCyclesPhaseAndRoundStayWhenItsNameIsCut() {
        Segment warm = SegmentBuilder.phase("Warm and cold water", "Warm", 1, 4, Duration.ofMinutes(3)).at(2, 1)
                .tone(Tone.WARM).build();
        Snapshot s = SnapshotBuilder.of("Contrast therapy", warm).step(2, 3)
                .time(Duration.ofSeconds(90), Duration.ofSeconds(90)).progress(0.5, 0.2, Duration.ofSeconds(900))
                .build();
        assertThat(draw(30, 12, s, Ui.start(false))).contains(": Warm · round 1/4");
    }

    @Test
    void aPauseShowsTheInstructionsOfWhatComesNext() {
        Segment work = Snapshots.work("Plank", null, 1, 1, Duration.ofSeconds(30), Tone.WORK, "Elbows under shoulders.");
        Segment prepare = SegmentBuilder.pause(Segment.Pause.Why.PREPARE, "Plank", Duration.ofSeconds(5)).at(3, 4)
                .build();
        Snapshot s = SnapshotBuilder.of("Core", prepare).next(work).step(5, 6)
                .time(Duration.ofSeconds(4), Duration.ofSeconds(1)).progress(0.2, 0.5, Duration.ofSeconds(34)).build();
        assertThat(draw(80, 24, s, Ui.start(false))).contains("Get ready: Plank").contains("Elbows under shoulders.");
    }

    @Test
    void blockDigitsAreFiveRowsTallAt80x24AndTenWithRoom() {
        assertThat(rowsWithBlocks(draw(80, 24, Snapshots.piriformis(), Ui.start(false)), 12)).isEqualTo(5);
        assertThat(rowsWithBlocks(draw(100, 40, Snapshots.piriformis(), Ui.start(false)), 24)).isEqualTo(10);
    }

    private static long rowsWithBlocks(String pic, int rows) {
        return pic.lines().limit(rows).filter(l -> l.contains("██")).count();
    }

    @Test
    void pausedShowsABannerOnRowsOfItsOwn() {
        Snapshot paused = Snapshots.piriformis(State.PAUSED, Duration.ofSeconds(30));
        String pic = draw(80, 24, paused, Ui.start(false));
        assertThat(pic).contains("PAUSED · space to resume")
                .contains("Lie on your back, cross the left ankle over the right knee and pull the")
                .contains("left buttock.");
    }

    @Test
    void quitAsksWithTheKeysOfTheQuestionTable() {
        String pic = draw(80, 24, Snapshots.piriformis(), Ui.start(false).withAskingQuit(true));
        assertThat(pic).contains("Quit this session?").contains("y q quit · n Esc keep going");
    }

    @Test
    void aSessionNothingIsRecordedOfPromisesNoSaveOnQuit() {
        PlayerView unkept = new PlayerView(Palette.of(Palette.Depth.ANSI16), Snapshots.OFF_TIME, false, Optional.empty());
        String help = VirtualScreen.render(80, 24, g -> unkept.draw(g, Snapshots.piriformis(),
                Ui.start(false).withHelp(true)));
        assertThat(help).contains("quit (asks; nothing is recorded)").doesNotContain("saved");
        String asked = VirtualScreen.render(80, 24, g -> unkept.draw(g, Snapshots.piriformis(),
                Ui.start(false).withAskingQuit(true)));
        assertThat(asked).contains("Quit? Nothing of this session is recorded.");

        assertThat(draw(80, 24, Snapshots.piriformis(), Ui.start(false).withHelp(true)))
                .as("a kept session").contains("quit (asks; session is saved)");
    }

    @Test
    void helpListsEveryRowOfTheKeyTable() {
        String pic = draw(80, 24, Snapshots.piriformis(), Ui.start(false).withHelp(true));
        for (KeyMap.Row r : KeyMap.PLAYER.rows()) {
            assertThat(pic).containsPattern(Pattern.quote(r.keys()) + " +" + Pattern.quote(r.help()));
        }
        assertThat(pic).contains("Esc or ? closes this").doesNotContain("██");
    }

    @Test
    void theFooterIsTheKeyTableAndKeepsHelpAndQuitWhenNarrow() {
        String footer = lastLine(draw(80, 24, Snapshots.piriformis(), Ui.start(false)));
        for (KeyMap.Row r : KeyMap.PLAYER.footer()) {
            assertThat(footer).contains(r.keys() + " " + r.hint());
        }
        assertThat(lastLine(draw(40, 12, Snapshots.piriformis(), Ui.start(false))))
                .contains("? help").contains("q quit");
    }

    private static String lastLine(String pic) {
        return pic.lines().reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void mutedShowsInTheHeader() {
        assertThat(draw(80, 24, Snapshots.piriformis(), Ui.start(true)).lines().findFirst().orElseThrow())
                .endsWith("18:30 left · muted");
    }

    @Test
    void theLastThreeSecondsAreHighlighted() {
        Snapshot four = Snapshots.piriformis(State.RUNNING, Duration.ofSeconds(4));
        Snapshot three = Snapshots.piriformis(State.RUNNING, Duration.ofMillis(2500));
        assertThat(firstBlock(image(four, view)).getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN_BRIGHT);
        assertThat(firstBlock(image(three, view)).getForegroundColor()).isEqualTo(TextColor.ANSI.YELLOW_BRIGHT);
    }

    @Test
    void tonesHaveTheirColours() {
        assertThat(firstBlock(image(tone(Tone.WARM), view)).getForegroundColor()).isEqualTo(TextColor.ANSI.RED_BRIGHT);
        assertThat(firstBlock(image(tone(Tone.COLD), view)).getForegroundColor()).isEqualTo(TextColor.ANSI.BLUE_BRIGHT);
    }

    @Test
    void withoutColourNothingIsColouredAndTheLastSecondsAreReversed() {
        PlayerView mono = new PlayerView(Palette.of(Palette.Depth.MONO), Snapshots.OFF_TIME);
        BasicTextImage normal = image(Snapshots.piriformis(), mono);
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 80; x++) {
                TextCharacter c = normal.getCharacterAt(x, y);
                assertThat(c.getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
                assertThat(c.getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
            }
        }
        BasicTextImage urgent = image(Snapshots.piriformis(State.RUNNING, Duration.ofSeconds(2)), mono);
        assertThat(firstBlock(urgent).getModifiers()).contains(SGR.REVERSE);
        assertThat(firstBlock(normal).getModifiers()).doesNotContain(SGR.REVERSE);
    }

    @Test
    void controlCharactersInRoutineTextNeverReachTheScreen() {
        Segment evil = Snapshots.work("Evil\u001b[2J\u009b31m\u202eName\u0007", null, 1, 1, Duration.ofSeconds(30),
                Tone.WORK, "line\u001b]0;pwned\u0007 one\nline two\u200f");
        Snapshot s = SnapshotBuilder.of("Title\u001b[31m\u0085", evil).next(evil)
                .time(Duration.ofSeconds(10), Duration.ofSeconds(20)).progress(0.5, 0.5, Duration.ofSeconds(10))
                .build();
        String pic = draw(80, 24, s, Ui.start(false));
        pic.codePoints().filter(c -> c != '\n')
                .forEach(c -> assertThat(Sanitizer.isUnsafe(c)).as("U+%04X", c).isFalse());
        assertThat(pic).contains("Evil[2J31mName").contains("Title[31m").contains("line]0;pwned one");
    }

    @Test
    void neverThrowsAndAlwaysShowsSomethingAtAnySize() {
        int[] widths = {1, 2, 3, 5, 10, 19, 20, 39, 40, 41, 59, 79, 80, 81, 120, 200};
        int[] heights = {1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 23, 24, 25, 31, 50};
        List<Snapshot> snapshots = List.of(Snapshots.piriformis(),
                Snapshots.piriformis(State.PAUSED, Duration.ofSeconds(3)),
                Snapshots.piriformis(State.RUNNING, Duration.ofHours(2)), Snapshots.cjk(),
                Snapshots.curls(10, Optional.of("hold")), Snapshots.welcome());
        List<Ui> uis = List.of(Ui.start(false), Ui.start(true).withHelp(true), Ui.start(false).withAskingQuit(true));
        for (int w : widths) {
            for (int h : heights) {
                for (Snapshot s : snapshots) {
                    for (Ui ui : uis) {
                        BasicTextImage img = new BasicTextImage(new TerminalSize(w, h));
                        view.draw(img.newTextGraphics(), s, ui);
                        assertThat(isBlank(img)).as("%dx%d %s %s", w, h, s.segment().name(), ui).isFalse();
                    }
                }
            }
        }
    }

    static boolean isBlank(BasicTextImage img) {
        for (int y = 0; y < img.getSize().getRows(); y++) {
            for (int x = 0; x < img.getSize().getColumns(); x++) {
                if (!img.getCharacterAt(x, y).equals(TextCharacter.DEFAULT_CHARACTER)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Snapshot tone(Tone t) {
        Segment seg = Snapshots.work("Heat", null, 1, 1, Duration.ofMinutes(20), t, null);
        return SnapshotBuilder.of("Heat and ice", seg).time(Duration.ofMinutes(12), Duration.ofMinutes(8))
                .progress(0.4, 0.4, Duration.ofMinutes(12)).build();
    }

    private static BasicTextImage image(Snapshot s, PlayerView v) {
        BasicTextImage img = new BasicTextImage(new TerminalSize(80, 24));
        v.draw(img.newTextGraphics(), s, Ui.start(false));
        return img;
    }

    private static TextCharacter firstBlock(BasicTextImage img) {
        for (int y = 0; y < img.getSize().getRows(); y++) {
            for (int x = 0; x < img.getSize().getColumns(); x++) {
                if (img.getCharacterAt(x, y).is(BigDigits.BLOCK)) {
                    return img.getCharacterAt(x, y);
                }
            }
        }
        throw new AssertionError("no block digits");
    }

    static final String TIMED_80 = """
                 Sciatica relief                                              5/14 · 18:30 left



                                           ██████      ██████  ██████
                                           ██  ██  ██      ██  ██  ██
                                           ██  ██      ██████  ██  ██
                                           ██  ██  ██      ██  ██  ██
                                           ██████      ██████  ██████

                                      Piriformis stretch — LEFT · set 1/2

                    Lie on your back, cross the left ankle over the right knee and pull the
                    right thigh towards your chest until you feel the stretch deep in the
                    left buttock.

                  step  █████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 0:45
                  total ████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 24:40
                  Next: Piriformis stretch — RIGHT · set 1/2 · 45s




                 space pause  n → next  b ← back  + - ±10s  m mute  ? help  q quit
                """;

    static final String TIMED_40 = """
                 Sciatica relief      5/14 · 18:30 left
                       ██████      ██████  ██████
                       ██  ██  ██      ██  ██  ██
                       ██  ██      ██████  ██  ██
                       ██  ██  ██      ██  ██  ██
                       ██████      ██████  ██████
                  Piriformis stretch — LEFT · set 1/2
                   Lie on your back, cross the left
                   ankle over the right knee and pull ▼
                 step  █████████░░░░░░░░░░░░░░░░░░ 0:45
                 Next: Pirifor… — RIGHT · set 1/2 · 45s
                 space pause  n → next  ? help  q quit
                """;

    static final String TIMED_20 = """


                0:30 Pirifor… — LEFT



                """;

    static final String CJK_40 = """
                 Утренняя разминка 早…  2/6 · 9:00 left
                           ██      ██████  ██████
                           ██  ██  ██  ██  ██
                           ██      ██  ██  ██████
                           ██  ██  ██  ██      ██
                           ██      ██████  ██████
                        Растяжка 股四头肌 — LEFT
                  Медленно тянитесь. 慢慢地伸展大腿前
                  侧，保持呼吸。
                 step  ████████████░░░░░░░░░░░░░░░ 2:00
                 Next: Планка 平板支撑 · 1m
                 space pause  n → next  ? help  q quit
                """;

    static final String REPS_80 = """
                 Sciatica relief                                               7/14 · 8:00 left




                                         ██████      ██      ██  ██████
                                             ██      ██      ██  ██  ██
                                         ██████    ██        ██  ██  ██
                                             ██  ██          ██  ██  ██
                                         ██████  ██          ██  ██████

                                                    Ab curls
                                               enter: count a rep

                                Slow and controlled; breathe out on the way up.

                  total ██████████████████████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░ 20:00
                  Next: the end





                 enter rep  space pause  n → next  b ← back  + - ±1 rep  m mute  ? help  q quit
                """;

    static final String NOTE_40 = """
                 Sciatica relief      1/14 · 24:00 left

                            Before you start
                            enter: continue

                   Put the foam roller within reach.
                   Lie on a mat, not a bed.

                 total ░░░░░░░░░░░░░░░░░░░░░░░░░░ 24:00
                 Next: Foam roll glutes — LEFT · 1m

                 enter continue  ? help  q quit
                """;
}
