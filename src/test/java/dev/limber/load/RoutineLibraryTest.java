package dev.limber.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.routine.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookup order ./routines, user folder, built-in; lib/ fragments never listed. */
class RoutineLibraryTest {
    @TempDir
    Path tmp;

    private Path local;
    private Path user;

    private RoutineLibrary library() throws IOException {
        local = Files.createDirectories(tmp.resolve("local"));
        user = Files.createDirectories(tmp.resolve("user"));
        return new RoutineLibrary(local, user);
    }

    private static void write(Path file, String title) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "title = \"" + title + "\"\nsteps = [ { name = A, time = 30s } ]\n");
    }

    @Test
    void builtInRoutinesAreFoundById() throws IOException {
        RoutineFile f = library().find("heat-ice").orElseThrow();
        assertThat(f.source()).isEqualTo(Source.BUILT_IN);
        assertThat(f.display()).isEqualTo("<built-in>/heat-ice.conf");
    }

    @Test
    void aUserFileShadowsABuiltInOneAndALocalOneShadowsBoth() throws IOException {
        RoutineLibrary lib = library();
        write(user.resolve("heat-ice.conf"), "Mine");
        assertThat(lib.find("heat-ice").orElseThrow().source()).isEqualTo(Source.USER);
        RoutineLibrary.Entry entry = lib.list().stream().filter(e -> e.file().id().equals("heat-ice")).findFirst()
                .orElseThrow();
        assertThat(entry.file().source()).isEqualTo(Source.USER);
        assertThat(entry.shadows()).containsExactly(Source.BUILT_IN);
        write(local.resolve("heat-ice.conf"), "Here");
        assertThat(lib.find("heat-ice").orElseThrow().source()).isEqualTo(Source.LOCAL);
    }

    @Test
    void startedInTheHomeFolderItsRoutinesAreTheUserOnesAndShadowNothing() throws IOException {
        user = Files.createDirectories(tmp.resolve("home/routines"));
        write(user.resolve("mine.conf"), "Mine");
        RoutineLibrary lib = new RoutineLibrary(tmp.resolve("home/./routines"), user);
        RoutineLibrary.Entry entry = lib.list().stream().filter(e -> e.file().id().equals("mine")).findFirst()
                .orElseThrow();
        assertThat(entry.file().source()).isEqualTo(Source.USER);
        assertThat(entry.shadows()).isEmpty();
    }

    @Test
    void aFileInTheCurrentFolderIsFoundLastAndNeverShadows() throws IOException {
        RoutineLibrary lib = library();
        write(tmp.resolve("blog.conf"), "Blog");
        write(tmp.resolve("heat-ice.conf"), "Stray");
        assertThat(lib.find("blog").orElseThrow().source()).isEqualTo(Source.PATH);
        assertThat(lib.find("heat-ice").orElseThrow().source()).isEqualTo(Source.BUILT_IN);
        assertThat(lib.list().stream().map(e -> e.file().id())).doesNotContain("blog");
    }

    @Test
    void listShowsEveryBuiltInButNoFragments() throws IOException {
        RoutineLibrary lib = library();
        write(user.resolve("lib/fragment.conf"), "Fragment");
        write(user.resolve("mine.conf"), "Mine");
        List<String> ids = lib.list().stream().map(e -> e.file().id()).toList();
        assertThat(ids).contains("sciatica-relief", "heat-ice", "contrast-therapy", "foam-roll", "desk-break",
                "back-stretches", "mine").doesNotContain("stretches", "fragment");
        assertThat(ids).isSorted();
    }

    @Test
    void aPathIsUsedAsGivenWithItsFolderForIncludes() throws IOException {
        RoutineLibrary lib = library();
        assertThat(lib.find("some/dir/x.conf")).isEmpty();
        assertThat(lib.notFound("some/dir/x.conf")).isEqualTo("no such file: some/dir/x.conf");
        RoutineFile f = RoutineLibrary.fromPath(Path.of("some/dir/x.conf"));
        assertThat(f.source()).isEqualTo(Source.PATH);
        assertThat(f.id()).isEqualTo("x");
        assertThat(f.display()).isEqualTo("some/dir/x.conf");
    }

    @Test
    void unknownIdSuggestsTheClosestRoutine() throws IOException {
        RoutineLibrary lib = library();
        assertThat(lib.find("heat-ise")).isEmpty();
        assertThat(lib.notFound("heat-ise")).startsWith("no routine \"heat-ise\"; did you mean \"heat-ice\"?");
    }

    @Test
    void builtInIncludesResolveInsideTheJarFolder() throws IOException {
        RoutineFile f = library().find("back-stretches").orElseThrow();
        LoadResult r = new RoutineLoader().load(f);
        assertThat(r.problems()).isEmpty();
        assertThat(r.routine().orElseThrow().steps()).hasSize(6);
        Step.Timed hug = (Step.Timed) r.routine().orElseThrow().steps().get(2);
        assertThat(hug.name()).isEqualTo("Knee hug");
        assertThat(hug.time()).hasSeconds(45);
    }

    @Test
    void idsInAnyScriptAndWithSpacesAreListedAndFoundButNeverPathsOrHiddenFiles() throws IOException {
        RoutineLibrary lib = library();
        write(user.resolve("растяжка.conf"), "Растяжка");
        write(user.resolve("my stretch.conf"), "Mine");
        write(user.resolve(".hidden.conf"), "Hidden");
        List<String> ids = lib.list().stream().map(e -> e.file().id()).toList();
        assertThat(ids).contains("растяжка", "my stretch").doesNotContain(".hidden");
        assertThat(lib.find("растяжка")).isPresent();
        assertThat(lib.find("my stretch")).isPresent();
        assertThat(lib.find(".hidden")).isEmpty();
        assertThat(lib.find("..")).isEmpty();
    }

    @Test
    void theBuiltInIsFoundEvenWhenAUserFileShadowsIt() throws IOException {
        RoutineLibrary lib = library();
        write(user.resolve("heat-ice.conf"), "Mine");
        assertThat(lib.findBuiltIn("heat-ice").orElseThrow().source()).isEqualTo(Source.BUILT_IN);
        assertThat(lib.findBuiltIn("mine")).isEmpty();
    }
}
