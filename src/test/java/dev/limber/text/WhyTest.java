package dev.limber.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A failed file operation is explained, not just named: the exception's message is often only a path. */
class WhyTest {
    @Test
    void saysWhyAndWhereWhenTheExceptionOnlyCarriesAPath() {
        assertThat(Why.of(new AccessDeniedException("/h/resume"))).isEqualTo("permission denied (/h/resume)");
        assertThat(Why.of(new NoSuchFileException("/h/x"))).isEqualTo("no such file or folder (/h/x)");
        assertThat(Why.of(new FileSystemException("/h/j", null, "Read-only file system")))
                .isEqualTo("Read-only file system (/h/j)");
    }

    @Test
    void doesNotRepeatThePathTheMessageAlreadyNames() {
        assertThat(Why.of(new AccessDeniedException("/h/journal.jsonl"), Path.of("/h/journal.jsonl")))
                .isEqualTo("permission denied");
        assertThat(Why.of(new AccessDeniedException("/h"), "/h/journal.jsonl")).isEqualTo("permission denied (/h)");
    }

    @Test
    void otherFailuresKeepTheirOwnMessageWithoutControlCharacters() {
        assertThat(Why.of(new IOException("disk on fire\u001b[2J"))).doesNotContain("\u001b").startsWith("disk on fire");
    }
}
