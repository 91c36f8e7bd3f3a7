package dev.limber.cli;

import dev.limber.text.Sanitizer;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Builds the {@code limber} command line: the top-level command, its subcommands (registered in
 * {@link #COMMANDS}, the one place to add one), and the handlers that turn errors into one line
 * and an exit code (0 done, 1 a routine or data problem, 2 a bad command line).
 */
public final class Cli {
    /** A subcommand: its name (as in its {@code @Command}) and its class. */
    record Subcommand(String name, Class<?> type) {
    }

    /**
     * Every subcommand, in the order help lists them. A command takes a {@link Context} in its
     * constructor, or nothing. The names are here as well as in the annotations so that a command
     * line can be built with only the subcommand it runs, without reading every annotation first
     * (see docs/ARCHITECTURE.md#start-up).
     */
    static final List<Subcommand> COMMANDS = List.of(new Subcommand("run", RunCommand.class),
            new Subcommand("heat-ice", HeatIceCommand.class), new Subcommand("list", ListCommand.class),
            new Subcommand("show", ShowCommand.class), new Subcommand("check", CheckCommand.class),
            new Subcommand("history", HistoryCommand.class), new Subcommand("report", ReportCommand.class),
            new Subcommand("new", NewCommand.class),
            new Subcommand("cues", CuesCommand.class), new Subcommand("figures", FiguresCommand.class),
            new Subcommand("help", CommandLine.HelpCommand.class));

    private Cli() {
    }

    /** Runs {@code limber ARGS} and returns the exit code; never throws and never prints a stack trace unasked. */
    static int run(String[] args) {
        Context context;
        try {
            context = Context.fromEnvironment();
        } catch (RuntimeException e) {
            System.err.println("limber: " + Sanitizer.line(String.valueOf(e.getMessage())));
            return 1;
        }
        // Encoded as picocli would (the platform's charset), flushed at each line. Straight onto the
        // file descriptor, not System.out: a PrintStream keeps a failed write to itself, and the
        // plain player must see its checkError() when the reader of a pipe is gone (| head -3).
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), Charset.defaultCharset())), true);
        PrintWriter err = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.err, Charset.defaultCharset())), true);
        Thread.setDefaultUncaughtExceptionHandler(uncaught(err, context.debug()));
        return run(context, args, out, err);
    }

    /**
     * What ends a thread of limber's own that fails (the stdin reader, a cue): one line, as on the
     * main thread, instead of the JVM's stack trace.
     */
    static Thread.UncaughtExceptionHandler uncaught(PrintWriter err, boolean debug) {
        return (thread, e) -> {
            synchronized (err) {
                err.println("limber: internal error in " + Sanitizer.line(thread.getName()) + ": " + describe(e)
                        + (debug ? "" : " (run with LIMBER_DEBUG=1 for details)"));
                if (debug) {
                    e.printStackTrace(err);
                }
                err.flush();
            }
        };
    }

    /** Runs {@code limber ARGS} in {@code context}, writing to {@code out} and {@code err}. */
    static int run(Context context, String[] args, PrintWriter out, PrintWriter err) {
        try {
            Optional<QuickRun.Line> quick = QuickRun.read(args);
            if (quick.isPresent()) {
                return playQuick(context, quick.get(), out, err);
            }
            CommandLine cl = create(context, args);
            cl.setOut(out);
            cl.setErr(err);
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            // Even an Error ends in one line: no stack trace reaches a person unless they ask for it.
            err.println("limber: internal error: " + describe(e));
            if (context.debug()) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        }
    }

    /** {@code limber run}, read by {@link QuickRun}: failures end as picocli's handler below ends them. */
    private static int playQuick(Context context, QuickRun.Line line, PrintWriter out, PrintWriter err) {
        try {
            return RunCommand.play(context, line.routine(), line.options(), out, err);
        } catch (Exception e) {
            return failed(e, err, context);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line with every subcommand. */
    public static CommandLine create(Context context) {
        return build(context, COMMANDS);
    }

    /**
     * The command line for running {@code args}: when they start with a subcommand's name, only
     * that subcommand is built (picocli reads every annotation of a command it adds, a large part
     * of start-up), and {@code --version} alone needs none; otherwise, and for {@code help}, all
     * of them. A subcommand's parsing, help and errors do not depend on its siblings, nor does the
     * version, so the outcome is the same as with {@link #create(Context)}.
     */
    public static CommandLine create(Context context, String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return build(context, List.of());
        }
        if (args.length > 0 && !args[0].equals("help")) {
            for (Subcommand c : COMMANDS) {
                if (c.name().equals(args[0])) {
                    return build(context, List.of(c));
                }
            }
        }
        return build(context, COMMANDS);
    }

    private static CommandLine build(Context context, List<Subcommand> subcommands) {
        CommandLine.IFactory factory = new Factory(context);
        CommandLine cl = new CommandLine(new LimberCommand(context), factory);
        for (Subcommand c : subcommands) {
            try {
                cl.addSubcommand(factory.create(c.type()));
            } catch (Exception e) {
                throw new IllegalStateException("cannot create command " + c.name(), e);
            }
        }
        settingsInHelp(cl, context);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, commandLine.getErr(), context));
        cl.setParameterExceptionHandler((ex, unmatched) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            Typo.explain(ex, err);
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return 2;
        });
        return cl;
    }

    /** A command that threw: its {@link CliError}'s line and code, or one line for anything unexpected. */
    private static int failed(Exception ex, PrintWriter err, Context context) {
        if (ex instanceof CliError c) {
            if (c.getMessage() != null) {
                err.println("limber: " + Sanitizer.line(c.getMessage()));
            }
            err.flush();
            return c.exitCode();
        }
        err.println("limber: internal error: " + describe(ex)
                + (context.debug() ? "" : " (run with LIMBER_DEBUG=1 for details)"));
        if (context.debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** {@code limber --help} says where the settings file is, as this environment resolves it. */
    private static void settingsInHelp(CommandLine cl, Context context) {
        List<String> footer = new ArrayList<>(List.of(cl.getCommandSpec().usageMessage().footer()));
        footer.add("");
        footer.add("Settings (sound, bell, voice, notify, theme, prepare, rest) are read from");
        footer.add("  " + Sanitizer.line(context.locations().settings().toString()));
        cl.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return Sanitizer.line(e.getClass().getSimpleName() + (m == null ? "" : ": " + m));
    }

    /** Creates commands with the context when they take one. */
    private record Factory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Context.class) {
                    return cls.cast(c.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
