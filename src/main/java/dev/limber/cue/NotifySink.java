package dev.limber.cue;

import dev.limber.session.Ticker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Shows desktop notifications with notify-send (or osascript on macOS), for a person who walked
 * away from a 20-minute ice pack. A notification stays worth showing however late it is, so none
 * is dropped as stale. The tool is looked up on the first notification; if it is missing that is
 * noted once and nothing more is tried.
 */
final class NotifySink implements CueSink {
    private static final int QUEUE = 4;
    static final long TIMEOUT_MILLIS = 5_000;

    private final Map<String, String> env;
    private final boolean mac;
    private final Consumer<String> notes;
    private final Lane lane;
    private Optional<Path> program;
    private volatile boolean broken;

    NotifySink(Map<String, String> env, String osName, Ticker clock, Consumer<String> notes) {
        this.env = Map.copyOf(env);
        this.mac = tool(osName).equals("osascript");
        this.notes = notes;
        this.lane = new Lane("notify", QUEUE, clock, Long.MAX_VALUE, this::perform,
                e -> notes.accept("Notifications stopped working: " + e));
    }

    @Override
    public void offer(Cue cue, long at) {
        if (cue instanceof Cue.Notify && !broken) {
            lane.offer(cue, at);
        }
    }

    private void perform(Lane.Item item) {
        Cue.Notify n = (Cue.Notify) item.cue();
        String tool = mac ? "osascript" : "notify-send";
        if (program == null) {
            program = PathSearch.find(tool, env);
            if (program.isEmpty()) {
                broken = true;
                notes.accept("No " + tool + " found: desktop notifications are off");
                return;
            }
        }
        try {
            ExternalCommand.Outcome outcome = ExternalCommand.await(
                    ExternalCommand.start(argv(program.get(), mac, n.title(), n.body()), env), TIMEOUT_MILLIS);
            if (outcome == ExternalCommand.Outcome.FAILED || outcome == ExternalCommand.Outcome.TIMED_OUT) {
                notes.accept("Desktop notification with " + tool + " failed");
            }
        } catch (IOException e) {
            broken = true;
            notes.accept("Could not run " + tool + ": desktop notifications are off");
        }
    }

    /** The tool for this system: osascript on macOS, notify-send elsewhere. */
    static String tool(String osName) {
        return osName.toLowerCase(Locale.ROOT).contains("mac") ? "osascript" : "notify-send";
    }

    /** The command line that shows one notification, title and body each kept from being an option or markup. */
    static List<String> argv(Path program, boolean mac, String title, String body) {
        List<String> argv = new ArrayList<>();
        argv.add(program.toString());
        argv.addAll(mac ? osascript(title, body) : notifySend(title, body));
        return argv;
    }

    /**
     * The title and body after {@code --}, where notify-send (GLib's option parser) takes nothing
     * for an option, so a title cannot become {@code --icon=...}. The body is markup to the
     * notification server and notify-send first decodes C escapes in it ({@code \074} is
     * {@code <}): the body is escaped as markup, then every backslash doubled, so what reaches
     * the server is exactly the escaped text. The title is plain text by the specification.
     */
    private static List<String> notifySend(String title, String body) {
        return List.of("--app-name=limber", "--", ProgramText.plain(title),
                ProgramText.markup(body).replace("\\", "\\\\"));
    }

    /**
     * One AppleScript statement with the title and body as string literals, so nothing follows
     * the script for osascript to parse. In a literal only a backslash and a double quote mean
     * something, and both are escaped, so the text cannot end the literal.
     */
    private static List<String> osascript(String title, String body) {
        return List.of("-e", "display notification " + appleScriptString(body) + " with title "
                + appleScriptString(title));
    }

    private static String appleScriptString(String text) {
        return '"' + ProgramText.plain(text).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public void hush() {
        // Mute is about sound; a notification is silent text and stays.
    }

    @Override
    public void close(long graceMillis) {
        lane.close(graceMillis);
    }
}
