package dev.limber.cli;

import dev.limber.load.RoutineLoader;
import dev.limber.tui.TuiScreen;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * One start-up trick of limber at a time, in a fresh JVM (see docs/ARCHITECTURE.md#start-up and
 * start-tricks.sh). {@code MODE run ROUTINE [options]}: reads the command line one way and exits;
 * the in-process modes print the milliseconds their one piece of work took.
 */
public final class StartProbe {
    private static final String[] RUN = {"run", "sciatica-relief", "--plain", "--mute", "--no-journal", "--speed", "2",
        "--set", "heat=15m"};

    public static void main(String[] a) throws Exception {
        String[] args = a.length > 1 ? Arrays.copyOfRange(a, 1, a.length) : RUN;
        String said;
        switch (a[0]) {
            case "train" -> {
                ArchiveTraining.main(new String[0]);
                for (String m : new String[] {"quick", "spec", "one", "all", "warm", "fmt", "fmt-us", "eq-record",
                    "eq-hand"}) {
                    main(new String[] {m});
                }
                return;
            }
            case "none" -> said = args[1];
            case "quick" -> said = QuickRun.read(args).orElseThrow().routine();
            case "spec" -> said = programmatic(args);
            case "one" -> said = Cli.create(Context.fromEnvironment(), args).parseArgs(args).subcommand().commandSpec()
                    .name();
            case "all" -> said = Cli.create(Context.fromEnvironment()).parseArgs(args).subcommand().commandSpec().name();
            case "warm" -> {
                long t0 = System.nanoTime();
                RoutineLoader.warmUp();
                long t1 = System.nanoTime();
                TuiScreen.warmUp();
                long t2 = System.nanoTime();
                said = ms(t1 - t0) + " " + ms(t2 - t1);
            }
            case "fmt", "fmt-us" -> {
                if (a[0].equals("fmt-us")) {
                    Main.formatLikeUs();
                }
                long t0 = System.nanoTime();
                String s = String.format("\u001b[38;5;%dm", 208);
                said = ms(System.nanoTime() - t0) + (s.isEmpty() ? " nothing" : "");
            }
            case "eq-record", "eq-hand" -> {
                long t0 = System.nanoTime();
                boolean same = a[0].equals("eq-record") ? new Generated(1, "a").equals(new Generated(1, "a"))
                        && new Generated(1, "a").hashCode() != 0 : new Written(1, "a").equals(new Written(1, "a"))
                        && new Written(1, "a").hashCode() != 0;
                said = ms(System.nanoTime() - t0) + " " + same;
            }
            default -> throw new IllegalArgumentException(a[0]);
        }
        System.out.println(said);
    }

    private static String ms(long nanos) {
        return String.valueOf(nanos / 1e6);
    }

    /** The run command built with picocli's programmatic API: no annotation is read. */
    private static String programmatic(String[] args) {
        CommandSpec spec = CommandSpec.create().name("run");
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help").build());
        spec.addOption(OptionSpec.builder("--plain").type(boolean.class).description("Line by line").build());
        spec.addOption(OptionSpec.builder("--speed").paramLabel("FACTOR").type(double.class).defaultValue("1")
                .converters(new RunOptions.SpeedConverter()).description("FACTOR times faster").build());
        spec.addOption(OptionSpec.builder("--mute").type(boolean.class).description("No tones").build());
        spec.addOption(OptionSpec.builder("--resume").type(boolean.class).description("Continue").build());
        spec.addOption(OptionSpec.builder("--no-journal").type(boolean.class).description("Do not record").build());
        OptionSpec.Builder set = OptionSpec.builder("--set").paramLabel("KEY=VALUE").type(Map.class)
                .auxiliaryTypes(String.class, String.class).description("Override");
        set.mapFallbackValue("");
        spec.addOption(set.build());
        spec.addPositional(PositionalParamSpec.builder().paramLabel("ROUTINE").type(String.class).build());
        ParseResult pr = new CommandLine(spec).parseArgs(Arrays.copyOfRange(args, 1, args.length));
        RunOptions o = new RunOptions();
        o.plain = pr.matchedOptionValue("--plain", false);
        o.mute = pr.matchedOptionValue("--mute", false);
        o.resume = pr.matchedOptionValue("--resume", false);
        o.noJournal = pr.matchedOptionValue("--no-journal", false);
        o.speed = pr.matchedOptionValue("--speed", 1.0);
        o.sets().putAll(pr.matchedOptionValue("--set", Map.<String, String>of()));
        return pr.matchedPositionalValue(0, "");
    }

    private record Generated(int n, String s) {
    }

    private record Written(int n, String s) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Written w && w.n == n && w.s.equals(s);
        }

        @Override
        public int hashCode() {
            return n * 31 + Objects.hashCode(s);
        }
    }
}
