package dev.limber.load;

import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import dev.limber.load.Unresolved.Kind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The part of the {@link ExpansionBudget} that bounds the copying Typesafe Config does to resolve
 * the substitutions in lists and objects.
 */
final class ResolveCost {
    /**
     * Entries Typesafe Config may copy while resolving: it copies a list or object once for each of
     * its entries that holds a substitution, so 10,000 {@code ${...}} items in one list cost 10^8.
     */
    static final long MAX_RESOLVE_COST = 30_000_000;

    private ResolveCost() {
    }

    /**
     * Resolving copies a list or object once for each of its entries that holds a substitution:
     * counted over all of them, so thousands of {@code ${...}} in one list are refused. When the
     * total is over, the list or object named is the one that takes it over in file order.
     */
    static ExpansionBudget.Refusal check(ConfigObject root, ToLongFunction<ConfigOrigin> position) {
        Map<ConfigValue, Long> costs = new IdentityHashMap<>();
        unresolved(root, costs);
        if (costs.values().stream().mapToLong(Long::longValue).sum() <= MAX_RESOLVE_COST) {
            return null;
        }
        long sum = 0;
        for (ConfigValue c : ExpansionBudget.inFileOrder(new ArrayList<>(costs.keySet()), ConfigValue::origin, position)) {
            sum += costs.get(c);
            if (sum > MAX_RESOLVE_COST) {
                return new ExpansionBudget.Refusal(c.origin(), "too many ${...} substitutions in this "
                        + (c instanceof ConfigObject ? "object" : "list") + " and those before it: resolving them would"
                        + " take too long");
            }
        }
        return null;
    }

    /** Whether {@code v} holds a substitution; adds what resolving each list and object in it copies. */
    private static boolean unresolved(ConfigValue v, Map<ConfigValue, Long> costs) {
        Kind kind = Unresolved.kind(v);
        List<ConfigValue> parts = switch (kind) {
            case OBJECT, LIST -> Unresolved.children(v);
            case CONCATENATION -> Unresolved.pieces(v);
            case MERGE -> Unresolved.stack(v);
            case REFERENCE, LEAF -> List.of();
        };
        long substituted = 0;
        for (ConfigValue part : parts) {
            if (unresolved(part, costs)) {
                substituted++;
            }
        }
        if (kind == Kind.OBJECT || kind == Kind.LIST) {
            long cost = substituted * parts.size();
            if (cost > 0) {
                costs.put(v, cost);
            }
            return substituted > 0;
        }
        return kind != Kind.LEAF;
    }
}
