package dev.skillfleet.desktop.bench;

import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long the FX thread is unavailable: every 2 ms a background thread posts a task and records how
 * long it waited to run. The worst wait is the longest stall a user would feel (a frame is 16.7 ms).
 */
final class FxStallProbe implements AutoCloseable {

    private final AtomicLong worstNanos = new AtomicLong();
    private final Thread pinger;
    private volatile boolean running = true;

    FxStallProbe() {
        pinger = Thread.ofPlatform().daemon().name("fx-stall-probe").start(() -> {
            while (running) {
                long posted = System.nanoTime();
                java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(() -> {
                    worstNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    double worstMillis() {
        return worstNanos.get() / 1e6;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        pinger.join(1000);
    }
}
