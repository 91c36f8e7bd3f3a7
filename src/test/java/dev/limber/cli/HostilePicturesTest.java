package dev.limber.cli;

import static dev.limber.image.TestImages.encode;
import static dev.limber.image.TestImages.noise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.io.Fifos;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limber check} run as its own process, as a person runs it, on a routine whose pictures
 * are hostile files: each is refused with its file, line and key, none with a stack trace; and a
 * routine with a good PNG and a good JPEG passes. The wait only guards against a hang.
 */
class HostilePicturesTest {
    @TempDir
    Path dir;

    /** A well-formed PNG signature and header chunk claiming {@code side} x {@code side} pixels, and nothing more. */
    private static byte[] pngClaiming(int side) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(side).putInt(side).put(new byte[] {8, 2, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }

    private record Run(int code, String out, String err) {
    }

    private Run check(Path... paths) throws Exception {
        List<String> command = new ArrayList<>(List.of(RealProgram.java(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check"));
        Arrays.stream(paths).map(Path::toString).forEach(command::add);
        Process p = RealProgram.builder(dir.resolve("home"), command).start();
        try {
            p.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> RealProgram.read(p.getErrorStream()));
            String out = RealProgram.read(p.getInputStream());
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).as("a guard against a hang").isTrue();
            return new Run(p.exitValue(), out, err.get(1, TimeUnit.MINUTES));
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void hostilePicturesAreRefusedWithTheirLines() throws Exception {
        Path routines = Files.createDirectories(dir.resolve("routines"));
        Path img = Files.createDirectories(routines.resolve("img"));
        Files.write(img.resolve("huge.png"), pngClaiming(100_000));
        byte[] whole = encode(noise(300, 300), "png");
        Files.write(img.resolve("cut.png"), Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(img.resolve("words.png"), "This is not a picture.\n");
        Path elsewhere = Files.write(dir.resolve("elsewhere.png"), encode(noise(20, 20), "png"));
        Files.createSymbolicLink(img.resolve("out.png"), elsewhere);
        byte[] big = new byte[5 * 1024 * 1024];
        System.arraycopy(encode(noise(20, 20), "jpeg"), 0, big, 0, 20);
        Files.write(img.resolve("big.jpg"), big);
        Files.createDirectories(img.resolve("folder.png"));
        Fifos.make(img.resolve("fifo.png"));
        List<String> pictures = List.of("img/huge.png", "img/cut.png", "img/words.png", "img/out.png",
                elsewhere.toString(), "../elsewhere.png", "img/big.jpg", "img/missing.png", "img/folder.png",
                "img/fifo.png");
        StringBuilder text = new StringBuilder("title = \"Hostile\"\nsteps = [\n");
        for (int i = 0; i < pictures.size(); i++) {
            text.append("  { name = \"Step ").append(i).append("\", time = 10s, picture = \"").append(pictures.get(i))
                    .append("\" }\n");
        }
        Path routine = Files.writeString(routines.resolve("hostile.conf"), text.append("]\n"));

        Run r = check(routine);

        String at = routine + ":";
        assertThat(r.err().lines()).containsExactly(
                at + "3: steps[0].picture: picture \"img/huge.png\": 100000x100000 pixels; at most 4096x4096",
                at + "4: steps[1].picture: picture \"img/cut.png\": a truncated or damaged PNG",
                at + "5: steps[2].picture: picture \"img/words.png\": not a PNG or JPEG image",
                at + "6: steps[3].picture: picture \"img/out.png\" leads out of the routine's folder (a symbolic link?)"
                        + " and is refused",
                at + "7: steps[4].picture: picture \"" + elsewhere + "\" is refused: absolute paths are not allowed;"
                        + " name a file in the routine's folder, e.g. picture = \"img/piriformis.png\"",
                at + "8: steps[5].picture: picture \"../elsewhere.png\" is refused: .. would lead out of the routine's"
                        + " folder",
                at + "9: steps[6].picture: picture \"img/big.jpg\": larger than 4 MiB; make the picture smaller",
                at + "10: steps[7].picture: picture \"img/missing.png\": there is no such file in the routine's folder ("
                        + img.resolve("missing.png") + ")",
                at + "11: steps[8].picture: picture \"img/folder.png\": not a regular file",
                at + "12: steps[9].picture: picture \"img/fifo.png\": not a regular file");
        assertThat(r.out()).isEqualTo("checked 1 routine: 1 with problems\n");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void aGoodPngAndAGoodJpegPass() throws Exception {
        Path routines = Files.createDirectories(dir.resolve("routines"));
        Path img = Files.createDirectories(routines.resolve("img"));
        Files.write(img.resolve("Stretch.PNG"), encode(noise(300, 200), "png"));
        Files.write(img.resolve("hold.jpeg"), encode(noise(64, 64), "jpeg"));
        Files.write(routines.resolve("roll.jpg"), encode(noise(640, 480), "jpeg"));
        Path routine = Files.writeString(routines.resolve("good.conf"), """
                title = "Photos"
                steps = [
                  { name = "Stretch", time = 10s, picture = "img/Stretch.PNG" }
                  { name = "Hold", time = 10s, picture = "./img/hold.jpeg", picture-alt = "Hold the knee" }
                  { name = "Roll", time = 10s, picture = "roll.jpg" }
                ]
                """);

        Run r = check(routine);

        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("checked 1 routine: all good\n");
        assertThat(r.code()).isZero();
    }
}
