package dev.limber.cli;

import com.googlecode.lanterna.TextCharacter;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigResolveOptions;

/**
 * One-time work a start of {@code run} waits for that needs nothing from the command line, the
 * settings or the routine, done on a daemon thread while the main thread reads them (two cores
 * run both): Typesafe Config's first parse, which initializes its classes, and, for the full
 * screen, Lanterna's first character cell, which reads the JDK's break-iterator rules from its
 * image (about 9 ms). Together they take about 8 ms off the first frame (10 A/B pairs).
 *
 * <p>It parses a fixed text of its own and makes a cell nobody draws: it reads no file, touches
 * no terminal and shares nothing with the main thread but the classes, whose initialization the
 * JVM makes safe across threads.
 */
final class WarmUp {
    private WarmUp() {
    }

    /** Starts the warm-up and returns at once; {@code screen}: the full screen will be opened. */
    static void start(boolean screen) {
        Thread t = new Thread(() -> {
            ConfigFactory.parseString("a = 1s\nb = [ { c = ${a} } ]").resolve(ConfigResolveOptions.noSystem());
            if (screen) {
                TextCharacter.fromCharacter('x');
            }
        }, "limber-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
