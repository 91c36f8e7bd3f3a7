package dev.limber.image;

import static dev.limber.image.TestImages.encode;
import static dev.limber.image.TestImages.noise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFileTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void aPngIsReadAndScaledDownToTheRoomGiven() throws IOException, ImageProblem {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 200; x++) {
            for (int y = 0; y < 200; y++) {
                image.setRGB(x, y, 0xff0000); // left half red
            }
        }
        Path file = write("a.png", encode(image, "png"));
        assertThat(ImageFile.check(file)).isEqualTo(new ImageHeader(ImageHeader.Format.PNG, 400, 200));
        Pixels p = ImageFile.load(file, 40, 40);
        assertThat(p.width()).isEqualTo(40);
        assertThat(p.height()).isEqualTo(20);
        assertThat(p.at(5, 5) & 0xffffff).isEqualTo(0xff0000);
        assertThat(p.at(35, 5) & 0xffffff).isEqualTo(0x000000);
    }

    @Test
    void aJpegIsRead() throws IOException, ImageProblem {
        Path file = write("a.jpg", encode(noise(120, 90), "jpeg"));
        assertThat(ImageFile.check(file)).isEqualTo(new ImageHeader(ImageHeader.Format.JPEG, 120, 90));
        assertThat(ImageFile.load(file, 200, 200).width()).isEqualTo(120);
    }

    @Test
    void aHeaderClaimingAHugePictureIsRefusedBeforeDecoding() throws IOException {
        byte[] png = encode(noise(8, 8), "png");
        // IHDR's width and height: 100000 x 100000
        byte[] huge = Arrays.copyOf(png, png.length);
        for (int i : new int[] {16, 20}) {
            huge[i] = 0;
            huge[i + 1] = 0x01;
            huge[i + 2] = (byte) 0x86;
            huge[i + 3] = (byte) 0xa0;
        }
        Path file = write("huge.png", huge);
        assertThatThrownBy(() -> ImageFile.check(file)).isInstanceOf(ImageProblem.class)
                .hasMessage("100000x100000 pixels; at most 4096x4096");
    }

    @Test
    void aTruncatedPngIsRefused() throws IOException {
        byte[] png = encode(noise(200, 200), "png");
        Path file = write("cut.png", Arrays.copyOf(png, png.length / 2));
        assertThatThrownBy(() -> ImageFile.check(file)).isInstanceOf(ImageProblem.class)
                .hasMessage("a truncated or damaged PNG");
    }

    @Test
    void aTruncatedJpegIsRefusedNotShownHalfGrey() throws IOException {
        byte[] jpg = encode(noise(200, 200), "jpeg");
        Path file = write("cut.jpg", Arrays.copyOf(jpg, jpg.length / 2));
        assertThatThrownBy(() -> ImageFile.check(file)).isInstanceOf(ImageProblem.class)
                .hasMessage("a truncated or damaged JPEG");
    }

    @Test
    void aTextFileNamedPngIsNotAnImage() throws IOException {
        Path file = write("notes.png", "just some words\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ImageFile.check(file)).hasMessage("not a PNG or JPEG image");
    }

    @Test
    void aFileOverTheCapIsRefusedWithoutReadingItAll() throws IOException {
        byte[] big = new byte[ImageFile.MAX_BYTES + 10];
        System.arraycopy(encode(noise(8, 8), "png"), 0, big, 0, 30);
        Path file = write("big.png", big);
        assertThatThrownBy(() -> ImageFile.check(file)).hasMessage("larger than 4 MiB; make the picture smaller");
    }

    @Test
    void aMissingFileAndAFolderAreNamedSo() throws IOException {
        assertThatThrownBy(() -> ImageFile.check(dir.resolve("none.png"))).hasMessage("no such file");
        Files.createDirectory(dir.resolve("d.png"));
        assertThatThrownBy(() -> ImageFile.check(dir.resolve("d.png"))).hasMessage("not a regular file");
    }

    @Test
    void aLargeEvenPictureDecodesOnlyToTheSizeAsked() throws IOException, ImageProblem {
        // 4096x4096 of one grey compresses to a few kilobytes and would be 64 MB decoded in full
        BufferedImage flat = new BufferedImage(4096, 4096, BufferedImage.TYPE_BYTE_GRAY);
        Path file = write("flat.png", encode(flat, "png"));
        assertThat(Files.size(file)).isLessThan(200_000);
        Pixels p = ImageFile.load(file, 50, 30);
        assertThat(p.width()).isLessThanOrEqualTo(50);
        assertThat(p.height()).isLessThanOrEqualTo(50);
    }
}
