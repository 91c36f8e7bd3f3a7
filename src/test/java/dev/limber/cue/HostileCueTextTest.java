package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Plan;
import dev.limber.plan.Planner;
import dev.limber.routine.Phase;
import dev.limber.routine.Routine;
import dev.limber.routine.SkinCheck;
import dev.limber.routine.Step;
import dev.limber.routine.StepBase;
import dev.limber.routine.Swap;
import dev.limber.session.Event;
import dev.limber.session.OffTime;
import dev.limber.session.Session;
import dev.limber.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A shared routine is hostile text: its title, step, side and phase names are full of options
 * hidden behind invisible characters, markup and script. Routines like that play, and fake
 * speech and notification programs on a PATH the test controls record each call (its arguments
 * and its input): no argument carrying routine text starts with a dash, and no markup or script
 * gets through.
 */
class HostileCueTextTest {
    private static final long S = 1_000_000_000L;
    private static final String MARKUP = " <a href=\"https://evil.example/\">go</a>"
            + " <img src=\"file:///etc/passwd\"> <b>bold</b>";
    /** Ends an AppleScript string and runs a shell command, if the text is pasted into a script. */
    private static final String SCRIPT = " \\\" & (do shell script \"touch /tmp/evil\") & \"";

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong();
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    /** One recorded run of a fake program. */
    record Call(List<String> args, String input) {
    }

    /**
     * Every Unicode space (Zs, Zl, Zp) and the invisible format characters (Cf) that a check for a
     * leading dash may not see: each is put in front of a dash.
     */
    static List<String> hiders() {
        List<Integer> c = new ArrayList<>(List.of(0x00A0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
                0xFEFF, 0x2060, 0x061C));
        IntStream.rangeClosed(0x2000, 0x200A).forEach(c::add);
        IntStream.rangeClosed(0x200B, 0x200F).forEach(c::add);
        IntStream.rangeClosed(0x202A, 0x202E).forEach(c::add);
        IntStream.rangeClosed(0x2066, 0x2069).forEach(c::add);
        return c.stream().map(Character::toString).toList();
    }

    @Test
    void theHidersAreEveryUnicodeSpace() {
        List<String> hiders = hiders();
        IntStream.rangeClosed(0, Character.MAX_CODE_POINT).filter(Character::isSpaceChar).filter(c -> c != ' ')
                .forEach(c -> assertThat(hiders).as("U+%04X", c).contains(Character.toString(c)));
    }

    /** A routine whose every name starts with an option hidden behind {@code h}. */
    static Plan hostile(String h) {
        Step stretch = new Step.Timed(StepBase.named("-" + h + "--phonout=/tmp/evil.wav" + MARKUP)
                .withSides(List.of(h + "--icon=/tmp/evil.png", "-" + h + "-w /tmp/evil.wav [[volm 1.0]]")),
                Duration.ofSeconds(2), Optional.empty());
        Step cycle = new Step.Cycle(StepBase.named(h + "-s 900"), List.of(
                new Phase("-" + h + "--app-name=evil", Duration.ofSeconds(2), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()),
                new Phase(h + "-u critical" + MARKUP, Duration.ofSeconds(2), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()),
                new Phase("-" + h + "-i /tmp/x \\074b\\076 & 'q'" + SCRIPT, Duration.ofSeconds(2), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                new Phase("!-!SET SELF VOLUME 100", Duration.ofSeconds(2), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty())), 1, Swap.NONE, SkinCheck.DEFAULT);
        return Planner.plan(new Routine("hostile", "-" + h + "--icon=/tmp/evil.png" + SCRIPT, Optional.empty(),
                List.of(), false, Map.of(), List.of(stretch, cycle)));
    }

    /** What the hostile routines ask the sinks to say or show, each distinct cue once, in order. */
    static List<Cue> cues(Class<? extends Cue> kind) {
        LinkedHashSet<Cue> out = new LinkedHashSet<>();
        for (String h : hiders()) {
            CueSink collect = new CueSink() {
                @Override
                public void offer(Cue cue, long at) {
                    if (kind.isInstance(cue)) {
                        out.add(cue);
                    }
                }

                @Override
                public void hush() {
                }

                @Override
                public void close(long graceMillis) {
                }
            };
            Plan plan = hostile(h);
            long[] t = {0};
            Cues cues = new Cues(new CuePlan(plan.routine().title()), List.of(collect), () -> t[0], 2 * S, false,
                    new OffTime(() -> Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), 1));
            Session session = new Session(plan);
            session.start(0).forEach(cues::accept);
            while (!session.isFinished()) {
                t[0] += S / 4;
                for (Event e : session.tick(t[0])) {
                    cues.accept(e);
                }
            }
        }
        return List.copyOf(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"espeak-ng", "espeak", "spd-say", "say"})
    void eachVoiceProgramGetsRoutineTextOnItsInputAndNeverAsAnOption(String program) throws Exception {
        Map<String, String> env = fake(program);
        List<String> command = VoiceCommand.resolve(Settings.Voice.AUTO, env, notes::add).orElseThrow();
        List<String> options = command.subList(1, command.size());
        SpeechSink speech = new SpeechSink(command, env, now::get, 2 * S, 5_000, notes::add);
        List<String> phrases = cues(Cue.Say.class).stream().map(c -> ((Cue.Say) c).text()).toList();
        assertThat(phrases).as("the routines reached the speech cues").anyMatch(p -> p.contains("phonout"));
        for (int i = 0; i < phrases.size(); i++) {
            // Each phrase is for a later moment and is said in full before the next is offered.
            now.set(i * S);
            speech.offer(new Cue.Say(phrases.get(i)), i * S);
            int said = i + 1;
            Poll.until("phrase " + said + ": " + phrases.get(i), () -> calls().size() >= said);
        }
        speech.close(1_000);

        List<Call> calls = calls();
        assertThat(calls).hasSize(phrases.size());
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            assertThat(call.args().subList(0, options.size())).isEqualTo(options);
            List<String> carried = call.args().subList(options.size(), call.args().size());
            assertThat(carried).as("arguments carrying routine text").allSatisfy(HostileCueTextTest::startsSafely);
            assertThat(carried).as("the phrase is never an argument").isEmpty();
            assertThat(call.input()).as("one line, and a space first: spd-say runs a line starting !-!")
                    .startsWith(" ").doesNotContain("\n");
            startsSafely(call.input().substring(1));
            assertThat(call.input()).as("say's embedded commands").doesNotContain("[[");
            assertThat(call.input()).as("the words of: " + phrases.get(i)).contains(words(phrases.get(i)));
        }
        assertThat(notes).isEmpty();
    }

    @Test
    void notifySendGetsTheTextAfterDoubleDashAndTheBodyAsEscapedMarkup() throws Exception {
        Map<String, String> env = fake("notify-send");
        List<Cue.Notify> shown = notified(new NotifySink(env, "Linux", now::get, notes::add));
        assertThat(shown).as("the routines reached the notifications").anyMatch(n -> n.body().contains("<img"));

        List<Call> calls = calls();
        assertThat(calls).hasSize(shown.size());
        for (int i = 0; i < calls.size(); i++) {
            List<String> args = calls.get(i).args();
            List<String> carried = args.stream().filter(a -> !a.equals("--app-name=limber") && !a.equals("--")).toList();
            assertThat(carried).as("arguments carrying routine text").allSatisfy(HostileCueTextTest::startsSafely);
            assertThat(args).as("options first, then --, then the text").hasSize(4)
                    .startsWith("--app-name=limber", "--");
            assertThat(args.get(2)).contains(words(shown.get(i).title()));
            // What notify-send hands the server once it has decoded the C escapes in the body.
            String body = notifySendBody(args.get(3));
            assertThat(body).as("markup").doesNotContain("<", ">", "\"", "'").doesNotContainPattern("&(?!(amp|lt|gt|quot|apos);)");
            assertThat(unescape(body)).contains(words(shown.get(i).body()));
        }
        assertThat(String.join("\n", calls.stream().map(c -> c.args().get(3)).toList()))
                .contains("&lt;img src=&quot;file:///etc/passwd&quot;&gt;", "&lt;a href=", "&lt;b&gt;bold&lt;/b&gt;");
        assertThat(notes).isEmpty();
    }

    @Test
    void osascriptGetsTheTextInsideAppleScriptStringsThatItCannotLeave() throws Exception {
        Map<String, String> env = fake("osascript");
        List<Cue.Notify> shown = notified(new NotifySink(env, "Mac OS X", now::get, notes::add));
        assertThat(shown).anyMatch(n -> n.title().contains("do shell script"));

        List<Call> calls = calls();
        assertThat(calls).hasSize(shown.size());
        for (int i = 0; i < calls.size(); i++) {
            List<String> args = calls.get(i).args();
            assertThat(args).as("one statement and nothing after it to parse").hasSize(2).startsWith("-e");
            List<String> strings = new ArrayList<>();
            assertThat(codeOutsideStrings(args.get(1), strings)).isEqualTo("display notification \"\" with title \"\"");
            assertThat(strings).allSatisfy(HostileCueTextTest::startsSafely);
            assertThat(strings.get(0)).contains(words(shown.get(i).body()));
            assertThat(strings.get(1)).contains(words(shown.get(i).title()));
        }
        assertThat(notes).isEmpty();
    }

    private List<Cue.Notify> notified(NotifySink sink) {
        List<Cue.Notify> shown = cues(Cue.Notify.class).stream().map(c -> (Cue.Notify) c).toList();
        for (int i = 0; i < shown.size(); i++) {
            sink.offer(shown.get(i), i * S);
            int done = i + 1;
            Poll.until("notification " + done, () -> calls().size() >= done);
        }
        sink.close(1_000);
        return shown;
    }

    /** Not a dash, nor anything invisible or blank that could stand in front of one. */
    private static void startsSafely(String text) {
        assertThat(text).as("starts with a dash: %s", text).doesNotStartWith("-");
        if (!text.isEmpty()) {
            int c = text.codePointAt(0);
            assertThat(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)
                    .as("starts with U+%04X: %s", c, text).isFalse();
        }
    }

    /** The words of a text that must arrive whatever was dropped or escaped around them. */
    private static String[] words(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{Alnum}=/.:_]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /** notify-send's own decoding of the body (GLib's g_strcompress): C escapes, octal included. */
    private static String notifySendBody(String arg) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c != '\\' || i + 1 == arg.length()) {
                b.append(c);
                continue;
            }
            char e = arg.charAt(++i);
            if (e >= '0' && e <= '7') {
                int end = i;
                while (end < Math.min(arg.length(), i + 3) && arg.charAt(end) >= '0' && arg.charAt(end) <= '7') {
                    end++;
                }
                b.append((char) Integer.parseInt(arg.substring(i, end), 8));
                i = end - 1;
            } else {
                b.append(switch (e) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'v' -> '\u000b';
                    default -> e;
                });
            }
        }
        return b.toString();
    }

    private static String unescape(String markup) {
        return markup.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** The script with every string literal emptied; the literals' values go to {@code strings}. */
    private static String codeOutsideStrings(String script, List<String> strings) {
        StringBuilder code = new StringBuilder();
        StringBuilder literal = null;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (literal == null) {
                code.append(c);
                literal = c == '"' ? new StringBuilder() : null;
            } else if (c == '\\') {
                literal.append(script.charAt(++i));
            } else if (c == '"') {
                code.append(c);
                strings.add(literal.toString());
                literal = null;
            } else {
                literal.append(c);
            }
        }
        assertThat(literal).as("an unterminated string").isNull();
        return code.toString();
    }

    /** A fake program that logs each call: {@code call}, {@code arg:} lines, {@code input:}, its input, {@code end}. */
    private Map<String, String> fake(String program) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve(program);
        Files.writeString(script, """
                #!/bin/sh
                {
                  echo call
                  for a in "$@"; do printf 'arg:%s\\n' "$a"; done
                  echo input:
                  while IFS= read -r line || [ -n "$line" ]; do printf '%s\\n' "$line"; done
                  echo end
                } >> "$LOG"
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Map.of("PATH", bin.toString(), "LOG", dir.resolve("log").toString());
    }

    private List<Call> calls() {
        List<String> lines;
        try {
            Path log = dir.resolve("log");
            lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<Call> calls = new ArrayList<>();
        List<String> args = null;
        List<String> input = null;
        for (String line : lines) {
            if (line.equals("call")) {
                args = new ArrayList<>();
                input = null;
            } else if (args != null && input == null && line.startsWith("arg:")) {
                args.add(line.substring(4));
            } else if (args != null && input == null && line.equals("input:")) {
                input = new ArrayList<>();
            } else if (input != null && line.equals("end")) {
                calls.add(new Call(args, String.join("\n", input)));
                args = null;
                input = null;
            } else if (input != null) {
                input.add(line);
            }
        }
        return calls;
    }
}
