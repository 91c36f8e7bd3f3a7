package dev.limber.cli;

import dev.limber.journal.Journal;
import dev.limber.report.Period;
import dev.limber.report.Report;
import dev.limber.report.ReportPage;
import dev.limber.report.Tones;
import dev.limber.text.Sanitizer;
import dev.limber.text.Why;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code limber report}: the journal of a period as one HTML page with charts, to print or hand over. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML page with charts of a period: days with exercise, pain before"
                + " and after, holds per side, heat and ice, and the sessions. Open it in a browser; print it to PDF.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = HistoryCommand.DateConverter.class,
            description = "From this day on (in your time zone); default: the first session.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", converter = HistoryCommand.DateConverter.class,
            description = "Up to and including this day; default: today.")
    LocalDate until;

    @Option(names = "--routine", paramLabel = "ID", description = "Only sessions of this routine.")
    String routine;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write it; default: limber-report-YYYY-MM-DD.html in the current folder.")
    Path output;

    private final Path journal;
    private final Clock clock;
    private final Tones tones;

    /** As {@link Cli} creates it: the context's journal and routines, the system clock and time zone. */
    ReportCommand(Context context) {
        this(context.locations().journal(), Clock.systemDefaultZone(), new RoutineTones(context.library(), context.loader()));
    }

    /** @param clock gives today, the time zone of dates and the report's making time */
    public ReportCommand(Path journal, Clock clock, Tones tones) {
        this.journal = journal;
        this.clock = clock;
        this.tones = tones;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (since != null && until != null && until.isBefore(since)) {
            throw new CliError(2, "--until " + until + " is before --since " + since);
        }
        Journal.Contents contents;
        try {
            contents = new Journal(journal).read();
        } catch (IOException e) {
            throw new CliError(1, "cannot read the journal " + journal + ": " + Why.of(e, journal));
        }
        for (String w : contents.warnings()) {
            err.println("limber: " + Sanitizer.line(w));
        }
        err.flush();
        LocalDate today = LocalDate.now(clock);
        Report report = Report.of(contents.records(),
                new Period(Optional.ofNullable(since), Optional.ofNullable(until), Optional.ofNullable(routine)),
                clock.getZone(), today, tones);
        Path file = output != null ? output : Path.of("limber-report-" + today + ".html");
        try {
            Files.writeString(file, ReportPage.render(report, ZonedDateTime.now(clock)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliError(1, "cannot write the report " + file + ": " + Why.of(e, file));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Sanitizer.line(file.toString()));
        out.flush();
        return 0;
    }
}
