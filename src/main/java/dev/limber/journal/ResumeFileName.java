package dev.limber.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The name of a routine's resume file. An id of ASCII letters, digits, {@code -} and {@code _} of up
 * to 64 characters (nearly every id: ids are file names) is its own name, as it always was. Any
 * other id, in whatever script and of whatever length, gets a name every file system takes: its
 * first 40 such characters (each run of others as one {@code _}), a dot, and 16 hex digits of its
 * SHA-256. The dot keeps the two forms apart, so no id's own name is another's hashed one. Names
 * stay ASCII because a JVM started in the POSIX locale cannot name a file in any other script. The
 * id is also written inside the file, and a file is only taken for the id it holds.
 */
final class ResumeFileName {
    private static final int OWN_NAME_MAX = 64;
    private static final int PREFIX_MAX = 40;
    /** The longest file name most file systems take, in bytes. */
    private static final int NAME_MAX = 255;

    private ResumeFileName() {
    }

    static String of(String routineId) {
        if (routineId.length() <= OWN_NAME_MAX && !routineId.isEmpty() && routineId.chars().allMatch(ResumeFileName::safe)) {
            return routineId + ".json";
        }
        StringBuilder b = new StringBuilder(PREFIX_MAX + 22);
        for (int i = 0; i < routineId.length() && b.length() < PREFIX_MAX; ) {
            int c = routineId.codePointAt(i);
            i += Character.charCount(c);
            if (safe(c)) {
                b.append((char) c);
            } else if (b.length() == 0 || b.charAt(b.length() - 1) != '_') {
                b.append('_');
            }
        }
        b.append('.');
        byte[] hash = sha256(routineId);
        for (int i = 0; i < 8; i++) {
            b.append(Character.forDigit((hash[i] >> 4) & 0xf, 16)).append(Character.forDigit(hash[i] & 0xf, 16));
        }
        return b.append(".json").toString();
    }

    /**
     * The name limber gave before names were bounded (every byte but those above as {@code %XX}),
     * so that an unfinished session saved then is still found; empty where it is the same as
     * {@link #of}, or too long for any file system to have held it.
     */
    static Optional<String> before(String routineId) {
        StringBuilder b = new StringBuilder();
        for (byte c : routineId.getBytes(StandardCharsets.UTF_8)) {
            if (safe(c)) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        String name = b.append(".json").toString();
        return name.length() > NAME_MAX || name.equals(of(routineId)) ? Optional.empty() : Optional.of(name);
    }

    private static boolean safe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
