package dev.limber.load;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import dev.limber.load.Unresolved.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Bounds what resolving a parsed routine would make, before Typesafe Config resolves it, by
 * working out the size of every value from Typesafe Config's own unresolved tree (where the
 * prefixes of includes are already applied). A 40-deep chain of {@code x2 = ${x1}${x1}} comes to
 * 2^40 characters and is refused here, in microseconds, instead of filling the heap; so are
 * substitutions that refer to each other in a loop, chains more than {@link #MAX_CHAIN} deep, and
 * (through {@link ResolveCost}) containers whose substitutions would take long to resolve.
 *
 * <p>Sizes follow Typesafe Config's rules: a substitution weighs what it refers to; a value defined
 * over an earlier one ({@code a = ${a} x}, {@code a += x}) sees, through its own path, only what
 * was defined before it; objects defined again merge. Where the rules are too fine to follow
 * cheaply the size is taken larger, never smaller: a substitution into a value that is still being
 * built counts that whole value, and one that reaches back into a value being redefined is taken
 * for a loop.
 */
final class ExpansionBudget {
    /** Characters (roughly) that resolving one routine may produce; real routines use well under 1%. */
    static final long MAX_WEIGHT = 16_000_000;
    /** Substitutions that lead to substitutions, this many deep, are refused (Typesafe resolves recursively). */
    static final int MAX_CHAIN = 200;

    /** Why the budget refuses, and where. */
    record Refusal(ConfigOrigin origin, String message) {
    }

    /** What a value resolves to: its size, how many substitutions lead to it, and its shape. */
    private record Cost(long size, int chain, Shape shape) {
        static final Cost ABSENT = new Cost(0, 0, Shape.ABSENT);
        static final Cost WEIGHING = new Cost(0, 0, Shape.ABSENT);

        Cost plus(Cost o) {
            return new Cost(add(size, o.size), Math.max(chain, o.chain), shape == Shape.ABSENT ? o.shape : shape);
        }
    }

    /** Whether a value merges with the one defined before it (an object), hides it, or is not there. */
    private enum Shape {
        OBJECT, OTHER, ABSENT
    }

    /**
     * A value being defined over the ones before it: substitutions of its own path in it see the
     * stack's values from {@code level} on.
     */
    private static final class Redefining {
        final ConfigValue stack;
        final int level;
        final List<String> path;
        /** Whether a substitution looked below: then the value took in the earlier ones whole. */
        boolean lookedBelow;

        Redefining(ConfigValue stack, int level, List<String> path) {
            this.stack = stack;
            this.level = level;
            this.path = path;
        }
    }

    /** One value as written, to add to the total in file order. */
    private record Definition(ConfigValue value, List<String> path, ConfigValue stack, int level) {
    }

    /** What is known of one stack (a merge), by level. */
    private static final class Stack {
        final List<ConfigValue> values;
        /** What each value resolves to, and whether it took in the values below it. */
        final Cost[] value;
        final boolean[] tookBelow;
        final boolean[] active;
        /** What the merge of the values from each level on resolves to. */
        final Cost[] merged;

        Stack(List<ConfigValue> values) {
            this.values = values;
            int n = values.size();
            value = new Cost[n];
            tookBelow = new boolean[n];
            active = new boolean[n];
            merged = new Cost[n + 1];
        }
    }

    private final ConfigObject root;
    /** What each value resolves to, once known; {@link #WEIGHING} while it is being worked out. */
    private final Map<ConfigValue, Cost> costs = new IdentityHashMap<>();
    private final Map<ConfigValue, Stack> stacks = new IdentityHashMap<>();
    private int hops;
    private Refusal refusal;
    /**
     * A loop met while weighing a substitution, for that substitution to settle: Typesafe Config
     * drops an optional {@code ${?a}} that leads back to itself, and refuses any other.
     */
    private Refusal loopMet;

    private ExpansionBudget(ConfigObject root) {
        this.root = root;
    }

    /**
     * @param position where a value was written, to go through values in file order: it decides
     *     which one is named when the total runs over
     * @return the first value over the budget, or null when all is well
     */
    static Refusal check(ConfigObject root, ToLongFunction<ConfigOrigin> position) {
        ExpansionBudget b = new ExpansionBudget(root);
        List<Definition> definitions = new ArrayList<>();
        b.collect(root, List.of(), definitions);
        Refusal r = b.total(inFileOrder(definitions, d -> d.value().origin(), position));
        return r != null ? r : ResolveCost.check(root, position);
    }

    /** {@code items} in the order {@code position} gives their origins. */
    static <T> List<T> inFileOrder(List<T> items, Function<T, ConfigOrigin> origin,
            ToLongFunction<ConfigOrigin> position) {
        Map<T, Long> at = new IdentityHashMap<>();
        items.forEach(i -> at.put(i, position.applyAsLong(origin.apply(i))));
        List<T> out = new ArrayList<>(items);
        out.sort(Comparator.comparingLong(at::get));
        return out;
    }

    /** Gathers every value as written; a list counts as one. */
    private void collect(ConfigValue v, List<String> path, List<Definition> definitions) {
        switch (Unresolved.kind(v)) {
            case OBJECT -> {
                ConfigObject o = (ConfigObject) v;
                for (String key : o.keySet()) {
                    collect(o.get(key), append(path, key), definitions);
                }
            }
            case MERGE -> {
                List<ConfigValue> stack = stack(v).values;
                for (int level = 0; level < stack.size(); level++) {
                    ConfigValue item = stack.get(level);
                    if (Unresolved.kind(item) == Kind.OBJECT) {
                        collect(item, path, definitions);
                    } else {
                        definitions.add(new Definition(item, path, v, level));
                    }
                }
            }
            default -> definitions.add(new Definition(v, path, null, 0));
        }
    }

    /** Adds up what every value resolves to, refusing the first whose size, or the running total, is over. */
    private Refusal total(List<Definition> definitions) {
        long total = 0;
        for (Definition d : definitions) {
            Cost c = d.stack() == null ? cost(d.value(), d.path(), null) : stackValue(d.stack(), d.path(), d.level());
            if (refusal != null) {
                return refusal;
            }
            total = add(total, c.size());
            if (c.size() > MAX_WEIGHT || total > MAX_WEIGHT) {
                return new Refusal(d.value().origin(), "substitutions here expand to more than "
                        + MAX_WEIGHT / 1_000_000 + " million characters (does a ${...} chain double at each step?)");
            }
        }
        return null;
    }

    /**
     * What {@code v}, at {@code path}, resolves to. Inside a value that redefines its path,
     * substitutions of that path see only the values below it.
     */
    private Cost cost(ConfigValue v, List<String> path, Redefining redefining) {
        if (refusal != null) {
            return new Cost(MAX_WEIGHT + 1, 0, Shape.OTHER);
        }
        Kind kind = Unresolved.kind(v);
        boolean remember = redefining == null && kind != Kind.LEAF;
        if (remember) {
            Cost known = costs.putIfAbsent(v, Cost.WEIGHING);
            if (known == Cost.WEIGHING) {
                return loop(v, path);
            } else if (known != null) {
                return known;
            }
        }
        Cost c = switch (kind) {
            case LEAF -> new Cost(Math.max(1, String.valueOf(v.unwrapped()).length()), 0, Shape.OTHER);
            case LIST -> {
                Cost sum = new Cost(1, 0, Shape.OTHER);
                for (ConfigValue item : (ConfigList) v) {
                    sum = sum.plus(cost(item, path, redefining));
                }
                yield sum;
            }
            case OBJECT -> {
                Cost sum = new Cost(1, 0, Shape.OBJECT);
                ConfigObject o = (ConfigObject) v;
                for (String key : o.keySet()) {
                    sum = sum.plus(new Cost(key.length(), 0, Shape.OBJECT)).plus(cost(o.get(key), append(path, key), redefining));
                }
                yield sum;
            }
            case CONCATENATION -> {
                Cost sum = Cost.ABSENT;
                boolean object = false;
                for (ConfigValue piece : Unresolved.pieces(v)) {
                    Cost p = cost(piece, path, redefining);
                    object |= p.shape() == Shape.OBJECT;
                    sum = sum.plus(p);
                }
                yield new Cost(sum.size(), sum.chain(), object ? Shape.OBJECT : sum.shape());
            }
            case MERGE -> below(v, path, 0, List.of(), null);
            case REFERENCE -> reference(v, redefining);
        };
        if (remember) {
            costs.put(v, c);
        }
        return c;
    }

    private Cost reference(ConfigValue v, Redefining redefining) {
        Unresolved.Reference ref = Unresolved.reference(v);
        if (hops >= MAX_CHAIN) {
            return chainTooLong(v);
        }
        hops++;
        Cost c;
        if (redefining != null && overlaps(ref.path(), redefining.path)) {
            redefining.lookedBelow = true;
            c = at(root, List.of(), ref.path(), redefining);
        } else {
            c = at(root, List.of(), ref.path(), null);
            if (c.shape() == Shape.ABSENT && ref.prefixLength() > 0 && loopMet == null) {
                // Typesafe looks a substitution in an included file up under the include's prefix first.
                c = at(root, List.of(), ref.path().subList(ref.prefixLength(), ref.path().size()), null);
            }
        }
        hops--;
        if (loopMet != null) {
            if (!ref.optional() && refusal == null) {
                refusal = loopMet;
            }
            loopMet = null;
            return ref.optional() ? Cost.ABSENT : new Cost(MAX_WEIGHT + 1, 0, Shape.OTHER);
        }
        if (c.chain() + 1 > MAX_CHAIN) {
            return chainTooLong(v);
        }
        return new Cost(c.size(), c.chain() + 1, c.shape());
    }

    /**
     * What the value at {@code rest} under {@code node} (which is at {@code nodePath}) resolves to,
     * with the stack of {@code redefining} seen from its level on.
     */
    private Cost at(ConfigValue node, List<String> nodePath, List<String> rest, Redefining redefining) {
        if (redefining != null && node == redefining.stack) {
            return below(node, nodePath, redefining.level, rest, redefining);
        }
        if (rest.isEmpty()) {
            boolean above = redefining != null && nodePath.size() < redefining.path.size()
                    && isPrefix(nodePath, redefining.path);
            return above ? around(node, nodePath, redefining) : cost(node, nodePath, null);
        }
        return switch (Unresolved.kind(node)) {
            case OBJECT -> {
                ConfigValue child = ((ConfigObject) node).get(rest.get(0));
                yield child == null ? Cost.ABSENT
                        : at(child, append(nodePath, rest.get(0)), rest.subList(1, rest.size()), redefining);
            }
            case MERGE -> below(node, nodePath, 0, rest, redefining);
            // Not resolved yet: what the path picks out of it is at most all of it.
            case REFERENCE, CONCATENATION -> cost(node, nodePath, null);
            case LEAF, LIST -> Cost.ABSENT;
        };
    }

    /** The whole of {@code node}, above the stack being redefined, with that stack seen from its level on. */
    private Cost around(ConfigValue node, List<String> nodePath, Redefining redefining) {
        return switch (Unresolved.kind(node)) {
            case OBJECT -> {
                Cost sum = new Cost(1, 0, Shape.OBJECT);
                ConfigObject o = (ConfigObject) node;
                for (String key : o.keySet()) {
                    List<String> p = append(nodePath, key);
                    sum = sum.plus(new Cost(key.length(), 0, Shape.OBJECT))
                            .plus(isPrefix(p, redefining.path) ? at(o.get(key), p, List.of(), redefining) : cost(o.get(key), p, null));
                }
                yield sum;
            }
            case MERGE -> below(node, nodePath, 0, List.of(), redefining);
            default -> cost(node, nodePath, null);
        };
    }

    /**
     * The value at {@code rest} in the merge of a stack's values from {@code from} on: objects
     * merge with the values below them; anything else hides them, unless it is not there (an
     * optional substitution of nothing), and a value that looked below took them in already.
     */
    private Cost below(ConfigValue stack, List<String> path, int from, List<String> rest, Redefining redefining) {
        Stack s = stack(stack);
        boolean plain = rest.isEmpty() && redefining == null;
        if (plain && s.merged[from] != null) {
            return s.merged[from];
        }
        Cost sum = Cost.ABSENT;
        for (int level = from; level < s.values.size() && refusal == null; level++) {
            ConfigValue item = s.values.get(level);
            Kind kind = Unresolved.kind(item);
            if (kind == Kind.OBJECT) {
                sum = sum.plus(at(item, path, rest, redefining));
                continue;
            }
            boolean builds = kind == Kind.REFERENCE || kind == Kind.CONCATENATION;
            Cost c = builds || rest.isEmpty() ? stackValue(stack, path, level) : Cost.ABSENT;
            sum = sum.plus(c);
            if (!builds || c.shape() == Shape.OTHER || s.tookBelow[level]) {
                break;
            }
        }
        if (plain) {
            s.merged[from] = sum;
        }
        return sum;
    }

    /** What the stack's value at {@code level} resolves to, its own path seeing the values below it. */
    private Cost stackValue(ConfigValue stack, List<String> path, int level) {
        Stack s = stack(stack);
        if (s.value[level] != null) {
            return s.value[level];
        }
        ConfigValue item = s.values.get(level);
        Kind kind = Unresolved.kind(item);
        if (kind != Kind.REFERENCE && kind != Kind.CONCATENATION) {
            return cost(item, path, null);
        }
        if (s.active[level]) {
            return loop(item, path);
        }
        s.active[level] = true;
        Redefining r = new Redefining(stack, level + 1, path);
        Cost c = cost(item, path, r);
        s.active[level] = false;
        s.tookBelow[level] = r.lookedBelow;
        s.value[level] = c;
        return c;
    }

    private Stack stack(ConfigValue merge) {
        return stacks.computeIfAbsent(merge, m -> new Stack(Unresolved.stack(m)));
    }

    private Cost loop(ConfigValue v, List<String> path) {
        if (loopMet == null) {
            loopMet = new Refusal(v.origin(), "substitutions refer to each other in a loop (at "
                    + String.join(".", path) + ")");
        }
        return Cost.ABSENT;
    }

    private Cost chainTooLong(ConfigValue v) {
        if (refusal == null) {
            // Counted however the values are ordered: Typesafe resolves a chain recursively.
            refusal = new Refusal(v.origin(), "substitutions lead to substitutions more than " + MAX_CHAIN + " deep");
        }
        return new Cost(MAX_WEIGHT + 1, MAX_CHAIN + 1, Shape.OTHER);
    }

    private static long add(long a, long b) {
        return Math.min(MAX_WEIGHT + 1, a + b);
    }

    private static List<String> append(List<String> path, String key) {
        List<String> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(key);
        return p;
    }

    /** {@code a} is {@code b} or begins it. */
    private static boolean isPrefix(List<String> a, List<String> b) {
        return a.size() <= b.size() && b.subList(0, a.size()).equals(a);
    }

    /** One path is a prefix of the other: a substitution of either sees the other's value. */
    private static boolean overlaps(List<String> a, List<String> b) {
        return isPrefix(a, b) || isPrefix(b, a);
    }
}
