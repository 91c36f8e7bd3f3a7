package dev.limber.cue;

import dev.limber.plan.Segment;
import dev.limber.session.Event;
import dev.limber.text.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which cues a session event calls for. Pure: no clock, no threads, no I/O, so the exact
 * cue sequence of a routine is a golden list in a test. It keeps the little it must remember
 * between events: when the current segment started, the segment before it, and a cycle phase that
 * just ended (its notification names what comes next). The end of heat or cold is an alert, said
 * and notified each time it sounds; a swap pause is its first sounding.
 */
public final class CuePlan {
    private final String title;
    private long startedAt = Long.MIN_VALUE;
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
        } else if (e instanceof Event.SkinCheck) {
            out.add(new Cue.Tone(TonePattern.SKIN_CHECK));
            out.add(new Cue.Say("Check your skin"));
        } else if (e instanceof Event.AlertSounded a) {
            alert(Phrases.subject(a.segment()) + " done", a.alert().words(), out);
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
        // PhaseChanged, SetDone, StepDone, TimeAdjusted and AlertStopped add nothing: the next
        // segment's start says it all, and a stopped alert is what the person asked for.
        return out;
    }

    /** An alert, for a person who may be in another room: a tone, the words, and a notification. */
    private static void alert(String title, String words, List<Cue> out) {
        out.add(new Cue.Tone(TonePattern.ALERT));
        out.add(new Cue.Say(Phrases.clean(words)));
        out.add(new Cue.Notify(Phrases.clean(title), Phrases.clean(words)));
    }

    private void started(Event.SegmentStarted s, List<Cue> out) {
        Segment seg = s.segment();
        previous = current;
        current = seg;
        startedAt = s.at();
        if (seg.kind() == Segment.Kind.SWAP) {
            String ended = phaseEnded != null ? Phrases.subject(phaseEnded) + " done" : "Swap";
            phaseEnded = null;
            seg.pack().ifPresent(p -> alert(ended, p.swap(), out));
            return;
        }
        if (phaseEnded != null && phaseEnded.pack().isEmpty()) {
            // Heat and cold say their end with an alert; other phases say it here.
            Optional<Segment> upcoming = seg.isPause() ? s.next() : Optional.of(seg);
            out.add(new Cue.Notify(Phrases.subject(phaseEnded) + " done",
                    upcoming.map(n -> "Next: " + Phrases.subject(n)).orElse("")));
        }
        phaseEnded = null;
        switch (seg.kind()) {
            case WORK, REPS, NOTE -> out.add(new Cue.Tone(TonePattern.STEP_START));
            case PHASE -> out.add(new Cue.Tone(TonePattern.PHASE_CHANGE));
            default -> {
            }
        }
        Phrases.start(seg, s.next()).ifPresent(text -> out.add(new Cue.Say(sideChanged() ? "Switch sides. " + text : text)));
        if (seg.kind() == Segment.Kind.PHASE && seg.pack().isPresent()) {
            // For a person who walks away with the pack on: the players add when it comes off.
            out.add(new Cue.Notify(Phrases.subject(seg), ""));
        }
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
    }
}
