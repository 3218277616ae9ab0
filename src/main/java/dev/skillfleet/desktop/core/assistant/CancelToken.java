package dev.skillfleet.desktop.core.assistant;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** The cancel handle of one running turn; what holds a resource (an HTTP call) registers how to let go of it. */
public final class CancelToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            // remove() decides who runs an action, so one registered during cancel() runs exactly once.
            for (Runnable action : onCancel) {
                if (onCancel.remove(action)) {
                    action.run();
                }
            }
        }
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** Runs {@code action} when cancelled (at once if already cancelled); e.g. cancels an HTTP call. */
    public void onCancel(Runnable action) {
        onCancel.add(action);
        if (cancelled.get() && onCancel.remove(action)) {
            action.run();
        }
    }
}
