package dev.limber.figure;

/** How many colours a picture's cells may use; {@link #MONO} draws braille dots without colour. */
public enum ColourMode {
    TRUE_COLOUR, INDEXED_256, ANSI_16, MONO
}
