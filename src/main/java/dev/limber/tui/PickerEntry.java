package dev.limber.tui;

import java.time.Duration;

/**
 * One routine in the picker, as plain data so the picker needs nothing from the loader.
 *
 * @param id what {@code limber run} takes
 * @param total the planned time
 * @param about one line about it, or empty
 */
public record PickerEntry(String id, String title, Duration total, String about) {
}
