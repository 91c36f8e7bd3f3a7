package dev.limber.load;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.limber.settings.Settings;
import dev.limber.text.Sanitizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the settings one key at a time, noting each problem with its line; a key with a bad value
 * keeps its default.
 */
final class SettingsReader {
    private static final Duration MAX_PAUSE = Duration.ofHours(24);

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    SettingsReader(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
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
        if (text.codePoints().anyMatch(Sanitizer::isUnsafe)) {
            problem(v, key, "control characters are not allowed");
            return Optional.empty();
        }
        Optional<List<String>> argv = ShellWords.split(text);
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

    /** {@code pictures = auto} (the default) shows steps' pictures; {@code off} leaves them out. */
    boolean pictures(ConfigObject root) {
        ConfigValue v = root.get("pictures");
        if (v == null) {
            return true;
        }
        if (v.valueType() == ConfigValueType.STRING && ("auto".equals(v.unwrapped()) || "off".equals(v.unwrapped()))) {
            return "auto".equals(v.unwrapped());
        }
        problem(v, "pictures", "expected auto or off");
        return true;
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
