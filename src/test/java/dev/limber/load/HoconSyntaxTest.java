package dev.limber.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks in front of Typesafe Config never refuse a file it reads, unless one of limber's
 * limits is over: routines written in every corner of HOCON's syntax (under good/syntax) load
 * without a problem, into the very tree Typesafe Config alone makes of them.
 */
class HoconSyntaxTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"key-separators", "comments", "path-keys", "values", "includes"})
    void loadsWithoutAProblemIntoTheTreeTypesafeConfigMakes(String name) {
        Path file = Fixtures.path("good/syntax/" + name + ".conf");
        RoutineLoader.Parsed parsed = RoutineLoader.parse(RoutineLibrary.fromPath(file));
        assertThat(parsed.report().sorted()).isEmpty();
        Config plain = ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF));
        assertThat(render(parsed.config().orElseThrow())).isEqualTo(render(plain));

        LoadResult loaded = new RoutineLoader().load(RoutineLibrary.fromPath(file));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.routine()).isPresent();
    }

    @Test
    void fileIncludesAreReadFromTheRoutinesFolderWhateverTheirSpacing() throws IOException {
        Files.createDirectories(tmp.resolve("lib"));
        Files.writeString(tmp.resolve("lib/a.conf"), "library.a = { name = A, time = 30s }\n");
        Files.writeString(tmp.resolve("lib/b.conf"), "library.b = { name = B, time = 20s }\n");
        Path routine = Files.writeString(tmp.resolve("r.conf"), "include file(\"lib/a.conf\")\n"
                + "include required( file(\n  \"lib/b.conf\" ) )\ntitle = T\nsteps = [ ${library.a}, ${library.b} ]\n");
        LoadResult r = new RoutineLoader().load(RoutineLibrary.fromPath(routine));
        assertThat(r.problems()).isEmpty();
        assertThat(r.routine().orElseThrow().steps()).extracting(s -> s.base().name()).containsExactly("A", "B");
    }

    private static String render(Config c) {
        return c.resolve(ConfigResolveOptions.noSystem().setAllowUnresolved(true)).root()
                .render(ConfigRenderOptions.concise());
    }
}
