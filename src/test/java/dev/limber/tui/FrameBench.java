package dev.limber.tui;

import com.googlecode.lanterna.TerminalSize;
import dev.limber.session.State;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Prints the CPU time one player frame costs through the real terminal code (into a byte
 * counter instead of a tty), frames spaced out the way the player draws them. Run by hand.
 */
public class FrameBench {
    public static void main(String[] args) throws Exception {
        long[] bytes = new long[1];
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        LimberTerminal terminal = new LimberTerminal(new TerminalOutput(sink));
        terminal.assumeSize(new TerminalSize(80, 24));
        terminal.enterPrivateMode();
        Frames frames = new Frames(terminal, new TerminalSize(80, 24));
        PlayerView view = new PlayerView(Palette.of(Palette.Depth.INDEXED256), Snapshots.OFF_TIME);
        var bean = ManagementFactory.getThreadMXBean();
        int spacing = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        for (int round = 0; round < (args.length > 1 ? Integer.parseInt(args[1]) : 4); round++) {
            long cpu0 = bean.getCurrentThreadCpuTime();
            long b0 = bytes[0];
            for (int i = 0; i < 44; i++) {
                var s = Snapshots.piriformis(State.RUNNING, Duration.ofSeconds(44 - i));
                frames.show(g -> view.draw(g, s, Ui.start(false)));
                Thread.sleep(spacing);
            }
            long cpu1 = bean.getCurrentThreadCpuTime();
            System.out.printf("round %d: %.2f ms cpu/frame, %d bytes/frame%n", round, (cpu1 - cpu0) / 1e6 / 44,
                    (bytes[0] - b0) / 44);
        }
    }
}
