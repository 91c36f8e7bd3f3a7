package dev.limber.cue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Text for another program's command line: the whole classes of characters that can hide a dash. */
class ProgramTextTest {
    /** Every code point that shows as nothing or as blank, or is a dash: none may begin the text. */
    private static IntStream hiding() {
        return IntStream.rangeClosed(0, Character.MAX_CODE_POINT).filter(c -> Character.isWhitespace(c)
                || Character.isSpaceChar(c) || switch (Character.getType(c)) {
                    case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                            Character.DASH_PUNCTUATION -> true;
                    default -> false;
                });
    }

    @Test
    void noSpaceFormatCharacterMarkOrDashCanHideALeadingDash() {
        assertThat(hiding().count()).as("spaces, format characters, marks and dashes").isGreaterThan(2000);
        hiding().forEach(c -> {
            String h = Character.toString(c);
            assertThat(ProgramText.plain(h + "-w /tmp/x")).as("U+%04X", c).isEqualTo("w /tmp/x");
            assertThat(ProgramText.plain("-" + h + "--phonout=x")).as("U+%04X", c).isEqualTo("phonout=x");
            assertThat(ProgramText.plain(h + h + "-" + h + "-" + h + "x")).as("U+%04X", c).isEqualTo("x");
        });
    }

    @Test
    void minusSignsAndInvisibleFillersGoToo() {
        assertThat(ProgramText.plain("\u2212\u3164\uffa0\u115f\u1160\ufe63\uff0d-x")).isEqualTo("x");
    }

    @Test
    void insideTheTextEverySpaceIsOneSpaceAndTheRestIsKept() {
        assertThat(ProgramText.plain("Piriformis\u2003\u2028stretch,\u00a0left -- 45\u3000s\u00a0"))
                .isEqualTo("Piriformis stretch, left -- 45 s");
        assertThat(ProgramText.plain("Child's pose\n\tbreathe")).isEqualTo("Child's pose breathe");
    }

    @Test
    void theTextIsBoundedWithoutSplittingACharacter() {
        assertThat(ProgramText.plain("x".repeat(100_000))).hasSize(ProgramText.MAX_CHARS);
        String clefs = ProgramText.plain("\ud834\udd1e".repeat(1_000));
        assertThat(clefs.codePointCount(0, clefs.length())).isEqualTo(ProgramText.MAX_CHARS);
        assertThat(Character.isHighSurrogate(clefs.charAt(clefs.length() - 1))).isFalse();
    }

    @Test
    void markupCharactersBecomeEntities() {
        assertThat(ProgramText.markup("<a href=\"x\">'go'</a> & <img src=file:///etc/passwd>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&apos;go&apos;&lt;/a&gt; &amp; &lt;img src=file:///etc/passwd&gt;");
    }
}
