package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** cli/ is wiring: the terminal library and the config parser are reached through their own packages. */
class WiringOnlyTest {
    private static final Path MAIN = Path.of("src/main/java/dev/limber");

    @Test
    void cliImportsNeitherLanternaNorTypesafeConfig() throws IOException {
        assertThat(importing(MAIN.resolve("cli"), "com.googlecode.lanterna")).isEmpty();
        assertThat(importing(MAIN.resolve("cli"), "com.typesafe.config")).isEmpty();
    }

    @Test
    void onlyLoadImportsTypesafeConfig() throws IOException {
        assertThat(importing(MAIN, "com.typesafe.config")).allMatch(p -> p.startsWith(MAIN.resolve("load")));
    }

    private static List<Path> importing(Path folder, String library) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("import " + library + ".");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
