package dev.limber.cli;

import dev.limber.text.Sanitizer;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.List;
import picocli.CommandLine;

/**
 * Builds the {@code limber} command line: the top-level command, every subcommand (registered in
 * {@link #COMMANDS}, the one place to add one), and the handlers that turn errors into one line
 * and an exit code (0 done, 1 a routine or data problem, 2 a bad command line).
 */
public final class Cli {
    /** Every subcommand, in the order help lists them. A command takes a {@link Context} in its constructor, or nothing. */
    static final List<Class<?>> COMMANDS = List.of(RunCommand.class, HeatIceCommand.class, ListCommand.class,
            ShowCommand.class, CheckCommand.class, HistoryCommand.class, NewCommand.class,
            CommandLine.HelpCommand.class);

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
        try {
            return create(context).execute(args);
        } catch (RuntimeException | Error e) {
            // Even an Error ends in one line: no stack trace reaches a person unless they ask for it.
            System.err.println("limber: internal error: " + describe(e));
            if (context.debug()) {
                e.printStackTrace();
            }
            return 1;
        }
    }

    public static CommandLine create(Context context) {
        CommandLine.IFactory factory = new Factory(context);
        CommandLine cl = new CommandLine(new LimberCommand(context), factory);
        for (Class<?> c : COMMANDS) {
            try {
                cl.addSubcommand(factory.create(c));
            } catch (Exception e) {
                throw new IllegalStateException("cannot create command " + c.getSimpleName(), e);
            }
        }
        settingsInHelp(cl, context);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
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
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println("limber: " + Sanitizer.line(String.valueOf(ex.getMessage())));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return 2;
        });
        return cl;
    }

    /** {@code limber --help} says where the settings file is, as this environment resolves it. */
    private static void settingsInHelp(CommandLine cl, Context context) {
        List<String> footer = new java.util.ArrayList<>(List.of(cl.getCommandSpec().usageMessage().footer()));
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
