package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PickerTest {
    static final List<PickerEntry> ENTRIES = List.of(
            new PickerEntry("sciatica-relief", "Sciatica relief", Duration.ofSeconds(24 * 60 + 30),
                    "Foam roll, piriformis stretches and core work"),
            new PickerEntry("heat-ice", "Heat and ice", Duration.ofMinutes(80), "Timed heat/ice cycles"),
            new PickerEntry("morning", "Утренняя разминка 早操", Duration.ofSeconds(9 * 60 + 5), ""));

    private static String draw(Picker p, int w, int h) {
        return VirtualScreen.render(w, h, g -> p.draw(g, Palette.of(Palette.Depth.ANSI16)));
    }

    @Test
    void listsTitleTotalAndAboutWithTheKeysBelow() {
        assertThat(draw(new Picker(ENTRIES), 80, 10)).isEqualTo(PlayerViewTest.picture(PICKER_80));
    }

    @Test
    void arrowsOrJkMoveAndEnterPicks() {
        Picker p = new Picker(ENTRIES);
        assertThat(p.on(Action.DOWN, 24)).isEmpty();
        assertThat(p.on(Action.DOWN, 24)).isEmpty();
        assertThat(p.on(Action.DOWN, 24)).isEmpty(); // stays on the last
        assertThat(p.on(Action.UP, 24)).isEmpty();
        assertThat(p.on(Action.ENTER, 24)).contains(Optional.of("sciatica-relief"));
    }

    @Test
    void qOrCtrlCLeavesWithoutAChoice() {
        assertThat(new Picker(ENTRIES).on(Action.QUIT, 24)).contains(Optional.empty());
        assertThat(new Picker(ENTRIES).on(Action.INTERRUPT, 24)).contains(Optional.empty());
    }

    @Test
    void theSelectionStaysInViewInALongList() {
        List<PickerEntry> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            many.add(new PickerEntry("r" + i, "Routine " + i, Duration.ofMinutes(i), ""));
        }
        Picker p = new Picker(many);
        for (int i = 0; i < 20; i++) {
            p.on(Action.DOWN, 10);
        }
        assertThat(draw(p, 80, 10)).contains("› Routine 21").doesNotContain("Routine 1 ");
        p.on(Action.HOME, 10);
        assertThat(draw(p, 80, 10)).contains("› Routine 1 ");
    }

    @Test
    void anEmptyListSaysHowToMakeARoutine() {
        Picker p = new Picker(List.of());
        assertThat(draw(p, 80, 10)).contains("No routines found");
        assertThat(p.on(Action.ENTER, 10)).isEmpty();
        assertThat(draw(p, 10, 3)).contains("No routin");
    }

    @Test
    void tinyTerminalsGetOneLine() {
        assertThat(draw(new Picker(ENTRIES), 30, 5).strip()).isEqualTo("↓ Heat and ice 1:20:00");
    }

    @Test
    void routinesAreSortedByTitleAndTheSameTitleShowsItsId() {
        Picker p = new Picker(List.of(new PickerEntry("zz", "back care", Duration.ofMinutes(5), ""),
                new PickerEntry("mine", "Back care", Duration.ofMinutes(6), ""),
                new PickerEntry("aa", "Ankles", Duration.ofMinutes(7), "")));
        assertThat(draw(p, 80, 10).lines().skip(2).limit(3).map(String::strip)).containsExactly(
                "› Ankles                7:00", "Back care (mine)      6:00", "back care (zz)        5:00");
    }

    @Test
    void aRoutineThatDoesNotLoadIsListedWithItsErrorAndCannotBePlayed() {
        Picker p = new Picker(List.of(PickerEntry.broken("broken", "broken.conf:3: steps[0].time: a duration needs a unit"),
                new PickerEntry("ok", "Ok", Duration.ofMinutes(1), "")));
        assertThat(draw(p, 80, 10)).contains("› broken         -  cannot play: broken.conf:3: steps[0].time: a "
                + "duration nee…");
        assertThat(p.on(Action.ENTER, 10)).isEmpty();
        p.on(Action.DOWN, 10);
        assertThat(p.on(Action.ENTER, 10)).contains(Optional.of("ok"));
    }

    @Test
    void aRoutineWithASessionToResumeIsMarked() {
        Picker p = new Picker(List.of(new PickerEntry("a", "Alpha", Duration.ofMinutes(1), ""),
                new PickerEntry("b", "Beta", Duration.ofMinutes(2), "Slow").withUnfinished()));
        assertThat(draw(p, 80, 10)).contains(Picker.UNFINISHED + " Beta").contains("unfinished session · Slow");
        p.on(Action.DOWN, 10);
        assertThat(draw(p, 30, 5).strip()).isEqualTo("↑  " + Picker.UNFINISHED + " Beta 2:00");
    }

    @Test
    void aRoutineWithoutAboutAndASessionToResumeSaysSoWithoutADanglingDot() {
        Picker p = new Picker(List.of(new PickerEntry("a", "Alpha", Duration.ofMinutes(1), ""),
                new PickerEntry("b", "Beta", Duration.ofMinutes(2), "").withUnfinished()));
        assertThat(draw(p, 80, 10)).contains("unfinished session").doesNotContain("unfinished session ·");
    }

    static final String PICKER_80 = """
                 limber — pick a routine

                 › Heat and ice             1:20:00  Timed heat/ice cycles
                   Sciatica relief            24:30  Foam roll, piriformis stretches and core …
                   Утренняя разминка 早操      9:05




                 ↑ ↓ move  enter play  q quit
                """;
}
