package dev.skillfleet.desktop.core.editor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Recovery copies written off the caller's thread: the editor's timer calls {@link #offer} on the UI thread every few
 * seconds with the current text (a {@code String} snapshot costs nothing to take), and this class writes the latest
 * text per file on a background executor. Offers pile up into one pending write per file and at most one drain is
 * scheduled at a time, so a slow disk never queues a backlog; {@link #discard} after a save goes through the same
 * queue, so an older offer can never land after it and bring back a copy of text already saved. Nothing here blocks
 * or throws into the caller, except {@link #flush}, which waits a bounded time on purpose: the app is closing.
 */
public final class RecoveryAutosave {

    private static final System.Logger LOG = System.getLogger(RecoveryAutosave.class.getName());

    private final RecoveryStore store;
    private final Executor background;
    private final Consumer<RememberResult> results;
    /** Per file, the latest thing to do: remember a text, or discard the copy. Guarded by this. */
    private final Map<Path, Pending> pending = new LinkedHashMap<>();
    private boolean scheduled;
    /**
     * Held while one request is taken and carried out: a drain on the background executor and a {@link #flush} may
     * run at once, and a request taken by one must be written before the other takes a newer one for the same file.
     */
    private final ReentrantLock writing = new ReentrantLock();

    /** A text to keep, taken at the file's {@code revision}; a null file means: discard the copy. */
    private record Pending(EditedFile file, String text, long revision) {
    }

    /**
     * @param background where copies are written (a virtual-thread or single background executor; a same-thread
     *                   executor in tests)
     * @param results    told every outcome on the background thread (for a quiet status indicator); may ignore them
     */
    public RecoveryAutosave(RecoveryStore store, Executor background, Consumer<RememberResult> results) {
        this.store = store;
        this.background = background;
        this.results = results;
    }

    /** Asks for the text to be kept as the file's recovery copy. Returns at once. */
    public void offer(EditedFile file, String editorText) {
        enqueue(file.path(), new Pending(file, editorText, file.revision()));
    }

    /** Asks for the file's copy to be removed (after a save, or a close without saving), after any earlier offer. */
    public void discard(Path file) {
        enqueue(file.toAbsolutePath().normalize(), new Pending(null, null, 0));
    }

    private void enqueue(Path path, Pending next) {
        synchronized (this) {
            pending.remove(path); // re-inserted last: the order of requests is kept
            pending.put(path, next);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        try {
            background.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                scheduled = false;
            }
            LOG.log(System.Logger.Level.WARNING, "Recovery copies are not written: the background executor is shut "
                    + "down");
        }
    }

    /**
     * Carries out every request not yet done now, without the background executor (the app is closing and is about
     * to shut it down, which would interrupt or drop the last write): on a thread of its own, which the caller waits
     * for at most {@code bound}, so a hung disk cannot keep the app from closing. A write already under way on the
     * background executor is finished first, so the order of requests is kept. Never throws.
     *
     * @return whether every request was carried out within {@code bound} (a copy that could not be written still
     * counts as carried out; its result went to the listener as usual)
     */
    public boolean flush(Duration bound) {
        synchronized (this) {
            if (pending.isEmpty() && !writing.isLocked()) {
                return true;
            }
        }
        Thread writer = Thread.ofPlatform().daemon().name("recovery-flush").start(this::drain);
        try {
            if (writer.join(bound)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.log(System.Logger.Level.WARNING, "Recovery copies were still being written after " + bound.toMillis()
                + " ms; the app closes without waiting longer");
        return false;
    }

    private void drain() {
        while (true) {
            writing.lock();
            try {
                Map.Entry<Path, Pending> next;
                synchronized (this) {
                    var it = pending.entrySet().iterator();
                    if (!it.hasNext()) {
                        scheduled = false;
                        return;
                    }
                    next = it.next();
                    it.remove();
                }
                carryOut(next.getKey(), next.getValue());
            } finally {
                writing.unlock();
            }
        }
    }

    private void carryOut(Path path, Pending request) {
        if (request.file() == null) {
            store.discard(path);
        } else if (request.file().revision() != request.revision()) {
            // Taken before a save or reload that has happened since: older than what the file now holds.
            report(RememberResult.of(RememberResult.Status.UNCHANGED, request.file().path()));
        } else {
            report(store.remember(request.file(), request.text()));
        }
    }

    private void report(RememberResult result) {
        try {
            results.accept(result);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "A listener of recovery copies failed", e);
        }
    }
}
