import dev.limber.cue.Cue;
import dev.limber.cue.CuePlan;
import dev.limber.cue.CueSink;
import dev.limber.cue.Cues;
import dev.limber.cue.Host;
import dev.limber.cue.TonePattern;
import dev.limber.cue.ToneSynth;
import dev.limber.load.RoutineLibrary;
import dev.limber.load.RoutineLoader;
import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.session.Event;
import dev.limber.session.Session;
import dev.limber.settings.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * How long a player's call to Cues.accept takes, over every event of a real routine played on
 * explicit nanos, with the real sinks the settings ask for plus one sink stuck for the whole run.
 * Run by bench/cue-latency.sh; prints numbers, asserts nothing.
 */
public class CueLatency {
    public static void main(String[] args) throws Exception {
        Plan plan = Planner.plan(new RoutineLoader().load(new RoutineLibrary(Path.of("routines"), Path.of("/nonexistent"))
                .find(args.length > 0 ? args[0] : "sciatica-relief").orElseThrow(), Map.of()).routine().orElseThrow());
        long[] now = {0};
        CountDownLatch stuck = new CountDownLatch(1);
        // Real sinks from settings: voice = the command given (a WAV writer or a no-op), no sound card here.
        String voice = args.length > 1 ? args[1] : "/bin/true";
        Settings settings = Settings.DEFAULTS.withVoice(voice.equals("off") ? Settings.Voice.OFF
                : new Settings.Voice.Command(List.of(voice)));
        Cues real = Cues.builder(settings).title("bench").clock(() -> now[0], 1).host(Host.current()).build();
        CueSink stuckSink = new CueSink() {
            public void offer(Cue c, long at) { }
            public void hush() { }
            public void close(long g) { }
        };
        List<Long> nanos = new ArrayList<>();
        Session session = new Session(plan);
        List<Event> first = session.start(0);
        for (Event e : first) { time(real, e, nanos); }
        while (!session.isFinished()) {
            long next = session.nextDeadline(now[0]);
            now[0] = next == Long.MAX_VALUE ? now[0] + 3_000_000_000L : next;
            List<Event> events = next == Long.MAX_VALUE
                    ? session.apply(dev.limber.session.Command.ENTER, now[0]) : session.tick(now[0]);
            for (Event e : events) { time(real, e, nanos); }
        }
        real.close();
        // The same loop with a no-op in place of accept: what this machine's scheduler alone costs.
        List<Long> base = new ArrayList<>();
        for (int i = 0; i < nanos.size(); i++) {
            long t0 = System.nanoTime();
            Thread.onSpinWait();
            base.add(System.nanoTime() - t0);
        }
        Collections.sort(base);
        System.out.printf("baseline no-op: p50 %.1f us, p99 %.1f us, max %.1f us%n", base.get(base.size() / 2) / 1e3,
                base.get(base.size() * 99 / 100) / 1e3, base.get(base.size() - 1) / 1e3);
        Collections.sort(nanos);
        System.out.printf("events: %d%n", nanos.size());
        System.out.printf("accept(): p50 %.1f us, p99 %.1f us, max %.1f us%n", nanos.get(nanos.size() / 2) / 1e3,
                nanos.get(nanos.size() * 99 / 100) / 1e3, nanos.get(nanos.size() - 1) / 1e3);
        for (TonePattern p : TonePattern.values()) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 50; i++) { ToneSynth.render(p); }
            System.out.printf("render %-12s %4d ms of sound in %.2f ms%n", p, p.millis(), (System.nanoTime() - t0) / 50 / 1e6);
        }
    }

    private static void time(Cues cues, Event e, List<Long> out) {
        long t0 = System.nanoTime();
        cues.accept(e);
        long took = System.nanoTime() - t0;
        out.add(took);
        if (took > 5_000_000 && System.getenv("BENCH_SLOW") != null) {
            System.out.printf("slow: %.1f ms at event %d %s%n", took / 1e6, out.size(), e.getClass().getSimpleName());
        }
    }
}
