package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalCheckTest {
    @Test
    void aConsoleWithARealTermCanRunTheFullScreen() {
        assertThat(TerminalCheck.problem(true, Map.of("TERM", "xterm-256color"), "Linux")).isEmpty();
    }

    @Test
    void noConsoleOrADumbOrMissingTermFallsBackWithOneLine() {
        assertThat(TerminalCheck.problem(false, Map.of("TERM", "xterm"), "Linux"))
                .contains("limber: not a terminal; playing line by line (--plain)");
        assertThat(TerminalCheck.problem(true, Map.of("TERM", "dumb"), "Linux")).get().asString().contains("TERM=dumb");
        assertThat(TerminalCheck.problem(true, Map.of(), "Linux")).get().asString().contains("TERM is not set");
        assertThat(TerminalCheck.problem(true, Map.of("TERM", " "), "Linux")).isPresent();
        assertThat(TerminalCheck.problem(true, Map.of("TERM", "xterm"), "Windows 11")).isPresent();
    }
}
