package dev.limber.cli;

import dev.limber.plan.Plan;
import dev.limber.plan.Segment;
import dev.limber.routine.Beat;
import dev.limber.routine.Routine;
import dev.limber.text.Durations;
import dev.limber.text.Sanitizer;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/**
 * {@code limber show} as text: the routine's title, then every expanded segment with its time
 * (time first, so names of any width line up), then the total as H:MM:SS or M:SS.
 */
final class PlanText {
    private PlanText() {
    }

    static void print(Plan plan, String source, PrintWriter out) {
        Routine r = plan.routine();
        out.println(Sanitizer.line(r.title()) + "  (" + Sanitizer.line(source) + ")");
        r.about().ifPresent(a -> out.println(Sanitizer.line(a)));
        if (!r.params().isEmpty()) {
            out.println("params: " + r.params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .map(Sanitizer::line).collect(Collectors.joining(", ")) + "   (change with --set NAME=VALUE)");
        }
        out.println();
        int indexWidth = String.valueOf(plan.size()).length();
        int timeWidth = 4;
        for (Segment s : plan.segments()) {
            timeWidth = Math.max(timeWidth, time(s).length());
        }
        for (Segment s : plan.segments()) {
            out.printf("  %" + indexWidth + "d  %" + timeWidth + "s  %s%n", s.index() + 1, time(s),
                    Sanitizer.line(describe(s)));
        }
        out.println();
        out.println(total(plan));
        out.flush();
    }

    static String time(Segment s) {
        return s.length().map(Durations::clock).orElse("-");
    }

    /** The segment as a person reads it: what, which side and set, and the reps or what it waits for. */
    static String describe(Segment s) {
        String title = s.title();
        return switch (s.kind()) {
            case REPS -> title + " · " + s.reps().orElseThrow().target() + " reps" + s.tempo().map(t -> " at "
                    + t.beats().stream().map(PlanText::beat).collect(Collectors.joining(", "))).orElse(", tap Enter per rep");
            case NOTE -> title + " (read, then Enter)";
            case SWAP -> s.isTimed() ? title : title + " (waits for Enter)";
            default -> title;
        };
    }

    private static String beat(Beat b) {
        return b.name().equals("rep") ? Durations.compact(b.length()) + " each" : b.name() + " " + Durations.compact(b.length());
    }

    /** {@code Total 14:35 · 7 steps · 23 segments}, noting steps that wait for the person. */
    static String total(Plan plan) {
        long open = plan.segments().stream().filter(s -> !s.isTimed()).count();
        return "Total " + Durations.clock(plan.total()) + " · " + count(plan.stepCount(), "step") + " · "
                + count(plan.size(), "segment") + (open > 0 ? " · plus " + count(open, "segment")
                        + " at your own pace" : "");
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
