package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal line that the disk has no room for is cut off again, and the failure is reported. */
class FullDiskTest {
    @TempDir
    Path dir;

    private void appendOnAFullDisk(Path file, boolean failForce) throws IOException {
        byte[] line = (SessionJson.line(JournalTest.numbered("s", 1)) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel real = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FullDiskChannel full = new FullDiskChannel(real, failForce)) {
            assertThatThrownBy(() -> Journal.appendLine(full, line)).isInstanceOf(IOException.class)
                    .hasMessage(FullDiskChannel.ENOSPC);
            assertThat(full.written).as("part of the line reached the file").isPositive();
        }
    }

    @Test
    void aWriteThatFailsPartwayLeavesNoFragment() throws IOException {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        journal.append(JournalTest.numbered("s", 0));
        long before = Files.size(journal.file());

        appendOnAFullDisk(journal.file(), false);

        assertThat(Files.size(journal.file())).isEqualTo(before);
        Journal.Contents read = journal.read();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.records()).extracting(SessionRecord::title).containsExactly("s 0");
    }

    @Test
    void aWholeLineWhoseFsyncFailsIsCutOffTooSoItIsNeverCountedTwice() throws IOException {
        Journal journal = new Journal(dir.resolve("journal.jsonl"));
        journal.append(JournalTest.numbered("s", 0));
        long before = Files.size(journal.file());

        appendOnAFullDisk(journal.file(), true);

        assertThat(Files.size(journal.file())).isEqualTo(before);
        assertThat(journal.read().records()).hasSize(1);
        journal.append(JournalTest.numbered("s", 2));
        assertThat(journal.read().records()).extracting(SessionRecord::title).containsExactly("s 0", "s 2");
    }
}
