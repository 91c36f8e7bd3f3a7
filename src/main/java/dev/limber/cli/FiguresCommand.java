package dev.limber.cli;

import dev.limber.figure.CellImage;
import dev.limber.figure.ColourMode;
import dev.limber.figure.Figure;
import dev.limber.figure.FigureCells;
import dev.limber.figure.Figures;
import dev.limber.figure.NamedPose;
import dev.limber.settings.Settings.Theme;
import dev.limber.text.Sanitizer;
import dev.limber.tui.PictureColours;
import dev.limber.text.Suggest;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code limber figures [NAME] [--size WxH]}: lists the built-in figures a routine step can show
 * with {@code picture = NAME}, one line each, or draws one (every pose of a moving one) so an
 * author can choose. In colour on a terminal; in braille dots without colour when
 * {@code NO_COLOR} is set or the output is not a terminal.
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "List the built-in figures for picture = NAME, or draw one.")
final class FiguresCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,3})x([0-9]{1,3})");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "the figure to draw")
    String name;

    @Option(names = "--size", paramLabel = "WxH", description = "the room to draw in, in cells (default: 36x18)")
    String size = "36x18";

    private final Map<String, String> env;
    private final boolean terminal;

    FiguresCommand(Context context) {
        this(System.getenv(), System.console() != null);
    }

    /** @param terminal whether the output is a terminal (colour is only sent to one) */
    FiguresCommand(Map<String, String> env, boolean terminal) {
        this.env = env;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            int width = Figures.names().stream().mapToInt(String::length).max().orElse(0) + 2;
            for (Figure f : Figures.all()) {
                String moves = f.moves() ? " (moves: " + String.join(", ", f.poses().stream().map(NamedPose::name).toList())
                        + ")" : "";
                out.println(String.format(Locale.ROOT, "%-" + width + "s%s%s", f.name(), f.summary(), moves));
            }
            return 0;
        }
        Figure figure = Figures.named(name).orElseThrow(() -> new CliError(1, "no figure \"" + Sanitizer.line(name)
                + "\"" + Suggest.closest(name, Figures.names()).map(s -> "; did you mean " + s + "?")
                        .orElse("; limber figures lists them")));
        Matcher m = SIZE.matcher(size);
        int columns = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        int rows = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (columns < 4 || rows < 2 || columns > 400 || rows > 200) {
            throw new CliError(2, "--size: give columns x rows from 4x2 to 400x200, e.g. 36x18");
        }
        ColourMode mode = mode(env, terminal);
        for (NamedPose pose : figure.poses()) {
            if (figure.moves()) {
                out.println(pose.name() + ":");
            }
            out.print(CellText.of(FigureCells.render(figure, pose.pose(), columns, rows, mode)));
        }
        out.flush();
        return 0;
    }

    /**
     * The colours to draw in: none when the output is not a terminal, else as the full-screen
     * player would draw pictures ({@link PictureColours}).
     */
    static ColourMode mode(Map<String, String> env, boolean terminal) {
        return terminal ? PictureColours.of(env, Theme.AUTO) : ColourMode.MONO;
    }

    /** A picture as lines for a terminal: SGR colour codes built from its cells, reset at each line's end. */
    static final class CellText {
        private CellText() {
        }

        static String of(CellImage img) {
            StringBuilder out = new StringBuilder();
            for (int y = 0; y < img.height(); y++) {
                StringBuilder line = new StringBuilder();
                String last = "";
                for (int x = 0; x < img.width(); x++) {
                    var c = img.at(x, y);
                    String sgr = sgr(img.mode(), c.fg(), c.bg());
                    if (!sgr.equals(last)) {
                        line.append("\033[0").append(sgr).append('m');
                        last = sgr;
                    }
                    line.append(c.ch());
                }
                String text = last.isEmpty() && img.mode() == ColourMode.MONO ? line.toString().stripTrailing()
                        : line + "\033[0m";
                out.append(text).append('\n');
            }
            return out.toString();
        }

        private static String sgr(ColourMode mode, int fg, int bg) {
            return colour(mode, fg, false) + colour(mode, bg, true);
        }

        private static String colour(ColourMode mode, int c, boolean background) {
            if (c < 0) {
                return "";
            }
            return switch (mode) {
                case TRUE_COLOUR -> (background ? ";48;2;" : ";38;2;") + (c >> 16 & 0xff) + ";" + (c >> 8 & 0xff) + ";"
                        + (c & 0xff);
                case INDEXED_256 -> (background ? ";48;5;" : ";38;5;") + c;
                case ANSI_16 -> ";" + ((c < 8 ? 30 : 90 - 8) + c + (background ? 10 : 0));
                case MONO -> "";
            };
        }
    }
}
