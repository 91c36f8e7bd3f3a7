package dev.limber.cue;

import dev.limber.plan.Segment;
import dev.limber.routine.Tone;
import dev.limber.session.Event;
import dev.limber.text.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which cues a session event calls for. Pure: no clock, no threads, no I/O, so the exact
 * cue sequence of a routine is a golden list in a test. It keeps the little it must remember
 * between events: the current segment's length after +/-, when it started, the segment before it,
 * and a cycle phase that just ended (its notification names what comes next).
 */
public final class CuePlan {
    private static final long SECOND = 1_000_000_000L;
    /** Heat and cold get a "check your skin" reminder this often. */
    static final long SKIN_CHECK_SECONDS = 300;
    /** ...but not in the last minute of a phase, which ends with its own cues. */
    private static final int SKIN_CHECK_QUIET_END = 60;

    private final String title;
    private long startedAt = Long.MIN_VALUE;
    private long lengthNanos = -1;
    private Segment previous;
    private Segment current;
    private Segment phaseEnded;

    /** @param routineTitle raw routine title, named in the "done" notification */
    public CuePlan(String routineTitle) {
        this.title = Phrases.clean(routineTitle);
    }

    public List<Cue> cues(Event e) {
        List<Cue> out = new ArrayList<>();
        if (e instanceof Event.SegmentStarted s) {
            started(s, out);
        } else if (e instanceof Event.SideSwitch s) {
            out.add(new Cue.Tone(TonePattern.SWITCH_SIDES));
            if (s.segment().kind() == Segment.Kind.SWITCH) {
                out.add(new Cue.Say("Switch sides: " + Phrases.clean(s.side())));
            }
        } else if (e instanceof Event.SecondsLeft s) {
            secondsLeft(s, out);
        } else if (e instanceof Event.Halfway) {
            out.add(new Cue.Tone(TonePattern.HALFWAY));
            out.add(new Cue.Say("Halfway"));
        } else if (e instanceof Event.RepCounted r) {
            if (r.segment().tempo().isPresent()) {
                out.add(new Cue.Say(Integer.toString(r.count())));
            } else {
                out.add(new Cue.Tone(TonePattern.REP));
            }
        } else if (e instanceof Event.BeatStarted b) {
            // The first beat sounds with the segment's start; its tone already marks it.
            if (b.at() != startedAt) {
                out.add(new Cue.Tone(TonePattern.REP));
            }
        } else if (e instanceof Event.SegmentEnded s) {
            if (s.segment().kind() == Segment.Kind.PHASE && !s.skipped()) {
                phaseEnded = s.segment();
            }
        } else if (e instanceof Event.TimeAdjusted t) {
            if (lengthNanos >= 0) {
                lengthNanos += t.delta().toNanos();
            }
        } else if (e instanceof Event.Paused) {
            out.add(new Cue.Say("Paused"));
        } else if (e instanceof Event.Resumed) {
            out.add(new Cue.Say("Resumed"));
        } else if (e instanceof Event.Finished f) {
            if (f.result().completed()) {
                out.add(new Cue.Tone(TonePattern.FINISH));
                out.add(new Cue.Say(title + " done"));
                out.add(new Cue.Notify(title + " done", "Active time " + Durations.clock(f.result().active())));
            }
            phaseEnded = null;
        }
        // PhaseChanged, SetDone and StepDone add nothing: the next segment's start says it all.
        return out;
    }

    private void started(Event.SegmentStarted s, List<Cue> out) {
        Segment seg = s.segment();
        previous = current;
        current = seg;
        startedAt = s.at();
        lengthNanos = seg.length().map(d -> d.toNanos()).orElse(-1L);
        if (phaseEnded != null) {
            Optional<Segment> upcoming = seg.isPause() ? s.next() : Optional.of(seg);
            out.add(new Cue.Notify(Phrases.subject(phaseEnded) + " done",
                    upcoming.map(n -> "Next: " + Phrases.subject(n)).orElse("")));
            phaseEnded = null;
        }
        switch (seg.kind()) {
            case WORK, REPS, NOTE -> out.add(new Cue.Tone(TonePattern.STEP_START));
            case PHASE -> out.add(new Cue.Tone(TonePattern.PHASE_CHANGE));
            default -> {
            }
        }
        Phrases.start(seg, s.next()).ifPresent(text -> out.add(new Cue.Say(sideChanged() ? "Switch sides. " + text : text)));
    }

    /** Straight from one side to the other with no switch pause: the announcement says so first. */
    private boolean sideChanged() {
        return previous != null && !previous.isPause() && !current.isPause() && previous.step() == current.step()
                && current.side().isPresent() && previous.side().isPresent() && !current.side().equals(previous.side());
    }

    private void secondsLeft(Event.SecondsLeft s, List<Cue> out) {
        Segment seg = s.segment();
        // Paced reps count aloud instead; a countdown on top would talk over the count.
        if (s.seconds() <= 3 && seg.kind() != Segment.Kind.REPS) {
            out.add(new Cue.Tone(TonePattern.COUNTDOWN));
            out.add(new Cue.Say(Integer.toString(s.seconds())));
        }
        boolean skin = !seg.isPause() && (seg.tone() == Tone.WARM || seg.tone() == Tone.COLD);
        if (skin && lengthNanos >= 0 && s.seconds() >= SKIN_CHECK_QUIET_END) {
            long elapsed = lengthNanos / SECOND - s.seconds();
            if (elapsed > 0 && elapsed % SKIN_CHECK_SECONDS == 0) {
                out.add(new Cue.Tone(TonePattern.SKIN_CHECK));
                out.add(new Cue.Say("Check your skin"));
            }
        }
    }
}
