package dev.limber.cli;

import dev.limber.play.Policy;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options shared by everything that plays a routine: {@code run} and {@code heat-ice}. */
public final class RunOptions {
    @Option(names = "--plain", description = "Line-by-line output instead of the full screen "
            + "(also chosen when stdout is not a terminal).")
    boolean plain;

    @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "1", converter = SpeedConverter.class,
            description = "Run the clock FACTOR times faster (demos, tests); such a try-out is not kept in the "
                    + "journal. Default: ${DEFAULT-VALUE}.")
    double speed = 1;

    @Option(names = "--mute", description = "No tones, bell or voice.")
    boolean mute;

    @Option(names = "--resume", description = "Continue the last unfinished session of this routine.")
    boolean resume;

    @Option(names = "--no-journal", description = "Do not record this session.")
    boolean noJournal;

    @Mixin
    SetOptions set = new SetOptions();

    /** The {@code --set} overrides, in the order given. */
    Map<String, String> sets() {
        return set.sets;
    }

    /**
     * Stops with exit 2 on a speed that is not a positive, sensible number, and on {@code --resume}
     * in a try-out: what a try-out plays is not kept, so it cannot continue a session that is.
     */
    void validate() {
        if (!(speed >= MIN_SPEED) || speed > MAX_SPEED) {
            throw new CliError(2, "--speed must be a number from " + MIN_SPEED + " to " + (int) MAX_SPEED + ", not "
                    + speed);
        }
        if (resume && !new Policy(speed, noJournal).journaled()) {
            throw new CliError(2, "--resume continues a kept session, and with "
                    + (noJournal ? "--no-journal" : "--speed " + Policy.speedText(speed))
                    + " nothing is kept; leave one of them out");
        }
    }

    /** Reads a factor as Java reads a double, and says in plain words what it wants when it is not one. */
    static final class SpeedConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number; give e.g. 2 for twice as fast, "
                        + "or 0.5 for half speed");
            }
        }
    }

    /** Slower than a hundredth is a frozen clock, and faster than ten thousand skips every cue. */
    private static final double MIN_SPEED = 0.01;
    private static final double MAX_SPEED = 10_000;
}
