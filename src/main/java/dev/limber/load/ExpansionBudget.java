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

    private final List<Def> defs = new ArrayList<>();
    private final Node trie = new Node();

    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        final List<Def> defs = new ArrayList<>();
    }

    Def define(List<String> path, String file, int line) {
        Def d = new Def(path, defs.size(), file, line);
        defs.add(d);
        Node n = trie;
        for (String p : path) {
            n = n.children.computeIfAbsent(p, k -> new Node());
        }
        n.defs.add(d);
        return d;
    }

    /** The first definition whose expansion is over budget, a loop, or a chain too deep; null when all is well. */
    Refusal check() {
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

    private final class Walk {
        final Map<Def, Long> memo = new IdentityHashMap<>();
        final Map<Def, Boolean> active = new IdentityHashMap<>();
        final Map<String, Long> refMemo = new HashMap<>();
        Refusal refusal;

        long weight(Def d, int depth) {
            Long known = memo.get(d);
            if (known != null) {
                return known;
            }
            if (refusal != null) {
                return MAX_WEIGHT + 1;
            }
            if (active.containsKey(d)) {
                // A loop in this generous graph: refuse rather than guess (Typesafe refuses real loops too).
                refusal = new Refusal(d.file, d.line, "substitutions refer to each other in a loop (at "
                        + String.join(".", d.path) + ")");
                return MAX_WEIGHT + 1;
            }
            if (depth > MAX_CHAIN) {
                refusal = new Refusal(d.file, d.line, "substitutions lead to substitutions more than " + MAX_CHAIN
                        + " deep");
                return MAX_WEIGHT + 1;
            }
            active.put(d, true);
            long w = Math.max(1, d.bytes);
            if (d.append) {
                w = add(w, refWeight(d.path, d, depth));
            }
            for (List<String> r : d.refs) {
                w = add(w, refWeight(r, d, depth));
                if (w > MAX_WEIGHT) {
                    break;
                }
            }
            active.remove(d);
            memo.put(d, w);
            return w;
        }

        /** What {@code ${ref}} inside {@code from} pulls in: a self-reference sees only earlier definitions. */
        long refWeight(List<String> ref, Def from, int depth) {
            boolean self = overlaps(ref, from.path);
            int cutoff = self ? from.order : Integer.MAX_VALUE;
            String key = cutoff + "\u0000" + String.join("\u0000", ref);
            Long known = refMemo.get(key);
            if (known != null) {
                return known;
            }
            long w = 0;
            Node n = trie;
            for (String p : ref) {
                w = add(w, sum(n.defs, cutoff, depth));
                n = n.children.get(p);
                if (n == null) {
                    break;
                }
            }
            if (n != null) {
                w = add(w, subtree(n, cutoff, depth));
            }
            if (refusal == null) {
                refMemo.put(key, w);
            }
            return w;
        }

        long subtree(Node n, int cutoff, int depth) {
            long w = sum(n.defs, cutoff, depth);
            for (Node c : n.children.values()) {
                if (w > MAX_WEIGHT) {
                    break;
                }
                w = add(w, subtree(c, cutoff, depth));
            }
            return w;
        }

        long sum(List<Def> ds, int cutoff, int depth) {
            long w = 0;
            for (Def d : ds) {
                if (d.order < cutoff) {
                    w = add(w, weight(d, depth + 1));
                }
            }
            return w;
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
