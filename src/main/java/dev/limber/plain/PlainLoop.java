package dev.limber.plain;

import dev.limber.session.Result;
import dev.limber.session.Ticker;
import dev.limber.term.LineInput;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The plain player's real-time loop: sleeps until the next deadline or a line of input, then hands
 * both to the {@link PlainPlayer}. A daemon thread reads stdin; Ctrl-C and SIGTERM arrive as
 * messages on the same queue, so only this thread ever touches the session.
 */
public final class PlainLoop {
    private sealed interface Input {
    }

    private record Line(String text) implements Input {
    }

    private record Closed() implements Input {
    }

    private record Interrupt() implements Input {
    }

    private final BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
    private volatile boolean inputClosed;
    private volatile boolean interrupted;
    private final PlainPlayer player;
    private final Ticker ticker;
    private final double speed;

    /**
     * @param ticker the engine's clock (already scaled by {@code speed})
     * @param speed how much faster than real time the ticker runs, to turn engine deadlines into real sleeps
     */
    public PlainLoop(PlainPlayer player, Ticker ticker, double speed) {
        this.player = player;
        this.ticker = ticker;
        this.speed = speed;
    }

    /** Asks the loop to quit at once (from a signal handler or another thread). */
    public void interrupt() {
        inputs.add(new Interrupt());
    }

    public Result run(InputStream stdin) throws InterruptedException {
        Thread reader = new Thread(() -> read(stdin), "limber-stdin");
        reader.setDaemon(true);
        reader.start();
        player.header();
        player.start(ticker.nanos());
        while (!player.isFinished()) {
            long now = ticker.nanos();
            long wake = player.nextWake(now);
            Input input;
            if (wake == Long.MAX_VALUE) {
                input = inputs.take();
            } else {
                long realWait = (long) Math.ceil((wake - now) / speed);
                input = realWait > 0 ? inputs.poll(realWait, TimeUnit.NANOSECONDS) : inputs.poll();
            }
            now = ticker.nanos();
            if (input instanceof Line line) {
                player.onLine(line.text(), now);
            } else if (input instanceof Closed) {
                inputClosed = true;
                player.onInputClosed(now);
            } else if (input instanceof Interrupt) {
                interrupted = true;
                player.interrupt(now);
            } else {
                player.tick(now);
            }
        }
        return player.result();
    }

    /** True when the session ended on Ctrl-C or a signal: the person wants out, not more questions. */
    public boolean interrupted() {
        return interrupted;
    }

    /** True once stdin has ended: nobody is there to answer a question. */
    public boolean inputClosed() {
        return inputClosed;
    }

    /**
     * The next line typed after {@link #run} returned, e.g. the answer to the pain question: the
     * stdin thread still owns the input, so questions after the session read through here. Null
     * once the input is closed, or on Ctrl-C.
     */
    public String nextLine() throws InterruptedException {
        if (inputClosed) {
            return null;
        }
        Input input = inputs.take();
        if (input instanceof Line line) {
            return line.text();
        }
        inputClosed = inputClosed || input instanceof Closed;
        return null;
    }

    private void read(InputStream stdin) {
        // This thread is the last to read stdin, so it may read ahead.
        LineInput in = new LineInput(new BufferedInputStream(stdin));
        try {
            String line;
            while ((line = in.next()) != null) {
                inputs.add(new Line(line));
            }
        } catch (IOException e) {
            // A broken stdin is the same as a closed one: play on unattended.
        } finally {
            // Whatever ended the reading, the session must not wait for input that cannot come.
            inputs.add(new Closed());
        }
    }
}
