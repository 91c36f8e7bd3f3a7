package dev.limber.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AfterFirstFrameTest {
    @Test
    void workWaitsForTheFirstFrameThenRunsInOrderAndLaterWorkAtOnce() {
        List<String> ran = new ArrayList<>();
        AfterFirstFrame gate = new AfterFirstFrame(Runnable::run);
        gate.execute(() -> ran.add("knee hug"));
        gate.execute(() -> ran.add("plank"));
        assertThat(ran).as("nothing before the first frame").isEmpty();

        gate.shown();
        assertThat(ran).containsExactly("knee hug", "plank");

        gate.execute(() -> ran.add("ab curl"));
        gate.shown();
        assertThat(ran).containsExactly("knee hug", "plank", "ab curl");
    }
}
