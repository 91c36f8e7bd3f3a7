package dev.limber.cli;

import dev.limber.journal.FullSessions;
import dev.limber.journal.Journal;
import dev.limber.journal.Progression;
import dev.limber.journal.ResumeStore;
import dev.limber.load.LoadResult;
import dev.limber.load.RoutineFile;
import dev.limber.load.RoutineLibrary;
import dev.limber.load.RoutineLoader;
import dev.limber.plan.Planner;
import dev.limber.play.PlayRequest;
import dev.limber.play.PlaySession;
import dev.limber.settings.Settings;
import dev.limber.tui.Picker;
import dev.limber.tui.PickerEntry;
import dev.limber.tui.ScreenStage;
import dev.limber.tui.TuiScreen;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
    /** What opening the picked routine prints, held while the screen is open. */
    private final StringWriter heldText = new StringWriter();
    private final PrintWriter held = new PrintWriter(heldText);

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
        Map<String, RoutineFile> files = new LinkedHashMap<>();
        List<PickerEntry> entries = new ArrayList<>();
        RoutineLoader loader = Context.loader(settings);
        // the same offer the player makes when the routine is picked: not already in the journal
        ResumeStore resumes = new ResumeStore(context.locations().resumeDir(), new Journal(context.locations().journal()),
                Clock.systemUTC());
        Supplier<FullSessions> journal = context.journalProgress(commandLine.getErr());
        for (RoutineLibrary.Entry e : context.library().list()) {
            LoadResult r = loader.load(e.file());
            String id = e.file().id();
            r.routine().map(x -> Planner.plan(Progression.of(x, journal).routine())).ifPresentOrElse(plan -> {
                files.put(id, e.file());
                PickerEntry entry = new PickerEntry(id, plan.routine().title(), plan.total(),
                        plan.routine().about().orElse(""));
                entries.add(resumes.find(plan).point().isPresent() ? entry.withUnfinished() : entry);
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
        return Optional.of(new PlaySession(context.locations(), settings).play(request(loader, files.get(chosen.get()),
                ticker -> new ScreenStage(screen, commandLine.getOut(), ticker, 1, false, settings.pictures()), screen::close)));
    }

    /**
     * What picking {@code file} plays: the same request as {@code limber run FILE}, on the screen
     * the picker has open. The routine's warnings are asked about on that screen, not printed
     * under it; should it no longer load, the screen is closed ({@code closeScreen}) before its
     * problems are printed.
     */
    PlayRequest request(RoutineLoader loader, RoutineFile file, PlayRequest.StageOpener stage, Runnable closeScreen) {
        PlayRequest.Opener opener = new RoutineOpener(context, loader).forPlay(file, Map.of(), held);
        PlayRequest.Opener onScreen = new PlayRequest.Opener() {
            @Override
            public String id() {
                return opener.id();
            }

            @Override
            public PlayRequest.Opened open(Map<String, String> overrides) {
                return printedIfStopped(() -> opener.open(overrides));
            }

            @Override
            public PlayRequest.Opened openAsPlayed(Map<String, String> played) {
                return printedIfStopped(() -> opener.openAsPlayed(played));
            }

            private PlayRequest.Opened printedIfStopped(Supplier<PlayRequest.Opened> open) {
                try {
                    return open.get();
                } catch (CliError e) {
                    closeScreen.run();
                    commandLine.getErr().print(heldText.toString());
                    commandLine.getErr().flush();
                    throw e;
                }
            }
        };
        return new PlayRequest(onScreen, Map.of(), 1, false, false, false, PlayRequest.Gate.OPEN, stage);
    }
}
