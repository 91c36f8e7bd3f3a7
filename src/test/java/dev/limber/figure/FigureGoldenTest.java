package dev.limber.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in figure, in every pose, drawn at 20x10 and 36x18 cells in colour and in mono,
 * compared with src/test/resources/figures/NAME.txt. After changing a figure on purpose, look at
 * it ({@link FigureSheet}) and rewrite the files with {@code -Dfigures.write=true}.
 */
class FigureGoldenTest {
    static Stream<String> names() {
        return Figures.names().stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void figureLooksAsItDidWhenAPersonLastCheckedIt(String name) throws IOException {
        Figure f = Figures.named(name).orElseThrow();
        StringBuilder out = new StringBuilder();
        for (int[] size : new int[][] {{20, 10}, {36, 18}}) {
            for (NamedPose pose : f.poses()) {
                for (ColourMode mode : new ColourMode[] {ColourMode.TRUE_COLOUR, ColourMode.MONO}) {
                    out.append("== ").append(pose.name()).append(' ').append(size[0]).append('x').append(size[1])
                            .append(' ').append(mode).append(" ==\n");
                    out.append(FigureCells.render(f, pose.pose(), size[0], size[1], mode).text()).append('\n');
                }
            }
        }
        String file = "figures/" + name + ".txt";
        if (Boolean.getBoolean("figures.write")) {
            Path p = Path.of("src/test/resources", file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, out);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            assertThat(out.toString()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
