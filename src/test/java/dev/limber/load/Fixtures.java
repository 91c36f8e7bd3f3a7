package dev.limber.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test routines under src/test/resources, loaded the way {@code limber check} loads a path. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String resource) {
        URL url = Fixtures.class.getResource("/" + resource);
        assertThat(url).as("test resource %s", resource).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadResult load(String resource) {
        return load(resource, Map.of());
    }

    static LoadResult load(String resource, Map<String, String> overrides) {
        return new RoutineLoader().load(RoutineLibrary.fromPath(path(resource)), overrides);
    }

    /** The one error of a result that must have exactly one. */
    static Problem onlyError(LoadResult r) {
        List<Problem> errors = r.errors();
        assertThat(errors).as("errors of %s", r.problems()).hasSize(1);
        assertThat(r.routine()).isEmpty();
        return errors.get(0);
    }
}
