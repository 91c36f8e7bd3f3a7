package dev.limber.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A contact sheet of every built-in figure in every pose, as a person would see it in a terminal:
 * each half-block pixel drawn as a square block, labelled with the figure's name. Run it to look
 * at the figures: {@code java ... dev.limber.figure.FigureSheet OUT.png COLUMNS ROWS [NAME,NAME...]}.
 */
public final class FigureSheet {
    private static final int BLOCK = 8;
    private static final int LABEL = 18;
    private static final int PER_ROW = 5;

    private FigureSheet() {
    }

    public static void main(String[] args) throws IOException {
        int cols = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        List<String> only = args.length > 3 ? List.of(args[3].split(",")) : List.of();
        List<Figure> figures = Figures.all().stream().filter(f -> only.isEmpty() || only.contains(f.name())).toList();
        int tiles = figures.stream().mapToInt(f -> f.poses().size()).sum();
        int tileW = cols * BLOCK + BLOCK;
        int tileH = rows * 2 * BLOCK + LABEL + BLOCK;
        int sheetRows = (tiles + PER_ROW - 1) / PER_ROW;
        BufferedImage img = new BufferedImage(tileW * PER_ROW, tileH * sheetRows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1E1E1E));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        int n = 0;
        for (Figure f : figures) {
            for (NamedPose pose : f.poses()) {
                int ox = (n % PER_ROW) * tileW;
                int oy = (n / PER_ROW) * tileH;
                g.setColor(new Color(0x303030));
                g.drawRect(ox + 2, oy + LABEL, cols * BLOCK, rows * 2 * BLOCK);
                g.setColor(Color.LIGHT_GRAY);
                g.drawString(f.name() + (f.moves() ? " / " + pose.name() : ""), ox + 4, oy + 14);
                Pixels px = Raster.draw(f, pose.pose(), cols, rows * 2);
                for (int y = 0; y < px.height(); y++) {
                    for (int x = 0; x < px.width(); x++) {
                        if (px.at(x, y) != Pixels.CLEAR) {
                            g.setColor(new Color(px.at(x, y)));
                            g.fillRect(ox + 2 + x * BLOCK, oy + LABEL + y * BLOCK, BLOCK, BLOCK);
                        }
                    }
                }
                n++;
            }
        }
        ImageIO.write(img, "png", new File(args[0]));
    }
}
