package dev.limber.load;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigIncluderClasspath;
import com.typesafe.config.ConfigIncluderFile;
import com.typesafe.config.ConfigIncluderURL;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.limber.settings.Settings;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
    private static final Duration MAX_PAUSE = Duration.ofHours(24);
    private static final List<String> KEYS = List.of(
            "sound", "bell", "voice", "voice-command", "notify", "theme", "prepare", "rest");
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
            if (Files.size(file) > MAX_BYTES) {
                return failed(name, 0, "settings file is over " + MAX_BYTES / 1024 + " KiB");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.DEFAULTS, List.of());
        } catch (IOException e) {
            return failed(name, 0, "cannot read the settings file (" + e.getClass().getSimpleName() + ")");
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
        Reader r = new Reader(name);
        Settings s = Settings.DEFAULTS;
        for (Map.Entry<String, ConfigValue> e : config.root().entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                String shown = dev.limber.text.Sanitizer.line(e.getKey());
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
        return new Loaded(new Settings(sound, bell, voice, notify, theme, prepare, rest), r.problems);
    }

    /** Reads one key at a time, noting each problem with its line and keeping the default. */
    private static final class Reader {
        final String file;
        final List<Problem> problems = new ArrayList<>();

        Reader(String file) {
            this.file = file;
        }

        void problem(ConfigValue at, String key, String message) {
            problems.add(Problem.error(file, at.origin().lineNumber(), key, message));
        }

        boolean bool(ConfigObject root, String key, boolean fallback) {
            ConfigValue v = root.get(key);
            if (v == null) {
                return fallback;
            }
            Optional<Boolean> b = asBoolean(v);
            if (b.isEmpty()) {
                problem(v, key, "expected true or false");
            }
            return b.orElse(fallback);
        }

        Settings.Voice voice(ConfigObject root) {
            ConfigValue v = root.get("voice");
            ConfigValue cmd = root.get("voice-command");
            Settings.Voice voice = Settings.Voice.AUTO;
            if (v != null) {
                Optional<Boolean> b = asBoolean(v);
                if (b.isPresent() && v.valueType() == ConfigValueType.BOOLEAN) {
                    voice = b.get() ? Settings.Voice.AUTO : Settings.Voice.OFF;
                } else if (v.valueType() != ConfigValueType.STRING) {
                    problem(v, "voice", "expected auto, off, or a command such as \"espeak-ng -s 150\"");
                } else {
                    String word = ((String) v.unwrapped()).strip();
                    voice = switch (word) {
                        case "auto" -> Settings.Voice.AUTO;
                        case "off" -> Settings.Voice.OFF;
                        default -> command(v, "voice").orElse(Settings.Voice.AUTO);
                    };
                }
            }
            if (cmd != null) {
                Optional<Settings.Voice> c = cmd.valueType() == ConfigValueType.STRING ? command(cmd, "voice-command")
                        : Optional.empty();
                if (cmd.valueType() != ConfigValueType.STRING) {
                    problem(cmd, "voice-command", "expected a command such as \"espeak-ng -s 150\"");
                } else if (voice instanceof Settings.Voice.Command) {
                    problem(cmd, "voice-command", "voice is already a command; set one of voice and voice-command");
                } else if (c.isPresent() && voice instanceof Settings.Voice.Auto) {
                    voice = c.get();
                }
            }
            return voice;
        }

        Optional<Settings.Voice> command(ConfigValue v, String key) {
            String text = (String) v.unwrapped();
            if (text.codePoints().anyMatch(dev.limber.text.Sanitizer::isUnsafe)) {
                problem(v, key, "control characters are not allowed");
                return Optional.empty();
            }
            Optional<List<String>> argv = CommandLine.split(text);
            if (argv.isEmpty()) {
                problem(v, key, "unbalanced quote in the command");
                return Optional.empty();
            }
            if (argv.get().isEmpty()) {
                problem(v, key, "expected auto, off, or a command such as \"espeak-ng -s 150\"");
                return Optional.empty();
            }
            return Optional.of(new Settings.Voice.Command(argv.get()));
        }

        Settings.Theme theme(ConfigObject root) {
            ConfigValue v = root.get("theme");
            if (v == null) {
                return Settings.Theme.AUTO;
            }
            if (v.valueType() == ConfigValueType.STRING) {
                for (Settings.Theme t : Settings.Theme.values()) {
                    if (t.word().equals(v.unwrapped())) {
                        return t;
                    }
                }
            }
            problem(v, "theme", "expected auto, dark, light or mono");
            return Settings.Theme.AUTO;
        }

        Optional<Duration> pause(ConfigObject root, String key) {
            ConfigValue v = root.get(key);
            if (v == null) {
                return Optional.empty();
            }
            if (v.valueType() != ConfigValueType.STRING && v.valueType() != ConfigValueType.NUMBER) {
                problem(v, key, "expected a duration like 10s");
                return Optional.empty();
            }
            DurationText.Parsed d = DurationText.parse(String.valueOf(v.unwrapped()));
            if (!d.ok()) {
                problem(v, key, d.error());
                return Optional.empty();
            }
            if (d.value().compareTo(MAX_PAUSE) > 0) {
                problem(v, key, "must be between 0s and 24h");
                return Optional.empty();
            }
            return Optional.of(d.value());
        }

        /** HOCON's own reading: true/false, and the strings yes/no/on/off/true/false. */
        private static Optional<Boolean> asBoolean(ConfigValue v) {
            try {
                return Optional.of(ConfigFactory.empty().withValue("b", v).getBoolean("b"));
            } catch (ConfigException e) {
                return Optional.empty();
            }
        }
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

    /** A settings file is one file: it may not include anything. */
    private static final class NoIncludes
            implements ConfigIncluder, ConfigIncluderFile, ConfigIncluderURL, ConfigIncluderClasspath {
        @Override
        public ConfigIncluder withFallback(ConfigIncluder fallback) {
            return this;
        }

        private ConfigObject refuse() {
            throw new ConfigException.Generic("include is not allowed in the settings file");
        }

        @Override
        public ConfigObject include(ConfigIncludeContext context, String what) {
            return refuse();
        }

        @Override
        public ConfigObject includeFile(ConfigIncludeContext context, File what) {
            return refuse();
        }

        @Override
        public ConfigObject includeURL(ConfigIncludeContext context, URL what) {
            return refuse();
        }

        @Override
        public ConfigObject includeResources(ConfigIncludeContext context, String what) {
            return refuse();
        }
    }
}
