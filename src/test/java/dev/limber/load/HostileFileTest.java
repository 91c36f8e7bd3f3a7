package dev.limber.load;

import static dev.limber.load.Fixtures.load;
import static dev.limber.load.Fixtures.onlyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A routine from a stranger: no network, nothing outside its folder, no environment, no blow-ups. */
class HostileFileTest {
    @TempDir
    Path tmp;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startLoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "title = \"fetched from the network\"".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** Copies a bad file into a temp folder with the server's real port in place of PORT. */
    private LoadResult loadWithPort(String resource) throws IOException {
        String text = Files.readString(Fixtures.path(resource)).replace("PORT",
                String.valueOf(server.getAddress().getPort()));
        Path file = tmp.resolve(Path.of(resource).getFileName().toString());
        Files.writeString(file, text);
        return new RoutineLoader().load(RoutineLibrary.fromPath(file));
    }

    @Test
    void urlIncludeIsRefusedWithItsLineAndNoRequestIsMade() throws IOException {
        Problem p = onlyError(loadWithPort("bad/url-include.conf"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("url(").contains("network");
        assertThat(requests.get()).isZero();
    }

    @Test
    void bareHttpIncludeIsRefusedWithItsLineAndNoRequestIsMade() throws IOException {
        Problem p = onlyError(loadWithPort("bad/bare-url-include.conf"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("looks like a URL");
        assertThat(requests.get()).isZero();
    }

    @Test
    void theIncluderItselfRefusesUrlsEvenIfTheScanWereBypassed() {
        String text = "include url(\"http://127.0.0.1:" + server.getAddress().getPort() + "/x.conf\")\n";
        ConfigParseOptions options = ConfigParseOptions.defaults()
                .setIncluder(new SafeIncluder(Map.of(), new Folder.Dir(tmp), ""));
        assertThatThrownBy(() -> ConfigFactory.parseString(text, options)).isInstanceOf(SafeIncluder.Refused.class)
                .hasMessageContaining("network");
        String bare = "include \"http://127.0.0.1:" + server.getAddress().getPort() + "/x.conf\"\n";
        assertThatThrownBy(() -> ConfigFactory.parseString(bare, options)).isInstanceOf(SafeIncluder.Refused.class);
        assertThatThrownBy(() -> ConfigFactory.parseString("include classpath(\"reference.conf\")", options))
                .isInstanceOf(SafeIncluder.Refused.class);
        assertThatThrownBy(() -> ConfigFactory.parseString("include file(\"/etc/hostname\")", options))
                .isInstanceOf(SafeIncluder.Refused.class);
        assertThat(requests.get()).isZero();
    }

    @Test
    void absoluteFileIncludeIsRefusedWithItsLine() {
        Problem p = onlyError(load("bad/absolute-file-include.conf"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("/etc/hostname").contains("absolute");
    }

    @Test
    void dotDotIncludeIsRefusedWithItsLine() {
        Problem p = onlyError(load("bad/dotdot-include.conf"));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("..").contains("out of the routine's folder");
    }

    @Test
    void classpathIncludeIsRefusedWithItsLine() {
        Problem p = onlyError(load("bad/classpath-include.conf"));
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("classpath(");
    }

    @Test
    void symlinkOutOfTheFolderIsRefused() throws IOException {
        Path outside = Files.writeString(tmp.resolve("secret.conf"), "library { a = 1 }");
        Path folder = Files.createDirectories(tmp.resolve("routines"));
        Files.createSymbolicLink(folder.resolve("link.conf"), outside);
        Path routine = Files.writeString(folder.resolve("r.conf"),
                "title = T\ninclude \"link.conf\"\nsteps = [ { name = A, time = 30s } ]\n");
        Problem p = onlyError(new RoutineLoader().load(RoutineLibrary.fromPath(routine)));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("leads out of the routine's folder");
    }

    @Test
    void missingIncludeIsAnErrorWithItsLine() {
        Problem p = onlyError(load("bad/missing-include.conf"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("there is no file");
    }

    @Test
    void includeLoopIsRefused() {
        Problem p = onlyError(load("bad/self-include.conf"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("includes itself");
    }

    @Test
    void environmentVariablesAreNeverRead() {
        Problem p = onlyError(load("bad/home-substitution.conf"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.path()).isEqualTo("about");
        assertThat(p.message()).contains("${HOME}").contains("not defined");
    }

    @Test
    void systemPropertiesNeverChangeTheRoutine() {
        String before = System.getProperty("title");
        System.setProperty("title", "Set from the command line");
        try {
            LoadResult r = load("bad/system-property.conf");
            assertThat(r.problems()).isEmpty();
            assertThat(r.routine().orElseThrow().title()).isEqualTo("From the file");
        } finally {
            if (before == null) {
                System.clearProperty("title");
            } else {
                System.setProperty("title", before);
            }
        }
    }

    @Test
    void doublingSubstitutionChainIsRefusedBeforeResolving() {
        Problem p = onlyError(load("bad/doubling-chain.conf"));
        // a0 is 10 characters and each a(n) doubles a(n-1): the running total passes 16 million at a20, line 22.
        assertThat(p.line()).isEqualTo(22);
        assertThat(p.message()).contains("expand to more than");
    }

    @Test
    void doublingSelfAppendIsRefusedBeforeResolving() {
        Problem p = onlyError(load("bad/doubling-append.conf"));
        assertThat(p.message()).contains("expand to more than");
    }

    @Test
    void substitutionLoopIsRefusedWithItsLine() {
        Problem p = onlyError(load("bad/cycle-substitution.conf"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("loop");
    }

    @Test
    void aChainOfMoreThan200SubstitutionsIsRefusedBeforeResolving() {
        Problem p = onlyError(load("bad/long-chain.conf"));
        assertThat(p.line()).isEqualTo(203);
        assertThat(p.message()).contains("more than 200 deep");
    }

    @Test
    void nestingAddsUpAcrossIncludes() {
        Problem p = onlyError(load("bad/nested-includes/n0.conf"));
        assertThat(p.file()).endsWith("n1.conf");
        assertThat(p.message()).contains("nested more than 64 levels deep");
    }

    @Test
    void sixThousandLevelsOfNestingEndInOneLine() {
        Problem p = onlyError(load("bad/deep-nesting.conf"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("nested more than 64 levels deep");
    }

    @Test
    void sixThousandPartKeyEndsInOneLine() {
        Problem p = onlyError(load("bad/deep-key.conf"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("more than 64 parts");
    }

    @Test
    void hugeFileIsRefusedUnread() throws IOException {
        Path big = tmp.resolve("big.conf");
        Files.writeString(big, "title = \"Big\"\n# " + "x".repeat(Guard.MAX_FILE_BYTES) + "\n");
        Problem p = onlyError(new RoutineLoader().load(RoutineLibrary.fromPath(big)));
        assertThat(p.message()).contains("the limit is 2.0 MB");
    }

    private LoadResult loadText(String name, String text) throws IOException {
        return new RoutineLoader().load(RoutineLibrary.fromPath(Files.writeString(tmp.resolve(name), text)));
    }

    @Test
    void aListOfMoreThanTenThousandItemsIsRefusedAtItsLine() throws IOException {
        StringBuilder b = new StringBuilder("title = T\nlibrary.x = a\nsteps = [\n");
        b.append("  { name = ${library.x}, time = 30s }\n".repeat(10_001)).append("]\n");
        Problem p = onlyError(loadText("long-list.conf", b.toString()));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("this list has more than 10,000 items");
    }

    @Test
    void anObjectOfMoreThanTenThousandKeysIsRefused() throws IOException {
        StringBuilder b = new StringBuilder("title = T\nsteps = [ { name = A, time = 30s } ]\nlibrary {\n");
        for (int i = 0; i <= 10_000; i++) {
            b.append("  k").append(i).append(" = ").append(i).append('\n');
        }
        Problem p = onlyError(loadText("wide.conf", b.append("}\n").toString()));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("this object has more than 10,000 keys");
    }

    @Test
    void keysDefinedPieceByPieceThousandsOfTimesAreRefusedBeforeTheQuadraticMerge() throws IOException {
        StringBuilder b = new StringBuilder("title = T\nsteps = [ { name = A, time = 30s } ]\n");
        for (int i = 0; i < 3000; i++) {
            b.append("library.k").append(i).append(" = ").append(i).append('\n');
        }
        Problem p = onlyError(loadText("dotted.conf", b.toString()));
        assertThat(p.message()).contains("opened again and again");
    }

    @Test
    void appendingManyTimesIsNotMistakenForABlowUp() throws IOException {
        String text = "title = T\ntags = []\n" + "tags += back\n".repeat(60) + "steps = [ { name = A, time = 30s } ]\n";
        LoadResult r = loadText("appends.conf", text);
        assertThat(r.problems()).isEmpty();
        assertThat(r.routine().orElseThrow().tags()).hasSize(60);
    }

    @Test
    void includingOneFileOverAHundredTimesIsRefused() throws IOException {
        Files.writeString(tmp.resolve("bit.conf"), "library.x = 1\n");
        String text = "title = T\nsteps = [ { name = A, time = 30s } ]\n" + "include \"bit.conf\"\n".repeat(101);
        Problem p = onlyError(loadText("many-includes.conf", text));
        assertThat(p.line()).isEqualTo(103);
        assertThat(p.message()).contains("too many includes");
    }

    @Test
    void aValueOfHundredsOfThousandsOfUnquotedWordsIsRefused() throws IOException {
        String text = "title = T\nsteps = [ { name = A, time = 30s } ]\nlibrary.x = " + "ab ".repeat(600_000) + "\n";
        Problem p = onlyError(loadText("words.conf", text));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("put long text in quotes");
    }

    @Test
    void aValueJoinedFromThousandsOfListsOrObjectsIsRefusedBeforeTheQuadraticParse() throws IOException {
        String lists = "title = T\nsteps = [ { name = A, time = 30s } ]\nlibrary.x = " + "[1] ".repeat(20_000) + "\n";
        Problem p = onlyError(loadText("lists.conf", lists));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("a value joined from very many lists or objects; write them as one");
        String objects = "title = T\nsteps = [ { name = A, time = 30s } ]\nlibrary.x = " + "{ a = 1 } ".repeat(20_000) + "\n";
        assertThat(onlyError(loadText("objects.conf", objects)).message()).contains("joined from very many");
    }

    @Test
    void thousandsOfSubstitutionsInOneListAreRefusedBeforeTheQuadraticResolve() throws IOException {
        String text = "title = T\nsteps = [ { name = A, time = 30s } ]\nlibrary.a = 1\nlibrary.l = ["
                + "${library.a},".repeat(6000) + "]\n";
        Problem p = onlyError(loadText("subs.conf", text));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("too many ${...} substitutions");
    }

    @Test
    void randomBytesEndInOneLine() {
        Problem p = onlyError(load("bad/random-bytes.conf"));
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("not UTF-8 text");
    }

    @Test
    void cycleOfElevenPhasesTimesAThousandRoundsIsOverTheLimit() {
        Problem p = onlyError(load("bad/cycle-too-long.conf"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.path()).isEqualTo("steps[0]");
        // 11 phases x 1,000 rounds, and the get-ready pause before them.
        assertThat(p.message()).contains("11,001 segments").contains("at most 10,000");
    }
}
