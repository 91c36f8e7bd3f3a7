package dev.limber.image;

import dev.limber.io.DataFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A person's own picture (a PNG or JPEG beside their routine), read as hostile input: at most
 * {@link #MAX_BYTES} are read, the size in the header is checked against {@link #MAX_SIDE} before
 * any pixel is decoded, and pixels are decoded straight to the size they will be shown at (every
 * n-th pixel of every n-th row), so neither a huge picture nor a file that inflates to one can
 * cost more than a bounded time and memory. A truncated or damaged file is a problem, never a
 * half picture.
 */
public final class ImageFile {
    /** Largest file read: a photo of a handout fits easily. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Largest width and height, in pixels. */
    public static final int MAX_SIDE = 4096;
    /** The size {@link #check} decodes to: enough to meet every row of the file's data. */
    private static final int CHECK_SIDE = 64;

    private ImageFile() {
    }

    /**
     * Everything {@code check} can tell about {@code file} without showing it: that it is there,
     * a regular file, small enough, a PNG or JPEG of an allowed size, and decodes to the end.
     */
    public static ImageHeader check(Path file) throws ImageProblem {
        byte[] bytes = read(file);
        ImageHeader h = header(bytes);
        decode(bytes, h, CHECK_SIDE, CHECK_SIDE);
        return h;
    }

    /** The picture in {@code file}, scaled down (never up) to fit {@code maxWidth} x {@code maxHeight} pixels or a little more. */
    public static Pixels load(Path file, int maxWidth, int maxHeight) throws ImageProblem {
        byte[] bytes = read(file);
        return decode(bytes, header(bytes), maxWidth, maxHeight);
    }

    private static byte[] read(Path file) throws ImageProblem {
        try {
            return DataFile.read(file, MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw new ImageProblem("no such file");
        } catch (DataFile.NotRegular e) {
            throw new ImageProblem("not a regular file");
        } catch (DataFile.TooLarge e) {
            throw new ImageProblem("larger than 4 MiB; make the picture smaller");
        } catch (IOException e) {
            throw new ImageProblem("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static ImageHeader header(byte[] bytes) throws ImageProblem {
        ImageHeader h = ImageHeader.read(bytes);
        if (h.width() > MAX_SIDE || h.height() > MAX_SIDE) {
            throw new ImageProblem(h.width() + "x" + h.height() + " pixels; at most " + MAX_SIDE + "x" + MAX_SIDE);
        }
        return h;
    }

    private static Pixels decode(byte[] bytes, ImageHeader h, int maxWidth, int maxHeight) throws ImageProblem {
        String damaged = "a truncated or damaged " + h.format();
        ImageIO.setUseCache(false); // no temporary files for a few megabytes
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(h.format() == ImageHeader.Format.PNG ? "png" : "jpeg");
        if (!readers.hasNext()) {
            throw new ImageProblem("no " + h.format() + " reader in this Java");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            String[] warning = new String[1];
            reader.addIIOReadWarningListener((source, message) -> warning[0] = message);
            reader.setInput(in, true, true);
            if (reader.getWidth(0) != h.width() || reader.getHeight(0) != h.height()) {
                throw new ImageProblem(damaged);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(ceilDiv(h.width(), Math.max(1, maxWidth)), ceilDiv(h.height(), Math.max(1, maxHeight))));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (warning[0] != null) {
                // the JPEG reader fills a cut-off file with grey and only warns
                throw new ImageProblem(damaged);
            }
            int w = image.getWidth();
            int hh = image.getHeight();
            return new Pixels(w, hh, image.getRGB(0, 0, w, hh, null, 0, w));
        } catch (IOException | RuntimeException e) {
            // readers of hostile bytes throw more than IOException (index and state errors)
            throw new ImageProblem(damaged);
        } finally {
            reader.dispose();
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
