package dev.limber.load;

import static dev.limber.image.TestImages.encode;
import static dev.limber.image.TestImages.noise;
import static dev.limber.load.Fixtures.load;
import static dev.limber.load.Fixtures.onlyError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.Picture;
import dev.limber.routine.Routine;
import dev.limber.routine.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code picture} and {@code picture-alt} on steps and phases. */
class PictureTest {
    @TempDir
    Path dir;

    @Test
    void aStepAndAPhaseNameTheirFigures() {
        Routine r = load("good/pictures.conf").routine().orElseThrow();
        assertThat(r.steps().get(0).base().picture())
                .contains(new Picture.Figure("knee-hug", Optional.of("Lying on the back, one knee hugged")));
        assertThat(r.steps().get(1).base().picture()).contains(new Picture.Figure("plank", Optional.empty()));
        Step.Cycle heat = (Step.Cycle) r.steps().get(2);
        assertThat(heat.phases().get(0).picture()).contains(new Picture.Figure("heat-pack", Optional.empty()));
        assertThat(r.steps().get(3).base().picture()).isEmpty();
    }

    @Test
    void anUnknownFigureGetsItsLineAndTheNearestName() {
        Problem p = onlyError(load("bad/unknown-figure.conf"));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.path()).isEqualTo("steps[0].picture");
        assertThat(p.message()).isEqualTo("no figure \"knee-hgu\"; did you mean knee-hug?");
    }

    @Test
    void anUnknownFigureInAPhaseIsReportedToo() {
        Problem p = onlyError(load("bad/unknown-phase-figure.conf"));
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("no figure \"heat-pak\"; did you mean heat-pack?");
    }

    @Test
    void aMissingImageIsNamedWithItsLine() {
        Problem p = onlyError(load("bad/image-picture.conf"));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.path()).isEqualTo("steps[0].picture");
        assertThat(p.message()).startsWith("picture \"img/piriformis.png\": there is no such file in the routine's folder (")
                .endsWith("img/piriformis.png)");
    }

    @Test
    void aStepAndAPhaseShowImagesFromTheRoutinesFolder() throws IOException {
        Path img = Files.createDirectories(dir.resolve("img"));
        Path photo = Files.write(img.resolve("piriformis.PNG"), encode(noise(40, 30), "png"));
        Path pack = Files.write(dir.resolve("pack.jpg"), encode(noise(30, 30), "jpeg"));
        Path file = Files.writeString(dir.resolve("photos.conf"), """
                title = "Photos"
                steps = [
                  { name = "Piriformis", time = 30s, picture = "img/piriformis.PNG", picture-alt = "Ankle over the knee" }
                  { name = "Heat", phases = [ { name = Heat, time = 5m, tone = warm, picture = "./pack.jpg" } ] }
                ]
                """);

        Routine r = new RoutineLoader().load(RoutineLibrary.fromPath(file)).routine().orElseThrow();

        assertThat(r.steps().get(0).base().picture()).contains(
                new Picture.Image("img/piriformis.PNG", photo.toRealPath(), Optional.of("Ankle over the knee")));
        Step.Cycle heat = (Step.Cycle) r.steps().get(1);
        assertThat(heat.phases().get(0).picture()).contains(new Picture.Image("./pack.jpg", pack.toRealPath(), Optional.empty()));
    }

    @Test
    void aRoutineNamesAtMostAHundredImageFiles() throws IOException {
        StringBuilder text = new StringBuilder("title = \"Many\"\nsteps = [\n");
        for (int i = 0; i <= PictureFiles.MAX_FILES; i++) {
            text.append("{ name = \"S").append(i).append("\", time = 10s, picture = \"img/").append(i % 101)
                    .append(".png\" }\n");
        }
        // the first one again: already checked, so not counted twice
        text.append("{ name = \"Again\", time = 10s, picture = \"img/0.png\" }\n]\n");
        Path file = Files.writeString(dir.resolve("many.conf"), text);

        List<Problem> errors = new RoutineLoader().load(RoutineLibrary.fromPath(file)).errors();

        assertThat(errors).hasSize(PictureFiles.MAX_FILES + 2);
        assertThat(errors.get(PictureFiles.MAX_FILES).message())
                .isEqualTo("more than 100 different image files in one routine; show fewer");
        assertThat(errors.get(PictureFiles.MAX_FILES + 1).message()).contains("img/0.png").contains("no such file");
    }

    @Test
    void aBuiltInRoutineShowsNoImageFiles() {
        PictureFiles.Found f = new PictureFiles(new Folder.Builtin()).find("img/knee-hug.png");
        assertThat(f).isEqualTo(new PictureFiles.Found.Refused(
                "a built-in routine shows only built-in figures (limber figures lists them), not image files"));
    }
}
