package dev.limber.load;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import dev.limber.routine.Pauses;
import dev.limber.routine.Routine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a routine file into a {@link Routine}, safely, reporting every problem at once.
 *
 * <p>In order: the {@link Guard} checks the raw text of the file and of every include (size,
 * UTF-8, control characters, include targets, and the {@link TokenLimits}: brackets, nesting, the
 * work the parse would take); Typesafe Config parses it with the {@link SafeIncluder}; the
 * {@link ExpansionBudget} checks what its substitutions would expand to; {@code --set} overrides
 * replace params; it is resolved without environment variables or system properties; and
 * {@link RoutineReader} reads and validates the model, checking the image files it names as
 * pictures. Nothing here reads anything but the routine's own folder.
 */
public final class RoutineLoader {
    /**
     * The stack parsing and resolving run on, whatever thread asks for a routine: both recurse as
     * deep as the routine nests and its substitutions chain, which the limits keep far below this.
     */
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    private final Pauses defaults;

    /** A routine's files checked and parsed, not yet resolved: the config, or none after the report says why. */
    record Parsed(Report report, Optional<Config> config) {
    }

    /** A loader with the built-in pauses for routines that do not set their own. */
    public RoutineLoader() {
        this(RoutineReader.DEFAULT_PAUSES);
    }

    /** A loader whose routines default to {@code prepare} and {@code rest} where given (from settings). */
    public RoutineLoader(Optional<Duration> prepare, Optional<Duration> rest) {
        this(RoutineReader.DEFAULT_PAUSES.withPrepare(prepare.orElse(RoutineReader.DEFAULT_PAUSES.prepare()))
                .withRest(rest.orElse(RoutineReader.DEFAULT_PAUSES.rest())));
    }

    private RoutineLoader(Pauses defaults) {
        this.defaults = defaults;
    }

    /**
     * Typesafe Config's first parse and resolve, of a fixed text, so its classes are initialized
     * before the first routine needs them; reads no file (see docs/ARCHITECTURE.md#start-up).
     */
    public static void warmUp() {
        ConfigFactory.parseString("a = 1s\nb = [ { c = ${a} } ]").resolve(ConfigResolveOptions.noSystem());
    }

    public LoadResult load(RoutineFile file) {
        return load(file, Map.of());
    }

    /**
     * @param overrides {@code --set NAME=VALUE} pairs, applied to {@code params.NAME} before resolution
     */
    public LoadResult load(RoutineFile file, Map<String, String> overrides) {
        return load(file, overrides, false);
    }

    /**
     * Loads {@code file} with the parameters an earlier session was played with: those it no
     * longer declares are left out rather than refused (the routine has changed since).
     */
    public LoadResult loadAsPlayed(RoutineFile file, Map<String, String> played) {
        return load(file, played, true);
    }

    private LoadResult load(RoutineFile file, Map<String, String> overrides, boolean declaredOnly) {
        return BoundedStack.call(STACK_BYTES, () -> loadHere(file, overrides, declaredOnly),
                () -> new LoadResult(Optional.empty(),
                List.of(Problem.error(file.display(), 0, "", "nested too deeply to read"))));
    }

    private LoadResult loadHere(RoutineFile file, Map<String, String> given, boolean declaredOnly) {
        Parsed parsed = parse(file);
        Report report = parsed.report();
        if (parsed.config().isEmpty()) {
            return failed(report);
        }
        try {
            List<String> order = Overrides.declared(parsed.config().get());
            Map<String, String> overrides = new LinkedHashMap<>(given);
            if (declaredOnly) {
                overrides.keySet().retainAll(order);
            }
            Config withSets = Overrides.apply(parsed.config().get(), overrides, report);
            Config resolved = resolve(withSets);
            Optional<Routine> routine = new RoutineReader(new Values(report, Substitutable.paths(resolved.root())), defaults,
                    file.folder()).read(file.id(), resolved.root(), order);
            return new LoadResult(report.hasErrors() ? Optional.empty() : routine, report.sorted());
        } catch (ConfigException e) {
            report.error(e, "");
        }
        return failed(report);
    }

    /** Checks the routine's files, parses them, and checks what their substitutions would expand to. */
    static Parsed parse(RoutineFile file) {
        Guard.Result guard = Guard.check(file);
        List<String> files = new ArrayList<>();
        guard.texts().keySet().forEach(rel -> files.add(file.folder().display(rel)));
        files.add(file.display());
        Origins origins = new Origins(file.display(), files);
        Report report = new Report(origins);
        guard.problems().forEach(report::add);
        if (report.hasErrors()) {
            return new Parsed(report, Optional.empty());
        }
        try {
            Config parsed = parse(file, guard);
            ExpansionBudget.Refusal r = ExpansionBudget.check(parsed.root(), o -> {
                Origins.Place p = origins.locate(o);
                // In the order the files were read, then by line.
                return ((long) files.indexOf(p.file()) << 32) + p.line();
            });
            if (r == null) {
                for (Reassignments.Again a : Reassignments.find(guard.texts().get(file.name()))) {
                    report.add(Problem.warning(file.display(), a.line(), a.key(), "set again here (first on line "
                            + a.firstLine() + "); the later value replaces the earlier one"));
                }
                return new Parsed(report, Optional.of(parsed));
            }
            report.error(r.origin(), "", r.message());
        } catch (ConfigException e) {
            report.error(e, "");
        }
        return new Parsed(report, Optional.empty());
    }

    private static Config parse(RoutineFile file, Guard.Result guard) {
        String name = file.name();
        String dir = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
        ConfigParseOptions options = ConfigParseOptions.defaults()
                .setSyntax(ConfigSyntax.CONF)
                .setOriginDescription(file.display())
                .setAllowMissing(false)
                .setIncluder(new SafeIncluder(guard.texts(), file.folder(), dir));
        return ConfigFactory.parseString(guard.texts().get(name), options);
    }

    /**
     * Resolves without environment variables or system properties, leaving what cannot be resolved
     * for the reader to report with its line. A plain {@code steps} list is resolved step by step
     * against the rest of the routine: Typesafe Config resolving it whole copies the list once per
     * step that has a substitution, which for thousands of steps is most of the load time.
     */
    private static Config resolve(Config config) {
        ConfigResolveOptions options = ConfigResolveOptions.noSystem().setAllowUnresolved(true);
        ConfigValue steps = config.root().get("steps");
        if (!(steps instanceof ConfigList list) || list.isEmpty()) {
            return config.resolve(options);
        }
        Config rest = config.withoutPath("steps").resolve(options);
        List<ConfigValue> resolved = new ArrayList<>(list.size());
        for (ConfigValue step : list) {
            resolved.add(ConfigFactory.empty().withValue("step", step).resolveWith(rest, options).root().get("step"));
        }
        return rest.withValue("steps", ConfigValueFactory.fromIterable(resolved, list.origin().description()));
    }

    private static LoadResult failed(Report report) {
        return new LoadResult(Optional.empty(), report.sorted());
    }
}
