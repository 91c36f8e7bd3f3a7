package dev.limber.plain;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.routine.Beat;
import dev.limber.routine.Picture;
import dev.limber.session.Event;
import dev.limber.session.Result;
import dev.limber.session.Summary;
import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns session events into the plain player's lines: one per event, no escape sequences, every
 * piece of routine text through the {@link Sanitizer}. Countdowns print every 10 s and the last 3 s.
 * An alert starts with {@code !}, so a screen reader user can tell it from the rest.
 */
final class PlainPrinter {
    /** The command the lines ask for most, named as the command table names it. */
    private static final String ENTER = PlainCommands.shown(PlainCommands.Act.ENTER);

    private final PrintWriter out;
    private final Plan plan;
    /** The step and picture whose words were printed last: a picture is described once per step. */
    private int describedStep = -1;
    private Optional<Picture> described = Optional.empty();

    PlainPrinter(PrintWriter out, Plan plan) {
        this.out = out;
        this.plan = plan;
    }

    void header(String title, int steps, Duration total) {
        out.println(Sanitizer.line(title) + " — " + steps + (steps == 1 ? " step, " : " steps, ")
                + Durations.clock(total));
        out.println(PlainCommands.brief());
    }

    /** @param said words added to the line where they apply: time left after +, when the pack comes off */
    void print(Event event, Optional<String> said) {
        String then = said.map(o -> " · " + Sanitizer.line(o)).orElse("");
        if (event instanceof Event.SegmentStarted e) {
            started(e.segment(), e.next(), then);
        } else if (event instanceof Event.SecondsLeft e) {
            if (e.seconds() <= 3) {
                out.println("  " + e.seconds());
            } else if (e.seconds() % 10 == 0) {
                out.println("  " + Durations.clock(Duration.ofSeconds(e.seconds())));
            }
        } else if (event instanceof Event.Halfway) {
            out.println("  halfway");
        } else if (event instanceof Event.SkinCheck) {
            out.println("  check your skin");
        } else if (event instanceof Event.AlertSounded e) {
            out.println("! " + Sanitizer.line(e.alert().words()) + (e.repeat() > 0 ? " (again)" : "")
                    + " — " + ENTER + " stops this alert");
        } else if (event instanceof Event.AlertStopped e) {
            out.println(e.acknowledged() ? "  alert stopped" : "  no answer for 20 minutes: the alert stops repeating");
        } else if (event instanceof Event.RepCounted e) {
            out.println("  rep " + e.count() + e.segment().reps().map(r -> "/" + r.target()).orElse(""));
        } else if (event instanceof Event.RepUndone e) {
            out.println("  rep " + e.count() + e.segment().reps().map(r -> "/" + r.target()).orElse("") + " (one taken back)");
        } else if (event instanceof Event.FinishAsked) {
            out.println("  Press " + ENTER + " again to finish this step");
        } else if (event instanceof Event.SideSwitch e && e.segment().kind() != Segment.Kind.SWITCH) {
            // A switch pause prints its own start line; without one, say it here.
            out.println("Switch sides → " + Sanitizer.line(e.side()).toUpperCase(Locale.ROOT));
        } else if (event instanceof Event.TimeAdjusted e) {
            out.println("  " + (e.delta().isNegative() ? "-" : "+") + Durations.compact(e.delta().abs()) + then);
        } else if (event instanceof Event.Paused) {
            out.println("Paused — " + PlainCommands.shown(PlainCommands.Act.PAUSE) + " to resume");
        } else if (event instanceof Event.Resumed) {
            out.println("Resumed" + then);
        } else if (event instanceof Event.Finished e) {
            summary(e.result());
        }
    }

    private void started(Segment seg, Optional<Segment> next, String then) {
        StringBuilder b = new StringBuilder();
        b.append('[').append(seg.step() + 1).append('/').append(plan.stepCount()).append("] ");
        b.append(Sanitizer.line(seg.title()));
        if (seg.body() instanceof Segment.Reps r) {
            b.append(" · ").append(r.target()).append(" reps");
            r.tempo().ifPresentOrElse(t -> b.append(" (").append(tempo(t.beats())).append(')'),
                    () -> b.append(" — " + ENTER + " after each rep"));
        } else if (seg.kind() == Segment.Kind.NOTE) {
            b.append(" — " + ENTER + " to continue");
        } else if (seg.kind() == Segment.Kind.SWAP) {
            seg.length().ifPresent(l -> b.append(" · ").append(Durations.clock(l)));
            seg.pack().ifPresent(p -> b.append(" — ").append(Sanitizer.line(p.swap())));
        } else {
            seg.length().ifPresent(l -> b.append(" · ").append(Durations.clock(l)));
        }
        if (seg.kind() == Segment.Kind.REST || seg.kind() == Segment.Kind.SET_REST) {
            next.ifPresent(n -> b.append("  (next: ").append(Sanitizer.line(n.label())).append(')'));
        }
        out.println(b.append(then));
        if (!seg.isPause()) {
            seg.how().ifPresent(this::how);
            picture(seg);
        }
    }

    /** Instructions, indented, keeping their line and paragraph breaks. */
    private void how(String text) {
        for (String l : Sanitizer.text(text).strip().split("\n", -1)) {
            out.println(l.isBlank() ? "" : "  " + l.strip());
        }
    }

    /** The words of the segment's picture (its {@code picture-alt}, else the step's name), once per step and picture. */
    private void picture(Segment seg) {
        if (seg.picture().isEmpty() || (seg.step() == describedStep && seg.picture().equals(described))) {
            return;
        }
        describedStep = seg.step();
        described = seg.picture();
        out.println("  Picture: " + Sanitizer.line(seg.picture().get().alt().orElse(seg.name())).strip());
    }

    private static String tempo(List<Beat> beats) {
        return beats.stream().map(b -> Durations.compact(b.length()) + " " + Sanitizer.line(b.name()))
                .collect(Collectors.joining(", "));
    }

    /** The same counts as the full screen's end screen, on one line. */
    void summary(Result r) {
        Summary summary = Summary.of(plan, r, List.of());
        out.println((r.completed() ? "Finished: " : "Stopped: ") + summary.counts() + " · active "
                + Durations.clock(r.active()));
    }

    void line(String text) {
        out.println(text);
    }

    /** True once a line could not be written: the output is a pipe whose reader has gone. */
    boolean unread() {
        return out.checkError();
    }
}
