package dev.limber.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.limber.text.Durations;
import dev.limber.text.NaturalOrder;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The full-screen routine list that {@code limber} without arguments opens, sorted by title:
 * title (with the id where two titles are the same), total time and about for each, a mark on a
 * routine with a session to resume, and a routine that does not load with its first error.
 * Arrows or j/k move, Enter plays, q (or Esc) leaves.
 */
public final class Picker {
    /** Marks a routine with a session left part-way. */
    static final String UNFINISHED = "↻";

    private final List<PickerEntry> entries;
    private final Set<String> sharedTitles = new HashSet<>();
    private int selected;
    private int top;

    public Picker(List<PickerEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing((PickerEntry e) -> Cells.clean(e.title()),
                NaturalOrder.INSTANCE).thenComparing(PickerEntry::id)).toList();
        Set<String> seen = new HashSet<>();
        for (PickerEntry e : this.entries) {
            String t = Cells.clean(e.title()).toLowerCase(Locale.ROOT);
            if (!seen.add(t)) {
                sharedTitles.add(t);
            }
        }
    }

    /** The title as listed: with the id when another routine has the same title. */
    private String label(PickerEntry e) {
        String title = Cells.clean(e.title());
        return sharedTitles.contains(title.toLowerCase(Locale.ROOT)) ? title + " (" + Cells.clean(e.id()) + ")" : title;
    }

    /** Shows the list until a routine is chosen (its id) or the person leaves (empty). */
    public Optional<String> pick(TuiScreen screen) throws IOException {
        while (!screen.interrupted()) {
            screen.show(g -> draw(g, screen.palette()));
            Optional<KeyStroke> key = screen.nextKey(Long.MAX_VALUE);
            while (key.isPresent()) {
                Optional<Action> a = KeyMap.PICKER.action(key.get());
                if (a.isPresent()) {
                    Optional<Optional<String>> done = on(a.get(), screen.size().getRows());
                    if (done.isPresent()) {
                        return done.get();
                    }
                }
                key = screen.nextKey(0);
            }
        }
        return Optional.empty();
    }

    /** Moves or chooses; empty while still choosing, else the choice (itself empty to leave). */
    Optional<Optional<String>> on(Action a, int screenRows) {
        int page = Math.max(1, listRows(screenRows));
        switch (a) {
            case UP -> selected = Math.max(0, selected - 1);
            case DOWN -> selected = Math.min(entries.size() - 1, selected + 1);
            case PAGE_UP -> selected = Math.max(0, selected - page);
            case PAGE_DOWN -> selected = Math.min(entries.size() - 1, selected + page);
            case HOME -> selected = 0;
            case END -> selected = entries.size() - 1;
            case ENTER -> {
                // a routine that does not load stays in the list, its error in sight, and is not played
                return entries.isEmpty() || !entries.get(selected).playable() ? Optional.empty()
                        : Optional.of(Optional.of(entries.get(selected).id()));
            }
            case QUIT, INTERRUPT -> {
                return Optional.of(Optional.empty());
            }
            default -> {
                // other keys do nothing here
            }
        }
        selected = Math.max(0, selected);
        return Optional.empty();
    }

    private static int listRows(int screenRows) {
        return screenRows - 4;
    }

    void draw(TextGraphics g, Palette palette) {
        int w = g.getSize().getColumns();
        int h = g.getSize().getRows();
        Style.PLAIN.on(g);
        if (w < PlayerView.MIN_COLUMNS || h < PlayerView.MIN_ROWS) {
            compact(g, palette);
            return;
        }
        palette.heading().on(g);
        Cells.put(g, 1, 0, Cells.cut("limber — pick a routine", w - 2));
        Footer.draw(g, palette, KeyMap.PICKER, h - 1);
        if (entries.isEmpty()) {
            Style.PLAIN.on(g);
            Cells.put(g, 2, 2, Cells.cut("No routines found. `limber new NAME` writes a starter routine.", w - 4));
            return;
        }
        int rows = listRows(h);
        if (selected < top) {
            top = selected;
        } else if (selected >= top + rows) {
            top = selected - rows + 1;
        }
        top = Math.max(0, Math.min(top, Math.max(0, entries.size() - rows)));
        int titleWidth = 0;
        for (PickerEntry e : entries) {
            titleWidth = Math.max(titleWidth, Cells.width(label(e)));
        }
        titleWidth = Math.min(titleWidth, Math.max(10, (w - 14) / 2));
        for (int i = 0; i < rows && top + i < entries.size(); i++) {
            PickerEntry e = entries.get(top + i);
            int y = 2 + i;
            boolean sel = top + i == selected;
            Style base = sel ? palette.overlay() : Style.PLAIN;
            base.on(g);
            if (sel) {
                Cells.blank(g, 1, y, w - 2);
            }
            Cells.put(g, 1, y, sel ? "›" : e.unfinished() ? UNFINISHED : " ");
            Cells.put(g, 3, y, Cells.cut(label(e), titleWidth));
            String total = e.playable() ? Durations.clock(e.total()) : "-";
            int x = 3 + titleWidth + 2;
            Cells.put(g, x + 8 - total.length(), y, total);
            x += 10;
            if (!sel) {
                palette.dim().on(g);
            }
            String mark = e.unfinished() ? e.about().isEmpty() ? "unfinished session" : "unfinished session · " : "";
            String about = e.problem().map(p -> "cannot play: " + p).orElse(mark + e.about());
            if (x < w - 1) {
                Cells.put(g, x, y, Cells.cut(Cells.clean(about), w - 1 - x));
            }
        }
        if (top > 0) {
            palette.dim().on(g);
            Cells.put(g, w - 2, 1, "↑");
        }
        if (top + rows < entries.size()) {
            palette.dim().on(g);
            Cells.put(g, w - 2, h - 2, "↓");
        }
    }

    /** Below 40x10: the chosen routine on one line between arrows. */
    private void compact(TextGraphics g, Palette palette) {
        int w = g.getSize().getColumns();
        int row = (g.getSize().getRows() - 1) / 2;
        palette.heading().on(g);
        if (entries.isEmpty()) {
            Cells.put(g, 0, row, Cells.cut("No routines", w));
            return;
        }
        PickerEntry e = entries.get(selected);
        String line = (selected > 0 ? "↑" : " ") + (selected < entries.size() - 1 ? "↓ " : "  ")
                + (e.unfinished() ? UNFINISHED + " " : "") + label(e) + " "
                + (e.playable() ? Durations.clock(e.total()) : "cannot play");
        Cells.put(g, 0, row, Cells.cut(line, w));
    }
}
