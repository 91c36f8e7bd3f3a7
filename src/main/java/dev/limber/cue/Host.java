package dev.limber.cue;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the cue sinks see of the machine: the environment (its PATH decides which speech and
 * notification tools exist), the operating system, and the terminal device for the bell. Tests
 * pass their own, so they never depend on what is installed.
 */
public record Host(Map<String, String> env, String osName, Path tty) {
    public Host {
        env = Map.copyOf(env);
    }

    public static Host current() {
        return new Host(System.getenv(), System.getProperty("os.name", ""), Path.of("/dev/tty"));
    }
}
