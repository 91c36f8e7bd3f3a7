package dev.limber.home;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where limber keeps its files: everything under {@code $LIMBER_HOME} when it is set, otherwise
 * the XDG base directories (settings and routines under config, the journal under data, resume
 * files under state).
 */
public record Locations(Path settings, Path userRoutines, Path journal, Path resumeDir) {

    /** From the environment; the home folder is {@code $HOME} (as XDG says), else the account's. */
    public static Locations fromEnvironment() {
        String home = System.getenv("HOME");
        return from(System.getenv(), Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home")));
    }

    public static Locations from(Map<String, String> env, Path userHome) {
        String home = env.get("LIMBER_HOME");
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home);
            return new Locations(root.resolve("limber.conf"), root.resolve("routines"), root.resolve("journal.jsonl"),
                    root.resolve("resume"));
        }
        Path config = xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config")).resolve("limber");
        Path data = xdg(env, "XDG_DATA_HOME", userHome.resolve(".local/share")).resolve("limber");
        Path state = xdg(env, "XDG_STATE_HOME", userHome.resolve(".local/state")).resolve("limber");
        return new Locations(config.resolve("limber.conf"), config.resolve("routines"), data.resolve("journal.jsonl"),
                state.resolve("resume"));
    }

    /** XDG says a relative value is invalid and must be ignored. */
    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank() || !Path.of(v).isAbsolute()) {
            return fallback;
        }
        return Path.of(v);
    }
}
