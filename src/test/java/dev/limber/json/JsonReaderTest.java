package dev.limber.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JsonReaderTest {
    private static boolean jsonAccepts(String text) {
        try {
            Json.parse(text);
            return true;
        } catch (Json.JsonException e) {
            return false;
        }
    }

    private static boolean readerAccepts(String text) {
        try {
            JsonReader in = new JsonReader(text);
            in.skipValue();
            in.finish();
            return true;
        } catch (Json.JsonException e) {
            return false;
        }
    }

    @Test
    void itAcceptsWhatJsonAcceptsAndRejectsWhatItRejects() {
        String[] texts = {
            "{}", "[]", " { \"a\" : [1, 2.5, -3e2, true, false, null, \"x\\\"y\\u00e9\"], \"b\": {} } ",
            "\"plain\"", "0", "[[[]]]", "{\"a\":1,\"b\":{\"c\":[{}]}}",
            "", "{", "{\"a\":1", "{\"a\":1,}", "[1,,2]", "[1 2]", "{\"a\" 1}", "{a:1}", "[1]]", "{\"a\":1}x",
            "\"unterminated", "\"bad \\q escape\"", "\"raw \u0001 control\"", "tru", "nul", "[-]", "{\"v\":1,\"rout",
            "[" .repeat(300) + "]".repeat(300),
        };
        for (String t : texts) {
            assertThat(readerAccepts(t)).as(t).isEqualTo(jsonAccepts(t));
        }
    }

    @Test
    void membersReadInOrderWithTheirValues() {
        String text = "x{\"n\": 30, \"s\": \"a\\nb\", \"d\": 29.5, \"t\": true, \"z\": null, \"l\": [1]}y";
        JsonReader in = new JsonReader(text, 1, text.length() - 1);
        in.beginObject();
        assertThat(in.hasNext()).isTrue();
        assertThat(in.hasNext()).isTrue();
        assertThat(in.nextName()).isEqualTo("n");
        assertThat(in.nextNumber()).isEqualTo(BigDecimal.valueOf(30));
        in.hasNext();
        assertThat(in.nextName()).isEqualTo("s");
        assertThat(in.nextString()).isEqualTo("a\nb");
        in.hasNext();
        assertThat(in.nextName()).isEqualTo("d");
        assertThat(in.nextNumber()).isEqualByComparingTo("29.5");
        in.hasNext();
        assertThat(in.nextName()).isEqualTo("t");
        assertThat(in.nextBoolean()).isTrue();
        in.hasNext();
        assertThat(in.nextName()).isEqualTo("z");
        assertThat(in.nextNull()).isTrue();
        in.hasNext();
        assertThat(in.nextName()).isEqualTo("l");
        in.skipValue();
        assertThat(in.hasNext()).isFalse();
        in.endObject();
        in.finish();
    }

    @Test
    void aCutShortTextSaysWhereRelativeToItsStart() {
        JsonReader in = new JsonReader("ignored{\"a\":", 7, 12);
        in.beginObject();
        in.hasNext();
        in.nextName();
        assertThatThrownBy(in::nextString).hasMessage("unexpected end at character 6");
    }

    @Test
    void scaledNumbersAreTheExactValueTruncated() {
        String[] numbers = {"0", "30", "29.5", "0.125", "0.1239", "-1.5", "-0.0005", "1e2", "1.5E1", "2.5e-1", "007",
            "123456789012.345", "999999999999999"};
        for (String n : numbers) {
            long expected = new BigDecimal(n).movePointRight(3).setScale(0, RoundingMode.DOWN)
                    .longValueExact();
            assertThat(new JsonReader(n).nextScaled(3)).as(n).isEqualTo(expected);
        }
    }

    @Test
    void aScaledNumberThatIsNotOneOrDoesNotFitIsAnError() {
        for (String bad : new String[] {"-", "x", "[7]", "\"3\"", "99999999999999999999", "1e30"}) {
            assertThatThrownBy(() -> new JsonReader(bad).nextScaled(3)).as(bad).isInstanceOf(Json.JsonException.class);
        }
    }

    /** The timeout only guards against a hang: the old reader spent minutes on each of these. */
    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNumberThatIsNotASaneValueIsRefusedWithoutWorkingOnIt() {
        String[] insane = {"1e100000000", "1e-100000000", "-2.5E+100000000", "9".repeat(300_000),
            "0." + "0".repeat(300_000) + "1", "1e" + "0".repeat(300_000) + "5", "1e401", "1E-401",
            "1" + "0".repeat(64)};
        for (String n : insane) {
            String shown = n.substring(0, Math.min(n.length(), 20));
            assertThatThrownBy(() -> new JsonReader(n).nextScaled(3)).as(shown)
                    .isInstanceOf(Json.JsonException.class).hasMessageEndingWith("at character 1");
            assertThatThrownBy(() -> Json.parse(n)).as(shown).isInstanceOf(Json.JsonException.class);
            assertThatThrownBy(() -> new JsonReader("{\"x\":[" + n + "]}").skipValue()).as(shown)
                    .isInstanceOf(Json.JsonException.class);
        }
        // Every number limber could have a use for still reads.
        assertThat(Json.parse("1e400")).isEqualTo(new BigDecimal("1e400"));
        assertThat(Json.parse("-1E-400")).isEqualTo(new BigDecimal("-1e-400"));
        assertThat((BigDecimal) Json.parse("1" + "0".repeat(63))).isEqualByComparingTo("1e63");
        assertThat(new JsonReader("1e2").nextScaled(3)).isEqualTo(100_000);
    }

    @Test
    void numbersFollowJsonsGrammar() {
        for (String bad : new String[] {".5", "-.5", "1.", "1e", "1e+", "+1", "--1", "1.e3", "0x10"}) {
            assertThat(readerAccepts(bad)).as(bad).isFalse();
        }
        for (String good : new String[] {"0", "-0", "0.5", "-1.25e-3", "1E+2", "12"}) {
            assertThat(readerAccepts(good)).as(good).isTrue();
        }
    }
}
