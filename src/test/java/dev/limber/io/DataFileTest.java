package dev.limber.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The timeouts only guard against a hang: opening a FIFO for reading waits for a writer for ever. */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DataFileTest {
    @TempDir
    Path dir;

    @Test
    void aFifoADeviceOrAFolderIsRefusedWithoutBeingOpened() throws Exception {
        for (Path p : new Path[] {Fifos.make(dir.resolve("fifo")), Fifos.devZero(dir.resolve("zero")),
            Files.createDirectory(dir.resolve("folder"))}) {
            assertThatThrownBy(() -> DataFile.read(p, 1024)).as(p.toString()).isInstanceOf(DataFile.NotRegular.class)
                    .hasMessage(p + ": not a regular file");
            assertThatThrownBy(() -> DataFile.open(p)).isInstanceOf(DataFile.NotRegular.class);
            assertThatThrownBy(() -> DataFile.exists(p)).isInstanceOf(DataFile.NotRegular.class);
        }
    }

    @Test
    void aRegularFileOrALinkToOneIsReadWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("a.conf"), "sound = false\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.conf"), file);
        assertThat(DataFile.read(link, 1024)).isEqualTo("sound = false\n".getBytes());
        assertThat(DataFile.exists(link)).isTrue();
        assertThat(DataFile.exists(dir.resolve("none"))).isFalse();
        assertThat(DataFile.exists(Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("none")))).isFalse();
        assertThatThrownBy(() -> DataFile.read(dir.resolve("none"), 1024)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFileOverTheCapIsRefusedAndOneAtItIsRead() throws IOException {
        Path at = Files.write(dir.resolve("at"), new byte[64 * 1024]);
        Path over = Files.write(dir.resolve("over"), new byte[64 * 1024 + 1]);
        assertThat(DataFile.read(at, 64 * 1024)).hasSize(64 * 1024);
        assertThatThrownBy(() -> DataFile.read(over, 64 * 1024)).isInstanceOf(DataFile.TooLarge.class)
                .hasMessage(over + ": too large (over 64 KiB)");
    }

    @Test
    void theCapHoldsWhateverSizeTheFileClaims() throws IOException {
        // Files under /proc say they are empty and are not: the cap counts bytes read.
        Path status = Path.of("/proc/self/status");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0);
        assertThat(DataFile.read(status, 1 << 20)).isNotEmpty();
        assertThatThrownBy(() -> DataFile.read(status, 10)).isInstanceOf(DataFile.TooLarge.class);
    }
}
