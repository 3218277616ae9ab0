package dev.skillfleet.desktop.core.editor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Recovery copies written off the caller's thread: the editor's timer calls {@link #offer} on the UI thread every few
 * seconds with the current text (a {@code String} snapshot costs nothing to take), and this class writes the latest
 * text per file on a background executor. Offers pile up into one pending write per file and at most one drain is
 * scheduled at a time, so a slow disk never queues a backlog; {@link #discard} after a save goes through the same
 * queue, so an older offer can never land after it and bring back a copy of text already saved. Nothing here blocks
 * or throws into the caller.
 */
public final class RecoveryAutosave {

    private static final System.Logger LOG = System.getLogger(RecoveryAutosave.class.getName());

    private final RecoveryStore store;
    private final Executor background;
    private final Consumer<RememberResult> results;
    /** Per file, the latest thing to do: remember a text, or discard the copy. Guarded by this. */
    private final Map<Path, Pending> pending = new LinkedHashMap<>();
    private boolean scheduled;

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

    private void drain() {
        while (true) {
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
            Pending request = next.getValue();
            if (request.file() == null) {
                store.discard(next.getKey());
            } else if (request.file().revision() != request.revision()) {
                // Taken before a save or reload that has happened since: older than what the file now holds.
                report(RememberResult.of(RememberResult.Status.UNCHANGED, request.file().path()));
            } else {
                report(store.remember(request.file(), request.text()));
            }
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
