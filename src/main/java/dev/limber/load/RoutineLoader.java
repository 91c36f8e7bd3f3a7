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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a routine file into a {@link Routine}, safely, reporting every problem at once.
 *
 * <p>In order: the {@link Guard} checks the raw text of the file and of every include (size,
 * UTF-8, brackets, depth, control characters, include targets, substitution budget); Typesafe
 * Config parses it with the {@link SafeIncluder}; {@code --set} overrides replace params; it is
 * resolved without environment variables or system properties; and {@link RoutineReader} reads
 * and validates the model. Nothing here reads anything but the routine's own folder.
 */
public final class RoutineLoader {
    private final Pauses defaults;

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

    public LoadResult load(RoutineFile file) {
        return load(file, Map.of());
    }

    /**
     * @param overrides {@code --set NAME=VALUE} pairs, applied to {@code params.NAME} before resolution
     */
    public LoadResult load(RoutineFile file, Map<String, String> overrides) {
        Guard.Result guard = Guard.check(file);
        List<String> files = new ArrayList<>();
        guard.texts().keySet().forEach(rel -> files.add(file.folder().display(rel)));
        files.add(file.display());
        Report report = new Report(new Origins(file.display(), files));
        guard.problems().forEach(report::add);
        if (report.hasErrors()) {
            return failed(report);
        }
        Config parsed;
        Config resolved;
        try {
            parsed = parse(file, guard);
            if (guard.confusedLine() > 0) {
                // Typesafe Config read what the scan could not follow: refuse rather than trust it unchecked.
                report.add(Problem.error(file.display(), guard.confusedLine(), "",
                        "limber cannot follow the syntax here (" + guard.confusedWhat() + ")"));
                return failed(report);
            }
            List<String> order = Overrides.declared(parsed);
            Config withSets = Overrides.apply(parsed, overrides, report);
            resolved = resolve(withSets);
            Optional<Routine> routine = new RoutineReader(new Values(report, Substitutable.paths(resolved.root())), defaults)
                    .read(file.id(), resolved.root(),
                    order);
            return new LoadResult(report.hasErrors() ? Optional.empty() : routine, report.sorted());
        } catch (ConfigException e) {
            report.error(e, "");
        } catch (StackOverflowError e) {
            // The guard bounds nesting and substitution chains; this is the last resort if it missed one.
            report.add(Problem.error(file.display(), 0, "", "nested too deeply to read"));
        }
        return failed(report);
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
