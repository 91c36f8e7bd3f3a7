package dev.limber.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void whatIsWrittenReadsBackTheSame() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "Knee hug \"left\" — 膝");
        doc.put("seconds", 30);
        doc.put("ratio", 0.25);
        doc.put("done", true);
        doc.put("pain", null);
        doc.put("sides", List.of("left", "right"));
        Map<String, Object> expected = new LinkedHashMap<>(doc);
        expected.put("seconds", new BigDecimal("30"));
        expected.put("ratio", new BigDecimal("0.25"));
        assertThat(Json.parse(Json.write(doc))).isEqualTo(expected);
    }

    @Test
    void controlCharactersNeverLeaveRawInTheOutput() {
        String written = Json.write(List.of("a\u001b[2Jb\u0007\u009b\n"));
        assertThat(written).isEqualTo("[\"a\\u001b[2Jb\\u0007\\u009b\\n\"]");
        assertThat(Json.parse(written)).isEqualTo(List.of("a\u001b[2Jb\u0007\u009b\n"));
    }

    @Test
    void emptyOptionalsAndNonFiniteNumbersBecomeNull() {
        assertThat(Json.write(List.of(Optional.empty(), Optional.of(3), Double.NaN))).isEqualTo("[null,3,null]");
    }

    @Test
    void malformedOrDeeplyNestedTextIsRefusedWithItsOffset() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1,}")).isInstanceOf(Json.JsonException.class)
                .hasMessageContaining("at character");
        assertThatThrownBy(() -> Json.parse("[1] x")).isInstanceOf(Json.JsonException.class);
        assertThatThrownBy(() -> Json.parse("[".repeat(10_000))).isInstanceOf(Json.JsonException.class)
                .hasMessageContaining("nested too deeply");
    }
}
