package dev.limber.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys a routine defines, as a tree shared by its files. Defining under a key that is
 * already there ({@code library.a = 1}, then {@code library.b = 2}) makes Typesafe Config merge,
 * copying what the key holds; that cost is counted across the routine's files.
 */
final class KeyTree {
    final Node root = new Node();
    private long mergeCost;

    /** The keys copied so far by merges. */
    long mergeCost() {
        return mergeCost;
    }

    static final class Node {
        private Map<String, Node> children;

        private int size() {
            return children == null ? 0 : children.size();
        }
    }

    /** The node for {@code parts} under {@code from}, adding the cost of every existing key passed through. */
    Node define(Node from, List<String> parts) {
        Node n = from;
        for (String part : parts) {
            if (n.children == null) {
                n.children = new HashMap<>();
            }
            Node child = n.children.get(part);
            if (child == null) {
                child = new Node();
                n.children.put(part, child);
            } else {
                mergeCost += child.size();
            }
            n = child;
        }
        return n;
    }
}
