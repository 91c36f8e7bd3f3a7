package dev.limber.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words a person can act on. Java's file exceptions often carry
 * only a path as their message ("could not write /x/journal.jsonl: /x/journal.jsonl"); the
 * reason is in their type, or in {@link FileSystemException#getReason()} ("Read-only file system").
 */
public final class Why {
    private Why() {
    }

    /** The reason, and the path it concerns when the exception names one: {@code permission denied (/x)}. */
    public static String of(IOException e) {
        return of(e, null);
    }

    /** {@link #of(IOException)} for a message that already names {@code mentioned}: that path is not repeated. */
    public static String of(IOException e, Object mentioned) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "it already exists";
        } else if (e instanceof NotDirectoryException) {
            reason = "not a folder";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            return Sanitizer.line(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        boolean repeated = file == null || mentioned != null && file.equals(mentioned.toString());
        return Sanitizer.line(repeated ? reason : reason + " (" + file + ")");
    }
}
