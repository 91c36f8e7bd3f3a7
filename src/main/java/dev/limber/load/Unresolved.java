package dev.limber.load;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads the parts of Typesafe Config's parsed, not yet resolved values, for the
 * {@link ExpansionBudget}. A substitution ({@code ${a}}), a value joined from pieces
 * ({@code ${a} x}) and a value defined again over an earlier one (a merge, kept as a stack) are
 * package-private classes in {@code com.typesafe.config.impl}, and their parts are not in the
 * public API: this is the one place that reaches them, through reflection on the Typesafe Config
 * version the build pins (its tests fail if a new version moves them). Only a substitution's path
 * is read from its public rendering.
 */
final class Unresolved {
    /** What a parsed value is. */
    enum Kind {
        /** An object, its keys readable (even when some values are unresolved). */
        OBJECT,
        LIST,
        /** A string, number, boolean or null. */
        LEAF,
        /** {@code ${path}} or {@code ${?path}}. */
        REFERENCE,
        /** Pieces joined into one value, at least one of them unresolved. */
        CONCATENATION,
        /** Values given to one key, the latest first, at least one of them unresolved. */
        MERGE
    }

    /**
     * @param path the path looked up first (with the prefix of the include it came from)
     * @param prefixLength how many parts of {@code path} that prefix is: without them is where it is looked up next
     */
    record Reference(List<String> path, boolean optional, int prefixLength) {
    }

    private static final String IMPL = "com.typesafe.config.impl.";
    private static final Class<?> REFERENCE_CLASS = type("ConfigReference");
    private static final Class<?> CONCATENATION_CLASS = type("ConfigConcatenation");
    private static final Class<?> MERGE_CLASS = type("ConfigDelayedMerge");
    private static final Class<?> MERGE_OBJECT_CLASS = type("ConfigDelayedMergeObject");
    private static final Method UNMERGED_VALUES = method(type("Unmergeable"), "unmergedValues");
    private static final Field PIECES = field(CONCATENATION_CLASS, "pieces");
    private static final Field PREFIX_LENGTH = field(REFERENCE_CLASS, "prefixLength");

    private Unresolved() {
    }

    static Kind kind(ConfigValue v) {
        if (MERGE_OBJECT_CLASS.isInstance(v) || MERGE_CLASS.isInstance(v)) {
            return Kind.MERGE;
        } else if (v instanceof ConfigObject) {
            return Kind.OBJECT;
        } else if (v instanceof ConfigList) {
            return Kind.LIST;
        } else if (REFERENCE_CLASS.isInstance(v)) {
            return Kind.REFERENCE;
        } else if (CONCATENATION_CLASS.isInstance(v)) {
            return Kind.CONCATENATION;
        }
        return Kind.LEAF;
    }

    /**
     * The values in a list or object. Not {@code ConfigObject.values()} or {@code entrySet()}: they
     * build hash sets, hashing every value's whole subtree.
     */
    static List<ConfigValue> children(ConfigValue container) {
        if (container instanceof ConfigObject o) {
            List<ConfigValue> out = new ArrayList<>(o.size());
            for (String key : o.keySet()) {
                out.add(o.get(key));
            }
            return out;
        }
        return (ConfigList) container;
    }

    /** The pieces of a {@link Kind#CONCATENATION}, in order. */
    static List<ConfigValue> pieces(ConfigValue concatenation) {
        return values(read(PIECES, concatenation));
    }

    /** The values of a {@link Kind#MERGE}, the latest (which wins) first. */
    static List<ConfigValue> stack(ConfigValue merge) {
        try {
            return values(UNMERGED_VALUES.invoke(merge));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read a merge of Typesafe Config", e);
        }
    }

    /** The path of a {@link Kind#REFERENCE}, read from its rendering {@code ${?a."b.c"}}. */
    static Reference reference(ConfigValue ref) {
        String text = ref.render(ConfigRenderOptions.concise());
        boolean optional = text.startsWith("${?");
        String path = text.substring(optional ? 3 : 2, text.length() - 1);
        return new Reference(ConfigUtil.splitPath(path), optional, (Integer) read(PREFIX_LENGTH, ref));
    }

    private static List<ConfigValue> values(Object collection) {
        List<ConfigValue> out = new ArrayList<>();
        for (Object o : (Collection<?>) collection) {
            out.add((ConfigValue) o);
        }
        return out;
    }

    private static Object read(Field f, Object from) {
        try {
            return f.get(from);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f.getName() + " of Typesafe Config", e);
        }
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(IMPL + name, false, ConfigValue.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("this Typesafe Config has no " + name, e);
        }
    }

    private static Method method(Class<?> in, String name) {
        try {
            Method m = in.getMethod(name);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Typesafe Config has no " + name, e);
        }
    }

    private static Field field(Class<?> in, String name) {
        try {
            Field f = in.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Typesafe Config has no " + name, e);
        }
    }
}
