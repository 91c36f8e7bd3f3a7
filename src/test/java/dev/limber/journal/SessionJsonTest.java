package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.plan.Segment;
import dev.limber.session.Effort;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SessionJsonTest {
    private static String line(String start) {
        return "{\"routine\":\"back\",\"start\":\"" + start + "\",\"end\":\"2025-03-01T09:00:00Z\","
                + "\"completed\":true,\"segments\":[]}";
    }

    @Test
    void timesInAnyIsoFormWithOffsetRead() {
        for (String t : new String[] {"2025-03-01T08:00:00+01:00", "2025-03-01T08:00:00Z", "2025-03-01T08:00+01:00",
            "2025-03-01T08:00:00.5-05:30"}) {
            assertThat(SessionJson.parse(line(t)).start()).as(t).isEqualTo(OffsetDateTime.parse(t));
        }
    }

    @Test
    void anImpossibleTimeIsNotASession() {
        for (String t : new String[] {"2025-13-01T08:00:00Z", "2025-02-30T08:00:00+01:00", "2025-03-01T08:00:00",
            "2025-03-01T08:00:00+25:00", "yesterday"}) {
            assertThatThrownBy(() -> SessionJson.parse(line(t))).as(t)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"start\"");
        }
    }

    @Test
    void aLineOfEveryKindOfSegmentReadsAndWritesBackByteForByte() {
        String line = "{\"v\":1,\"routine\":\"mix\",\"title\":\"Mix\",\"start\":\"2025-03-01T08:00:00+01:00\","
                + "\"end\":\"2025-03-01T08:30:00+01:00\",\"planned\":1800,\"active\":1700.5,\"completed\":false,"
                + "\"status\":\"quit\",\"work\":0.5,\"stepsDone\":1,\"painBefore\":4,\"painAfter\":null,\"segments\":["
                + "{\"step\":0,\"name\":\"Plank\",\"kind\":\"work\",\"side\":\"left\",\"set\":2,\"planned\":30,"
                + "\"achieved\":29.999,\"skipped\":true},"
                + "{\"step\":1,\"name\":\"Curl\",\"kind\":\"reps\",\"achieved\":40,\"reps\":12,\"repsDone\":7},"
                + "{\"step\":2,\"name\":\"Heat and ice\",\"kind\":\"phase\",\"round\":2,\"phase\":\"Ice\","
                + "\"planned\":600,\"achieved\":600,\"overrun\":12.5}]}";
        SessionRecord r = SessionJson.parse(line);
        assertThat(r.segments()).extracting(SegmentRecord::round)
                .containsExactly(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(2));
        assertThat(r.segments()).extracting(s -> s.effort().reps())
                .containsExactly(Optional.empty(), Optional.of(new Effort.Count(12, 7)), Optional.empty());
        assertThat(SessionJson.line(r)).isEqualTo(line);
    }

    @Test
    void aRoundOfZeroIsNoRoundAndIsNotWrittenBack() {
        String zero = "{\"v\":1,\"routine\":\"back\",\"title\":\"back\",\"start\":\"2025-03-01T08:00:00Z\","
                + "\"end\":\"2025-03-01T09:00:00Z\",\"planned\":0,\"active\":0,\"completed\":true,\"status\":\"done\","
                + "\"work\":1,\"stepsDone\":1,\"painBefore\":null,\"painAfter\":null,\"segments\":[{\"step\":0,"
                + "\"name\":\"Plank\",\"kind\":\"work\",\"round\":0,\"achieved\":12}]}";
        SessionRecord r = SessionJson.parse(zero);
        assertThat(r.segments().get(0).round()).isEmpty();
        assertThat(SessionJson.line(r)).isEqualTo(zero.replace(",\"round\":0", ""));
    }

    @Test
    void unknownKeysFromANewerLimberAreSkipped() {
        SessionRecord r = SessionJson.parse("{\"v\":2,\"mood\":{\"x\":[1,{}]},\"routine\":\"back\","
                + "\"start\":\"2025-03-01T08:00:00Z\",\"end\":\"2025-03-01T09:00:00Z\",\"completed\":false,"
                + "\"segments\":[{\"step\":0,\"name\":\"Plank\",\"kind\":\"work\",\"achieved\":12,\"tags\":[]}]}");
        assertThat(r.title()).isEqualTo("back");
        assertThat(r.segments()).singleElement().satisfies(s -> assertThat(s.set()).isEqualTo(1));
    }

    @Test
    void aLineWithoutWhatASessionNeedsSaysWhatIsMissing() {
        assertThatThrownBy(() -> SessionJson.parse("{\"routine\":\"back\",\"completed\":true,\"segments\":[]}"))
                .hasMessageContaining("\"start\" is missing");
        assertThatThrownBy(() -> SessionJson.parse("[1,2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionJson.parse(line("2025-03-01T08:00:00Z").replace("true", "\"yes\"")))
                .hasMessageContaining("\"completed\"");
    }

    @Test
    void anOverrunIsWrittenAndReadBackAndOlderLinesReadNone() {
        SegmentRecord heat = new SegmentRecord(1, "Heat and ice", Segment.Kind.PHASE, Optional.empty(), 1,
                OptionalInt.of(1), Optional.of("Heat"),
                new Effort(Optional.of(Duration.ofMinutes(20)), Duration.ofMinutes(20), Optional.empty(), false),
                Duration.ofSeconds(250));
        String line = SessionJson.line(Sessions.session("heat-ice", "2025-03-01T08:00:00Z", true, heat));
        assertThat(line).contains("\"phase\":\"Heat\",\"planned\":1200,\"achieved\":1200,\"overrun\":250}");
        assertThat(SessionJson.parse(line).segments().get(0).overrun()).isEqualTo(Duration.ofSeconds(250));
        String older = line.replace(",\"overrun\":250", "");
        assertThat(SessionJson.parse(older).segments().get(0).overrun()).isZero();
        assertThat(SessionJson.line(SessionJson.parse(older))).as("no overrun, no key").isEqualTo(older);
    }

    @Test
    void secondsAreWrittenAsPlainDecimalsToTheMillisecond() {
        assertThat(SessionJson.seconds(Duration.ofSeconds(30))).isEqualTo("30");
        assertThat(SessionJson.seconds(Duration.ofMillis(29_500))).isEqualTo("29.5");
        assertThat(SessionJson.seconds(Duration.ofMillis(125))).isEqualTo("0.125");
        assertThat(SessionJson.seconds(Duration.ofMillis(3_050))).isEqualTo("3.05");
        assertThat(SessionJson.seconds(Duration.ZERO)).isEqualTo("0");
    }

    @Test
    void aWrittenLineIsJsonThatJsonReadsAsTheSameFields() {
        SessionRecord r = Sessions.withPain(Sessions.titled(Sessions.session("back\u001b", "2025-03-01T08:00:00+01:00",
                false, Sessions.full(0, "Piri \"formis\"\n", "left", 2, 45.25), Sessions.reps(1, "Curl", 10, 7)),
                "Back \u2028 care"), 0, 10);
        String line = SessionJson.line(r);

        assertThat(line).doesNotContain("\u001b").doesNotContain("\n").doesNotContain("\u2028");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> m = (java.util.Map<String, Object>) dev.limber.json.Json.parse(line);
        assertThat(m).containsEntry("routine", "back\u001b").containsEntry("completed", false)
                .containsEntry("title", "Back \u2028 care");
        assertThat(m.get("painAfter").toString()).isEqualTo("10");
        assertThat(SessionJson.parse(line)).isEqualTo(r);
    }

    @Test
    void timesAreWrittenAsIsoWithOffsetAndSeconds() {
        for (String t : new String[] {"2025-03-01T08:00:00+01:00", "2025-03-01T23:59:59Z", "0999-12-31T00:00:00-09:30",
            "2025-03-01T08:00:00.250+01:00", "2025-03-01T08:00:00+05:45", "+12025-03-01T08:00:00Z"}) {
            OffsetDateTime time = OffsetDateTime.parse(t);
            assertThat(SessionJson.time(time)).as(t)
                    .isEqualTo(time.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
    }
}
