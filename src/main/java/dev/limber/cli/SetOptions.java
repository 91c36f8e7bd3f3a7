package dev.limber.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --set KEY=VALUE}, repeatable: routine parameters changed for one command ({@code run}, {@code show}). */
public final class SetOptions {
    @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "Override a routine parameter (repeatable), e.g. --set heat=15m.")
    Map<String, String> sets = new LinkedHashMap<>();
}
