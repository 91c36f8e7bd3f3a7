package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The format locale limber starts with: a C.UTF-8 locale's plain "en" is read as en_US, nothing else changes. */
class MainTest {
    private Locale saved;

    @BeforeEach
    void save() {
        saved = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, saved);
    }

    @Test
    void plainEnglishFormatsAsUs() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.ENGLISH);
        Main.formatLikeUs();
        assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(Locale.US);
        assertThat(String.format("%,d", 12345)).isEqualTo("12,345");
    }

    @Test
    void anyOtherLocaleIsLeftAsItIs() {
        for (Locale l : new Locale[] {Locale.GERMANY, Locale.UK, new Locale("en", "IN"), Locale.FRENCH}) {
            Locale.setDefault(Locale.Category.FORMAT, l);
            Main.formatLikeUs();
            assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(l);
        }
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        assertThat(String.format("%,d", 12345)).isEqualTo("12.345");
    }
}
