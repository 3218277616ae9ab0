package dev.skillfleet.desktop.ui.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The bridge from producer threads to the UI thread (the pattern of JavaFX's own {@code Task.updateMessage}):
 * producers enqueue from any thread and at most one flush is pending at a time; the flush drains everything queued
 * so far in one go. However fast a stream produces, the UI sees one batch per frame.
 */
public final class CoalescingQueue<T> {

    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushPending = new AtomicBoolean();
    private final Consumer<List<T>> drain;
    private final FlushScheduler scheduler;

    public CoalescingQueue(FlushScheduler scheduler, Consumer<List<T>> drain) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.drain = Objects.requireNonNull(drain);
    }

    /** Any thread. */
    public void offer(T item) {
        queue.add(item);
        if (flushPending.compareAndSet(false, true)) {
            scheduler.schedule(this::flush);
        }
    }

    private void flush() {
        // Cleared before draining: an item offered during the drain schedules the next flush instead of being lost.
        flushPending.set(false);
        List<T> batch = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            drain.accept(batch);
        }
    }
}
