package dev.limber.routine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded routine: what a person is walked through.
 *
 * @param id the file name without {@code .conf}; the journal and resume files key on it
 * @param params the resolved parameter values as the user may override them, in file order,
 *     rendered as text (e.g. {@code heat -> 20m}) for {@code show}
 */
public record Routine(
        String id,
        String title,
        Optional<String> about,
        List<String> tags,
        boolean painCheck,
        Map<String, String> params,
        List<Step> steps) {

    public Routine {
        tags = List.copyOf(tags);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        steps = List.copyOf(steps);
    }

    public Routine withSteps(List<Step> newSteps) {
        return new Routine(id, title, about, tags, painCheck, params, newSteps);
    }
}
