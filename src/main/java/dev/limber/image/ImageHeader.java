package dev.limber.image;

/**
 * The kind and size of an image, read from its first bytes without decoding it, so a file that
 * claims a huge picture is refused before any memory is spent on its pixels.
 */
public record ImageHeader(Format format, int width, int height) {
    /** The formats limber shows. */
    public enum Format {
        PNG, JPEG
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /**
     * The header of the image in {@code bytes}, or {@link ImageProblem} when it is neither a PNG
     * nor a JPEG, or ends before its size is given. Reads at most the JPEG segments before the
     * frame header, each step moving forward, so any file costs time linear in its length.
     */
    public static ImageHeader read(byte[] bytes) throws ImageProblem {
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return png(bytes);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return jpeg(bytes);
        }
        throw new ImageProblem("not a PNG or JPEG image");
    }

    private static ImageHeader png(byte[] b) throws ImageProblem {
        // signature, then the IHDR chunk: length 13, "IHDR", width, height (big-endian)
        if (b.length < 8 + 8 + 8) {
            throw new ImageProblem("a PNG that ends before its size");
        }
        if (b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            throw new ImageProblem("a damaged PNG (no IHDR chunk first)");
        }
        long w = u32(b, 16);
        long h = u32(b, 20);
        if (w == 0 || h == 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
            throw new ImageProblem("a damaged PNG (size " + w + "x" + h + ")");
        }
        return new ImageHeader(Format.PNG, (int) w, (int) h);
    }

    private static ImageHeader jpeg(byte[] b) throws ImageProblem {
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xff) != 0xff) {
                throw new ImageProblem("a damaged JPEG (no marker at byte " + i + ")");
            }
            int marker = b[i + 1] & 0xff;
            if (marker == 0xff) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                i += 2; // markers without a length
                continue;
            }
            if (marker == 0xd9 || marker == 0xda) {
                break; // end of image, or the scan began before any frame header
            }
            int length = u16(b, i + 2);
            if (length < 2) {
                throw new ImageProblem("a damaged JPEG (segment of length " + length + ")");
            }
            if (isFrameHeader(marker)) {
                if (i + 9 > b.length) {
                    break;
                }
                int h = u16(b, i + 5);
                int w = u16(b, i + 7);
                if (w == 0 || h == 0) {
                    throw new ImageProblem("a damaged JPEG (size " + w + "x" + h + ")");
                }
                return new ImageHeader(Format.JPEG, w, h);
            }
            i += 2 + length;
        }
        throw new ImageProblem("a JPEG that ends before its size");
    }

    /** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long u32(byte[] b, int i) {
        return ((long) (b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
    }
}
