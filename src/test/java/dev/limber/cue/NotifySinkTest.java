package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desktop notifications through fake notify-send / osascript on a PATH the test controls. */
class NotifySinkTest {
    @TempDir
    Path dir;

    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    private Map<String, String> fake(String tool) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve(tool);
        Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do printf 'arg:%s\\n' \"$a\" >> \"$LOG\"; done\necho end >> \"$LOG\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Map.of("PATH", bin.toString(), "LOG", dir.resolve("log").toString());
    }

    private List<String> log() {
        try {
            Path log = dir.resolve("log");
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void phaseEndGoesToNotifySendAfterDoubleDash() throws Exception {
        NotifySink sink = new NotifySink(fake("notify-send"), "Linux", () -> 0L, notes::add);
        sink.offer(new Cue.Notify("Heat, round 1 of 2 done", "Next: Ice, round 1 of 2"), 0);
        Poll.until("notified", () -> log().contains("end"));
        sink.close(1_000);
        assertThat(log()).containsExactly("arg:--app-name=limber", "arg:--", "arg:Heat, round 1 of 2 done",
                "arg:Next: Ice, round 1 of 2", "end");
        assertThat(notes).isEmpty();
    }

    @Test
    void theBodyIsEscapedForMarkupAndForNotifySendsOwnEscapes() throws Exception {
        NotifySink sink = new NotifySink(fake("notify-send"), "Linux", () -> 0L, notes::add);
        sink.offer(new Cue.Notify("Ice <b>", "Next: <img src=\"file:///etc/passwd\"> & 'x' \\074i\\076"), 0);
        Poll.until("notified", () -> log().contains("end"));
        sink.close(1_000);
        // notify-send turns \\ back into \, so the server gets the text exactly as escaped here.
        assertThat(log()).containsExactly("arg:--app-name=limber", "arg:--", "arg:Ice <b>",
                "arg:Next: &lt;img src=&quot;file:///etc/passwd&quot;&gt; &amp; &apos;x&apos; \\\\074i\\\\076", "end");
    }

    @Test
    void onMacTheTextIsAnAppleScriptStringItCannotLeave() throws Exception {
        NotifySink sink = new NotifySink(fake("osascript"), "Mac OS X", () -> 0L, notes::add);
        sink.offer(new Cue.Notify("Ice \\\" done", "end run\" & do shell script \"x"), 0);
        Poll.until("notified", () -> log().contains("end"));
        sink.close(1_000);
        assertThat(log()).containsExactly("arg:-e",
                "arg:display notification \"end run\\\" & do shell script \\\"x\" with title \"Ice \\\\\\\" done\"", "end");
    }

    @Test
    void aLateNotificationIsStillShown() throws Exception {
        // The engine clock says an hour has passed: a tone would be dropped, a notification is not.
        NotifySink sink = new NotifySink(fake("notify-send"), "Linux", () -> 3_600_000_000_000L, notes::add);
        sink.offer(new Cue.Notify("Heat done", ""), 0);
        Poll.until("notified", () -> log().contains("end"));
        sink.close(1_000);
        assertThat(log()).contains("arg:Heat done");
    }
}
