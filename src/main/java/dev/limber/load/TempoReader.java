package dev.limber.load;

import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.limber.routine.Beat;
import dev.limber.routine.Tempo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code tempo = 4s} or {@code tempo { up = 2s, hold = 1s, down = 2s }} (zero beats are left out). */
final class TempoReader {
    static final List<String> BEATS = List.of("up", "hold", "down");

    private final Values values;

    TempoReader(Values values) {
        this.values = values;
    }

    Optional<Tempo> read(ConfigValue v, String path) {
        Optional<ConfigValueType> t = values.type(v, path);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.get() != ConfigValueType.OBJECT) {
            return values.duration(v, path, false).map(Tempo::single);
        }
        ConfigObject o = (ConfigObject) v;
        values.unknownKeys(o, path, BEATS, "a tempo");
        List<Beat> beats = new ArrayList<>();
        boolean fine = true;
        for (String name : BEATS) {
            if (!o.containsKey(name)) {
                continue;
            }
            Optional<Duration> d = values.duration(o.get(name), path + "." + name, true);
            fine &= d.isPresent();
            d.filter(x -> !x.isZero()).ifPresent(x -> beats.add(new Beat(name, x)));
        }
        if (!fine) {
            return Optional.empty();
        }
        Duration total = beats.stream().map(Beat::length).reduce(Duration.ZERO, Duration::plus);
        if (total.compareTo(Duration.ofSeconds(1)) < 0) {
            values.report().error(o.origin(), path, "a rep needs at least 1s in all, e.g. { up = 2s, hold = 1s, down = 2s }");
            return Optional.empty();
        }
        return Optional.of(new Tempo(beats));
    }
}
