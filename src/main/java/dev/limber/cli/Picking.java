package dev.limber.cli;

import dev.limber.journal.FullSessions;
import dev.limber.journal.Journal;
import dev.limber.journal.Progression;
import dev.limber.journal.ResumeStore;
import dev.limber.load.LoadResult;
import dev.limber.load.Problem;
import dev.limber.load.RoutineLibrary;
import dev.limber.load.RoutineLoader;
import dev.limber.routine.Routine;
import dev.limber.settings.Settings;
import dev.limber.plan.Planner;
import dev.limber.tui.Picker;
import dev.limber.tui.PickerEntry;
import dev.limber.tui.TuiScreen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * {@code limber} with no arguments on a terminal: the full-screen list of routines (one that does
 * not load is listed with its first error, and cannot be picked), then the chosen one played on
 * the same screen.
 */
final class Picking {
    private final Context context;
    private final CommandLine commandLine;

    Picking(Context context, CommandLine commandLine) {
        this.context = context;
        this.commandLine = commandLine;
    }

    /** A problem line with its file's folders left off: the row has room for the message, not a long path. */
    private static String shortFile(String problem) {
        int colon = problem.indexOf(':');
        int slash = colon < 0 ? -1 : problem.lastIndexOf('/', colon);
        return problem.substring(slash + 1);
    }

    /** Empty when the screen could not be opened (the caller prints the usage instead). */
    Optional<Integer> run() throws InterruptedException {
        Settings settings = context.settingsForPlay(commandLine.getErr());
        Map<String, Routine> routines = new LinkedHashMap<>();
        Map<String, List<Problem>> warnings = new LinkedHashMap<>();
        List<PickerEntry> entries = new ArrayList<>();
        RoutineLoader loader = Context.loader(settings);
        // the same offer the player makes when the routine is picked: fresh, and not already in the journal
        ResumeStore resumes = new ResumeStore(context.locations().resumeDir(), new Journal(context.locations().journal()),
                Clock.systemUTC());
        Supplier<FullSessions> journal = context.journalProgress(commandLine.getErr());
        for (RoutineLibrary.Entry e : context.library().list()) {
            LoadResult r = loader.load(e.file());
            String id = e.file().id();
            r.routine().map(x -> Planner.plan(Progression.of(x, journal).routine())).ifPresentOrElse(plan -> {
                routines.put(id, plan.routine());
                warnings.put(id, r.warnings());
                PickerEntry entry = new PickerEntry(id, plan.routine().title(), plan.total(),
                        plan.routine().about().orElse(""));
                entries.add(resumes.offer(plan).point().isPresent() ? entry.withUnfinished() : entry);
            }, () -> entries.add(PickerEntry.broken(id, r.errors().isEmpty() ? "it does not load"
                    : shortFile(r.errors().get(0).format()))));
        }
        TuiScreen screen;
        try {
            screen = TuiScreen.open(settings.theme());
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<String> chosen;
        try {
            chosen = new Picker(entries).pick(screen);
        } catch (IOException | RuntimeException e) {
            screen.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        if (chosen.isEmpty()) {
            screen.close();
            return Optional.of(0);
        }
        return Optional.of(new Playback(context, new RunOptions(), commandLine.getOut(), commandLine.getErr(), settings)
                .play(routines.get(chosen.get()), warnings.get(chosen.get()), screen));
    }
}
