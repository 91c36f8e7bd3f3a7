package dev.limber.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounds what substitutions can make before Typesafe Config resolves them. Each definition
 * ({@code a.b = ...}) weighs its own text plus everything its {@code ${...}} substitutions pull in;
 * a 40-deep chain of {@code x2 = ${x1}${x1}} weighs 2^40 and is refused here, in microseconds,
 * instead of filling the heap during resolution. The estimate is deliberately generous (a
 * reference weighs every definition at, above or below its path), so it may only over-count.
 */
final class ExpansionBudget {
    /** Characters (roughly) that resolving one routine may produce; real routines use well under 1%. */
    static final long MAX_WEIGHT = 16_000_000;
    /** Substitutions that lead to substitutions, this many deep, are refused (Typesafe resolves recursively). */
    static final int MAX_CHAIN = 200;

    /** One definition in file order; defs inside list values are folded into the def that owns the list. */
    static final class Def {
        final List<String> path;
        final int order;
        final String file;
        final int line;
        long bytes;
        /** {@code +=}: an implicit reference to the earlier value of its own path. */
        boolean append;
        final List<List<String>> refs = new ArrayList<>();

        Def(List<String> path, int order, String file, int line) {
            this.path = List.copyOf(path);
            this.order = order;
            this.file = file;
            this.line = line;
        }
    }

    /** Why the budget refuses, and where. */
    record Refusal(String file, int line, String message) {
    }

    /** Entries Typesafe Config may copy while merging keys defined piece by piece. */
    static final long MAX_MERGE_COST = 1_000_000;

    private final List<Def> defs = new ArrayList<>();
    private final Node trie = new Node();
    private long mergeCost;
    private Refusal mergeRefusal;

    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        final List<Def> defs = new ArrayList<>();
    }

    /**
     * Records a definition made in an object whose own path is the first {@code prefixLength}
     * parts of {@code path}. Defining under a key that object already has (say
     * {@code library.a = 1} and then {@code library.b = 2}) makes Typesafe Config merge, copying
     * what is there; that cost is counted too, so 100,000 such lines are refused instead of taking
     * minutes.
     */
    Def define(List<String> path, int prefixLength, String file, int line) {
        Def d = new Def(path, defs.size(), file, line);
        defs.add(d);
        Node n = trie;
        for (int i = 0; i < path.size(); i++) {
            Node child = n.children.get(path.get(i));
            if (child == null) {
                child = new Node();
                n.children.put(path.get(i), child);
            } else if (i >= prefixLength) {
                // Merged with what the key already holds, which is copied.
                mergeCost += child.children.size();
            }
            n = child;
        }
        n.defs.add(d);
        if (mergeCost > MAX_MERGE_COST && mergeRefusal == null) {
            mergeRefusal = new Refusal(file, line, "the same keys are opened again and again (e.g. library.a = ..."
                    + " then library.b = ...) so often that merging them would take too long; put them in one"
                    + " block, e.g. library { a = ..., b = ... }");
        }
        return d;
    }

    /** The first definition whose expansion is over budget, a loop, or a chain too deep; null when all is well. */
    Refusal check() {
        if (mergeRefusal != null) {
            return mergeRefusal;
        }
        Walk w = new Walk();
        long total = 0;
        for (Def d : defs) {
            long weight = w.weight(d, 0);
            if (w.refusal != null) {
                return w.refusal;
            }
            total = Math.min(MAX_WEIGHT + 1, total + weight);
            if (weight > MAX_WEIGHT || total > MAX_WEIGHT) {
                return new Refusal(d.file, d.line, "substitutions here expand to more than " + MAX_WEIGHT / 1_000_000
                        + " million characters (does a ${...} chain double at each step?)");
            }
        }
        return null;
    }

    /** What a definition or a reference costs: the text it makes, and how long a chain of substitutions leads to it. */
    private record Cost(long weight, int chain) {
        static final Cost NONE = new Cost(0, 0);

        Cost plus(Cost o) {
            return new Cost(add(weight, o.weight), Math.max(chain, o.chain));
        }
    }

    private final class Walk {
        final Map<Def, Cost> memo = new IdentityHashMap<>();
        final Map<Def, Boolean> active = new IdentityHashMap<>();
        final Map<String, Cost> refMemo = new HashMap<>();
        Refusal refusal;

        long weight(Def d, int depth) {
            return cost(d, depth).weight();
        }

        Cost cost(Def d, int depth) {
            Cost known = memo.get(d);
            if (known != null) {
                return known;
            }
            if (refusal != null) {
                return new Cost(MAX_WEIGHT + 1, 0);
            }
            if (active.containsKey(d) || depth > MAX_CHAIN) {
                // A loop in this generous graph: refuse rather than guess (Typesafe refuses real loops too).
                refusal = new Refusal(d.file, d.line, active.containsKey(d)
                        ? "substitutions refer to each other in a loop (at " + String.join(".", d.path) + ")"
                        : "substitutions lead to substitutions more than " + MAX_CHAIN + " deep");
                return new Cost(MAX_WEIGHT + 1, 0);
            }
            active.put(d, true);
            Cost refs = Cost.NONE;
            if (d.append) {
                refs = refs.plus(refCost(d.path, d, depth));
            }
            for (List<String> r : d.refs) {
                refs = refs.plus(refCost(r, d, depth));
                if (refs.weight() > MAX_WEIGHT) {
                    break;
                }
            }
            active.remove(d);
            boolean refers = d.append || !d.refs.isEmpty();
            Cost c = new Cost(add(Math.max(1, d.bytes), refs.weight()), refers ? refs.chain() + 1 : 0);
            if (c.chain() > MAX_CHAIN && refusal == null) {
                // Counted however the definitions are ordered: Typesafe resolves a chain recursively.
                refusal = new Refusal(d.file, d.line, "substitutions lead to substitutions more than " + MAX_CHAIN
                        + " deep");
            }
            memo.put(d, c);
            return c;
        }

        /** What {@code ${ref}} inside {@code from} pulls in: a self-reference sees only earlier definitions. */
        Cost refCost(List<String> ref, Def from, int depth) {
            boolean self = overlaps(ref, from.path);
            int cutoff = self ? from.order : Integer.MAX_VALUE;
            String key = cutoff + "\u0000" + String.join("\u0000", ref);
            Cost known = refMemo.get(key);
            if (known != null) {
                return known;
            }
            Cost c = Cost.NONE;
            Node n = trie;
            for (String p : ref) {
                c = c.plus(sum(n.defs, cutoff, depth));
                n = n.children.get(p);
                if (n == null) {
                    break;
                }
            }
            if (n != null) {
                c = c.plus(self ? before(n, cutoff, depth) : subtree(n, cutoff, depth));
            }
            if (refusal == null) {
                refMemo.put(key, c);
            }
            return c;
        }

        /**
         * The value a path had before definition {@code cutoff}: its definitions back to the last one
         * that took in the earlier value whole ({@code a = ${a} ...}, {@code a += ...}), which already
         * weighs everything before it. Summing them all instead would call {@code tags += x} repeated
         * 30 times a blow-up.
         */
        Cost before(Node n, int cutoff, int depth) {
            Cost c = Cost.NONE;
            for (int k = n.defs.size() - 1; k >= 0; k--) {
                Def d = n.defs.get(k);
                if (d.order < cutoff) {
                    c = c.plus(cost(d, depth + 1));
                    if (d.append || d.refs.contains(d.path)) {
                        break;
                    }
                }
            }
            for (Node child : n.children.values()) {
                if (c.weight() > MAX_WEIGHT) {
                    break;
                }
                c = c.plus(subtree(child, cutoff, depth));
            }
            return c;
        }

        Cost subtree(Node n, int cutoff, int depth) {
            Cost c = sum(n.defs, cutoff, depth);
            for (Node child : n.children.values()) {
                if (c.weight() > MAX_WEIGHT) {
                    break;
                }
                c = c.plus(subtree(child, cutoff, depth));
            }
            return c;
        }

        Cost sum(List<Def> ds, int cutoff, int depth) {
            Cost c = Cost.NONE;
            for (Def d : ds) {
                if (d.order < cutoff) {
                    c = c.plus(cost(d, depth + 1));
                }
            }
            return c;
        }
    }

    private static long add(long a, long b) {
        return Math.min(MAX_WEIGHT + 1, a + b);
    }

    /** One path is a prefix of the other: a reference to either sees the other's value. */
    static boolean overlaps(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        return a.subList(0, n).equals(b.subList(0, n));
    }
}
