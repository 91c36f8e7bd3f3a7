package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalOutputTest {
    @Test
    void nulBytesAreDroppedAndNothingIsSentBeforeFlush() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        TerminalOutput out = new TerminalOutput(sink);
        out.write(new byte[] {'a', 0, 'b'});
        out.write(0);
        out.write('c');
        assertThat(sink.size()).isZero();
        out.flush();
        assertThat(sink.toString(StandardCharsets.US_ASCII)).isEqualTo("abc");
    }

    @Test
    void twoByteCharactersReachTheTerminalWithoutTheNulLanternaAdds() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        LimberTerminal t = new LimberTerminal(new TerminalOutput(sink));
        t.putString("Пи·±股");
        t.flush();
        assertThat(sink.toByteArray()).isEqualTo("Пи·±股".getBytes(StandardCharsets.UTF_8));
    }
}
