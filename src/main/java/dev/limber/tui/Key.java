package dev.limber.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * One key as the key tables name it: a printable character, a special key (Enter, Esc, arrows),
 * or Ctrl plus a letter.
 */
record Key(KeyType type, char ch, boolean ctrl) {
    static Key of(char c) {
        return new Key(KeyType.Character, c, false);
    }

    static Key of(KeyType type) {
        return new Key(type, '\0', false);
    }

    static Key ctrl(char c) {
        return new Key(KeyType.Character, c, true);
    }

    /** The table key for a keystroke; Alt combinations and unknown sequences match nothing. */
    static Key from(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character) {
            char c = k.getCharacter();
            if (k.isAltDown()) {
                return new Key(KeyType.Unknown, c, false);
            }
            // letters match in either case: Caps Lock must not turn the player deaf
            return new Key(KeyType.Character, Character.toLowerCase(c), k.isCtrlDown());
        }
        return of(k.getKeyType());
    }
}
