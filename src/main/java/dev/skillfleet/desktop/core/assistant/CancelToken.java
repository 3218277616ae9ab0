package dev.skillfleet.desktop.core.assistant;

import java.util.concurrent.atomic.AtomicBoolean;

/** The cancel handle of one running turn. */
public final class CancelToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get();
    }
}
