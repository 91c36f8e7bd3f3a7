package dev.limber.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.plan.Steps;
import org.junit.jupiter.api.Test;

class PlainCommandsTest {
    @Test
    void everyCommandTheHeaderNamesIsUnderstood() {
        String brief = PlainCommands.brief();
        assertThat(brief).startsWith("Commands: ");
        for (String entry : brief.substring("Commands: ".length()).split(", ")) {
            String shown = entry.substring(0, entry.indexOf(" = "));
            for (String typed : shown.equals(PlainCommands.shown(PlainCommands.Act.ENTER)) ? new String[] {""}
                    : shown.split("/")) {
                assertThat(PlainCommands.parse(typed)).as(entry).isPresent();
            }
        }
    }

    @Test
    void aPacedStepListsNoPlusOrMinusSinceItsTimeIsTheTempos() {
        var paced = Steps.plan(Steps.paced("Curl", 10, 2, 1, 2)).get(0);
        assertThat(PlainCommands.list(paced)).noneMatch(l -> l.contains("+/-"))
                .anyMatch(l -> l.contains("finish the step early"));
    }
}
