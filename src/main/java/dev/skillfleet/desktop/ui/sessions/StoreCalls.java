package dev.skillfleet.desktop.ui.sessions;

import dev.skillfleet.desktop.core.store.StoreException;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The sidebar's store calls: run on the background executor one after another, in the order they were asked for,
 * with their results — or their failure, as a message for the user — handed back on the FX thread. Order matters: a
 * purge of the previous deletion, asked for just before a new deletion, must run before it, or the purge would take
 * the session the user can still undo with it.
 */
final class StoreCalls {

    private static final System.Logger LOG = System.getLogger("skill-fleet");

    private final Executor background;
    private final Executor fxThread;
    private final Consumer<String> onError;
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private boolean draining;

    StoreCalls(Executor background, Executor fxThread, Consumer<String> onError) {
        this.background = background;
        this.fxThread = fxThread;
        this.onError = onError;
    }

    /** Runs {@code work} after the calls asked for before it; then {@code done}, or the error handler with why not. */
    <T> void run(Supplier<T> work, Consumer<T> done) {
        run(work, done, onError);
    }

    /** As {@link #run(Supplier, Consumer)}, but a failure goes to {@code failed}, with the message for the user. */
    <T> void run(Supplier<T> work, Consumer<T> done, Consumer<String> failed) {
        enqueue(() -> {
            T result;
            try {
                result = work.get();
            } catch (StoreException e) {
                fxThread.execute(() -> failed.accept(e.getMessage()));
                return;
            } catch (RuntimeException e) {
                // A bug below: logged with its trace, shown as a sentence, never thrown at the FX thread.
                LOG.log(System.Logger.Level.WARNING, "A conversation list action failed", e);
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                fxThread.execute(() -> failed.accept("Something went wrong with the conversations: " + reason));
                return;
            }
            fxThread.execute(() -> done.accept(result));
        });
    }

    private void enqueue(Runnable task) {
        synchronized (queued) {
            queued.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        background.execute(this::drain);
    }

    /** Runs what is queued, then lets go of the thread: nothing is held while the sidebar is idle. */
    private void drain() {
        while (true) {
            Runnable next;
            synchronized (queued) {
                next = queued.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                // Thrown by a result handler run inline (tests' FX executor): later calls must still run.
                LOG.log(System.Logger.Level.WARNING, "A conversation list update failed", e);
            }
        }
    }
}
