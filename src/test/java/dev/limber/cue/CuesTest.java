package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Planner;
import dev.limber.plan.Segment;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.settings.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CuesTest {
    private static final long S = 1_000_000_000L;

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong();
    private final RecordingSink sink = new RecordingSink();
    private final Segment plank = Planner.plan(new Routine("t", "Core", Optional.empty(), List.of(), false, Map.of(),
            List.of(new Step.Timed(StepBase.named("Plank"), Duration.ofSeconds(30), Optional.empty())))).get(0);

    private Cues cues(boolean muted) {
        return new Cues(new CuePlan("Core"), List.of(sink), now::get, 2 * S, muted, CueGoldenTest.OFF_TIME);
    }

    @Test
    void mutedPlaysNoSoundButStillNotifies() {
        Cues cues = cues(true);
        cues.accept(new Event.SegmentStarted(0, plank, Optional.empty()));
        now.set(30 * S);
        cues.accept(new Event.Finished(30 * S, plank, new Result(0, 30 * S, Duration.ofSeconds(30), true, 0, List.of())));
        assertThat(sink.heard).containsExactly("30s notify Core done | Active time 0:30");
    }

    @Test
    void mKeyTogglesMuteAndMutingStopsWhatIsPlaying() {
        Cues cues = cues(false);
        assertThat(cues.toggleMute()).isTrue();
        assertThat(sink.hushed).isEqualTo(1);
        cues.accept(new Event.Halfway(0, plank));
        assertThat(cues.toggleMute()).isFalse();
        cues.accept(new Event.Halfway(0, plank));
        assertThat(sink.heard).containsExactly("0s tone HALFWAY", "0s say Halfway");
    }

    @Test
    void aBurstFromALateTickSkipsTheStaleSoundsButKeepsTrackOfTheSegment() {
        Cues cues = cues(false);
        now.set(28 * S); // the computer slept: the tick that finds these comes at 28 s
        cues.accept(new Event.SegmentStarted(0, plank, Optional.empty()));
        cues.accept(new Event.Halfway(15 * S, plank));
        cues.accept(new Event.SecondsLeft(27 * S, plank, 3));
        assertThat(sink.heard).containsExactly("27s tone COUNTDOWN", "27s say 3");
    }

    @Test
    void quittingHushesEverything() {
        Cues cues = cues(false);
        cues.accept(new Event.Finished(0, plank, new Result(0, 0, Duration.ZERO, false, 0, List.of())));
        assertThat(sink.hushed).isEqualTo(1);
        assertThat(sink.heard).isEmpty();
    }

    @Test
    void builderWiresSpeechFromTheHostPathAndReportsMissingToolsOnce() throws Exception {
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        Path empty = java.nio.file.Files.createDirectories(dir.resolve("empty"));
        Host host = new Host(Map.of("PATH", empty.toString()), "Linux", dir.resolve("no-tty"));
        Settings noSound = Settings.DEFAULTS.withSound(false);
        try (Cues cues = Cues.builder(noSound).title("Core").clock(now::get, 1).notes(notes::add).host(host).build()) {
            cues.accept(new Event.SegmentStarted(0, plank, Optional.empty()));
            cues.accept(new Event.Halfway(0, plank));
            cues.accept(new Event.Finished(0, plank, new Result(0, 0, Duration.ZERO, true, 0, List.of())));
            Poll.until("notes", () -> notes.size() >= 3);
        }
        assertThat(notes).containsExactlyInAnyOrder(
                "No text-to-speech command found (espeak-ng, espeak, spd-say, say): voice is off",
                "No terminal for the bell: tones are off",
                "No notify-send found: desktop notifications are off");
    }
}
