package dev.limber.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageHeaderTest {
    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void aJpegSizeIsFoundAfterOtherSegments() throws ImageProblem {
        byte[] jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 4, 1, 2, // APP0 with two bytes
                0xff, 0xc0, 0, 11, 8, 0x01, 0x2c, 0x00, 0xc8, 3, 0, 0, 0); // SOF0 300 high, 200 wide
        assertThat(ImageHeader.read(jpeg)).isEqualTo(new ImageHeader(ImageHeader.Format.JPEG, 200, 300));
    }

    @Test
    void aJpegWithoutAFrameHeaderEndsTheSearch() {
        assertThatThrownBy(() -> ImageHeader.read(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 200, 1)))
                .hasMessage("a JPEG that ends before its size");
        assertThatThrownBy(() -> ImageHeader.read(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0)))
                .hasMessage("a damaged JPEG (segment of length 0)");
    }

    @Test
    void aPngCutBeforeItsSizeIsNamedSo() {
        assertThatThrownBy(() -> ImageHeader.read(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0)))
                .hasMessage("a PNG that ends before its size");
    }

    @Test
    void emptyAndOtherFilesAreNotImages() {
        assertThatThrownBy(() -> ImageHeader.read(new byte[0])).hasMessage("not a PNG or JPEG image");
        assertThatThrownBy(() -> ImageHeader.read(bytes('G', 'I', 'F', '8', '9', 'a'))).hasMessage("not a PNG or JPEG image");
    }
}
