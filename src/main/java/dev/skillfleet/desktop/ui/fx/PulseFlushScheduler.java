package dev.skillfleet.desktop.ui.fx;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs flushes on the FX thread at most once per frame: an {@link AnimationTimer} is called once per pulse and runs
 * the flushes requested since the last pulse, and stops itself when a pulse finds nothing to do, so an idle app
 * costs no frames. Each {@link CoalescingQueue} has at most one flush pending, so each flushes at most once a frame.
 */
public final class PulseFlushScheduler implements FlushScheduler {

    private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            int count = pending.size();
            if (count > 0) {
                for (int i = 0; i < count; i++) {
                    pending.poll().run();
                }
                return;
            }
            stop();
            running.set(false);
            // A flush requested between the check above and the reset must not wait for another request.
            if (!pending.isEmpty() && running.compareAndSet(false, true)) {
                start();
            }
        }
    };

    @Override
    public void schedule(Runnable flush) {
        pending.add(flush);
        if (running.compareAndSet(false, true)) {
            Platform.runLater(timer::start);
        }
    }
}
