package dev.limber.tui;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one background thread that makes pictures' cells for the player, so that a frame never
 * waits for a figure or an image. A daemon that ends when idle: it never keeps the JVM up, and
 * players started one after another (from the picker) leave no threads behind.
 */
final class PictureWorker {
    private PictureWorker() {
    }

    static Executor start() {
        return new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "limber-pictures");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }
}
