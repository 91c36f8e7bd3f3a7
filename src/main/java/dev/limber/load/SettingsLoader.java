package dev.limber.load;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import dev.limber.io.DataFile;
import dev.limber.settings.Settings;
import dev.limber.text.Sanitizer;
import dev.limber.text.Suggest;
import dev.limber.text.Why;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code limber.conf} into {@link Settings}. A missing file means the defaults. Every
 * problem is reported as {@code FILE:LINE: key: message}, all of them, not just the first; a key
 * with a bad value keeps its default, so a typo in preferences never stops a session. The file
 * may not include others or read the environment.
 */
public final class SettingsLoader {
    /** Far more than any settings file needs; more is refused unread. */
    static final int MAX_BYTES = 64 * 1024;
    private static final List<String> KEYS = List.of(
            "sound", "bell", "voice", "voice-command", "notify", "theme", "prepare", "rest", "pictures");
    private static final Pattern INCLUDE = Pattern.compile("(?m)^[ \\t]*include\\b");

    private SettingsLoader() {
    }

    /** The settings and what was wrong with the file; {@code problems} empty means all good. */
    public record Loaded(Settings settings, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    public static Loaded load(Path file) {
        String name = file.toString();
        try {
            return parse(new String(DataFile.read(file, MAX_BYTES), StandardCharsets.UTF_8), name);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.DEFAULTS, List.of());
        } catch (DataFile.TooLarge e) {
            return failed(name, 0, "settings file is over " + MAX_BYTES / 1024 + " KiB");
        } catch (DataFile.NotRegular e) {
            return failed(name, 0, e.getReason());
        } catch (IOException e) {
            return failed(name, 0, "cannot read the settings file (" + Why.of(e, name) + ")");
        }
    }

    /** Parses settings text; {@code name} is how problems name the file. */
    public static Loaded parse(String text, String name) {
        Config config;
        try {
            config = ConfigFactory.parseString(text, ConfigParseOptions.defaults()
                    .setSyntax(ConfigSyntax.CONF).setOriginDescription(name).setIncluder(new NoIncludes()))
                    .resolve(ConfigResolveOptions.noSystem());
        } catch (ConfigException.Generic e) {
            Matcher m = INCLUDE.matcher(text);
            int line = m.find() ? 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() : 0;
            return failed(name, line, e.getMessage());
        } catch (ConfigException e) {
            return failed(name, e.origin() == null ? 0 : e.origin().lineNumber(), withoutOrigin(e));
        }
        return read(config, name);
    }

    private static Loaded read(Config config, String name) {
        SettingsReader r = new SettingsReader(name);
        Settings s = Settings.DEFAULTS;
        for (Map.Entry<String, ConfigValue> e : config.root().entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                String shown = Sanitizer.line(e.getKey());
                r.problem(e.getValue(), shown, Suggest.closest(e.getKey(), KEYS)
                        .map(g -> "unknown key \"" + shown + "\"; did you mean \"" + g + "\"?")
                        .orElse("unknown key \"" + shown + "\"; settings are " + String.join(", ", KEYS)));
            }
        }
        ConfigObject root = config.root();
        boolean sound = r.bool(root, "sound", s.sound());
        boolean bell = r.bool(root, "bell", s.bell());
        boolean notify = r.bool(root, "notify", s.notifications());
        Settings.Voice voice = r.voice(root);
        Settings.Theme theme = r.theme(root);
        Optional<Duration> prepare = r.pause(root, "prepare");
        Optional<Duration> rest = r.pause(root, "rest");
        boolean pictures = r.pictures(root);
        return new Loaded(new Settings(sound, bell, voice, notify, theme, prepare, rest, pictures), r.problems());
    }

    private static Loaded failed(String name, int line, String message) {
        return new Loaded(Settings.DEFAULTS, List.of(Problem.error(name, line, "", message)));
    }

    /** Typesafe Config puts {@code "name: 3: "} before its messages; ours puts the origin in front itself. */
    private static String withoutOrigin(ConfigException e) {
        String m = e.getMessage();
        String prefix = e.origin() == null ? null : e.origin().description() + ": ";
        return prefix != null && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

}
