package dev.limber.cli;

import dev.limber.journal.History;
import dev.limber.journal.HistoryCsv;
import dev.limber.journal.HistoryJson;
import dev.limber.journal.HistoryQuery;
import dev.limber.journal.HistoryText;
import dev.limber.journal.Journal;
import dev.limber.text.Sanitizer;
import dev.limber.text.Why;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code limber history}: past sessions, streak, pain trend and holds per side, as text, CSV or JSON. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Past sessions, the day streak, counts per routine, the pain trend and holds per side.")
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--routine", paramLabel = "ID", description = "Only sessions of this routine.")
    String routine;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Only sessions from this day on (in your time zone).")
    LocalDate since;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    /** At most one machine-readable format. */
    static final class Format {
        @Option(names = "--csv", description = "One row per session, with a header row, for a spreadsheet.")
        boolean csv;

        @Option(names = "--json", description = "Sessions and statistics as one JSON document.")
        boolean json;
    }

    private final Path journal;
    private final Clock clock;

    /** As {@link Cli} creates it: the journal of the context's home, today in the system time zone. */
    HistoryCommand(Context context) {
        this(context.locations().journal(), Clock.systemDefaultZone());
    }

    /** @param clock gives today and the time zone days are counted in */
    public HistoryCommand(Path journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return show(spec.commandLine().getOut(), err);
        } catch (OutOfMemoryError e) {
            // The journal is streamed, but its sessions are all kept to sort and count them.
            err.println(Sanitizer.line("limber: the journal " + journal + " holds more sessions than fit in this"
                    + " much memory (LIMBER_JAVA_OPTS=-Xmx1g gives more)"));
            err.flush();
            return 1;
        }
    }

    private int show(PrintWriter out, PrintWriter err) {
        Journal.Contents contents;
        try {
            contents = new Journal(journal).read();
        } catch (IOException e) {
            err.println(Sanitizer.line("limber: cannot read the journal " + journal + ": " + Why.of(e, journal)));
            err.flush();
            return 1;
        }
        for (String w : contents.warnings()) {
            err.println("limber: " + Sanitizer.line(w));
        }
        err.flush();
        HistoryQuery query = new HistoryQuery(Optional.ofNullable(routine), Optional.ofNullable(since));
        History h = History.of(query.select(contents.records(), clock.getZone()), clock.getZone(),
                LocalDate.now(clock));
        try {
            if (format.csv) {
                HistoryCsv.write(h, out);
            } else if (format.json) {
                HistoryJson.write(h, out);
            } else if (h.isEmpty()) {
                out.println(nothing(query, contents.records()));
            } else {
                out.print(HistoryText.render(h));
            }
        } catch (IOException e) {
            // A PrintWriter keeps its errors to itself; this is only for the Appendable contract.
            err.println(Sanitizer.line("limber: cannot write the history: " + e.getMessage()));
            return 1;
        } finally {
            out.flush();
        }
        return 0;
    }

    private String nothing(HistoryQuery query, List<?> all) {
        if (all.isEmpty() || query.isEverything()) {
            return "No sessions yet. Play a routine with `limber run ROUTINE` and it will show up here.";
        }
        return "No sessions" + (routine == null ? "" : " of " + Sanitizer.line(routine))
                + (since == null ? "" : " since " + since) + ".";
    }

    /** Reads {@code --since} with a message a person can act on. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("give a date as YYYY-MM-DD, e.g. 2025-03-01");
            }
        }
    }
}
