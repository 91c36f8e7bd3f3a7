package dev.limber.cli;

import dev.limber.load.Folder;
import dev.limber.load.LoadResult;
import dev.limber.load.RoutineFile;
import dev.limber.load.RoutineLoader;
import dev.limber.load.Source;
import dev.limber.plan.Planner;
import dev.limber.tui.Rehearsal;
import java.lang.reflect.Field;
import java.util.List;
import picocli.CommandLine;

/**
 * Gives {@code limber run} and {@code limber heat-ice} a head start on a second core: while the
 * main thread builds the command line (a third of a start), a daemon thread does once what the
 * main thread is about to need, so that the main thread finds it done: it reads the annotations
 * picocli reads next, loads and plans a built-in routine (Typesafe Config's parser and our reader),
 * and draws the player's first picture off screen (Lanterna's colours, the view, the cell cache).
 * It changes nothing anyone sees: it prints nothing, reads only limber's own jar, opens no
 * terminal, and whatever goes wrong in it is ignored, because the main thread does the same work
 * again and reports it properly. Other commands are short and get no head start.
 */
final class HeadStart {
    /** The commands that open the player. */
    private static final List<String> PLAYERS = List.of("run", "heat-ice");
    /** A small built-in routine with timed, counted and two-sided steps. */
    private static final String ROUTINE = "desk-break";

    private HeadStart() {
    }

    /** Starts the head start when {@code args} run a player; returns at once. */
    static void begin(String[] args) {
        if (args.length == 0 || !PLAYERS.contains(args[0])) {
            return;
        }
        Work work = new Work(args[0]);
        Thread t = new Thread(work, "limber-head-start");
        t.setDaemon(true);
        t.setUncaughtExceptionHandler(work);
        t.start();
    }

    /**
     * The thread's work, as a class rather than lambdas: the first lambda of a process costs
     * milliseconds of method-handle set-up, which would delay the start of the head start.
     */
    private record Work(String command) implements Runnable, Thread.UncaughtExceptionHandler {
        @Override
        public void run() {
            warmUp(command);
        }

        /** Nothing it meets is the person's business: the main thread meets it again and says so. */
        @Override
        public void uncaughtException(Thread t, Throwable e) {
        }
    }

    /** The work itself, in the order the main thread will need it. */
    static void warmUp(String command) {
        for (Cli.Subcommand c : Cli.COMMANDS) {
            if (c.name().equals(command)) {
                readAnnotations(c.type());
            }
        }
        LoadResult loaded = new RoutineLoader().load(
                new RoutineFile(ROUTINE, new Folder.Builtin(), ROUTINE + ".conf", Source.BUILT_IN));
        loaded.routine().ifPresent(r -> Rehearsal.picture(Planner.plan(r)));
    }

    /** What picocli reads of a command: the annotations of the class, its fields and methods, and of its mixins. */
    private static void readAnnotations(Class<?> type) {
        type.getAnnotations();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(CommandLine.Mixin.class)) {
                    readAnnotations(f.getType());
                }
            }
            for (var m : c.getDeclaredMethods()) {
                m.getAnnotations();
            }
        }
    }
}
