package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.editor.SaveOutcome;
import dev.skillfleet.desktop.core.editor.SaveReport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Saving an editor window's documents through {@link EditorFiles}, off the FX thread and one after the other: a file
 * changed on disk meanwhile becomes a {@link SaveConflict} the user decides (keep mine, or take the disk's text), a
 * failure is told with the file's name and the text stays. FX thread only.
 */
final class DocumentSaver {

    /** What the window hears of saving. */
    interface Listener {
        /** The document was written. */
        void saved(EditedDocument doc, SaveReport report);

        /** Something the user must read (a failure, a history problem). */
        void problem(String message);

        /** A quiet line about what was done. */
        void status(String status);
    }

    private final EditorFiles files;
    private final Executor background;
    private final Executor uiThread;
    private final Listener listener;
    /** The document the conflict is about. */
    private EditedDocument conflicted;

    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyObjectWrapper<SaveConflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");

    DocumentSaver(EditorFiles files, Executor background, Executor uiThread, Listener listener) {
        this.files = Objects.requireNonNull(files);
        this.background = Objects.requireNonNull(background);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Saves each in turn, then runs {@code whenAllSaved}; stops at the first that needs the user or fails. */
    void save(List<EditedDocument> docs, Runnable whenAllSaved) {
        saveEach(List.copyOf(docs).iterator(), whenAllSaved);
    }

    /** The user keeps their text: writes it over the disk's (which stays in the history). */
    void keepMine() {
        EditedDocument doc = takeConflict();
        if (doc == null) {
            return;
        }
        String text = doc.text();
        saving.set(true);
        background.execute(() -> {
            try {
                SaveReport report = files.saveOverwriting(doc.edited(), text);
                uiThread.execute(() -> saved(doc, text, report, () -> { }));
            } catch (IOException | RuntimeException e) {
                uiThread.execute(() -> failed(doc, e));
            }
        });
    }

    /** The user takes the disk's text; their own stays one undo away. */
    void takeDisk() {
        EditedDocument doc = takeConflict();
        if (doc == null) {
            return;
        }
        background.execute(() -> {
            try {
                String disk = doc.edited().reload();
                uiThread.execute(() -> {
                    doc.replaceText(disk);
                    doc.markSaved(disk);
                    listener.status("Reloaded " + doc.name() + " from disk.");
                });
            } catch (IOException | RuntimeException e) {
                uiThread.execute(() -> listener.problem(doc.name() + " could not be reloaded: " + reason(e)));
            }
        });
    }

    /** Leaves the conflict undecided: nothing is written; the next save asks again. */
    void dismissConflict() {
        takeConflict();
    }

    ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<SaveConflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** A failure's cause in words, naming the file where the exception does. */
    static String reason(Exception e) {
        return switch (e) {
            case AccessDeniedException a -> "the file or its folder is read-only (" + a.getFile() + ").";
            case NoSuchFileException n -> "it no longer exists (" + n.getFile() + ").";
            default -> e.getMessage() == null ? e.toString() : e.getMessage();
        };
    }

    private EditedDocument takeConflict() {
        EditedDocument doc = conflict.get() == null ? null : conflicted;
        conflict.set(null);
        conflicted = null;
        return doc;
    }

    private void saveEach(Iterator<EditedDocument> queue, Runnable whenAllSaved) {
        if (!queue.hasNext()) {
            whenAllSaved.run();
            return;
        }
        EditedDocument doc = queue.next();
        if (doc.edited() == null) {
            listener.problem(doc.name() + " is still being opened; save again in a moment.");
            return;
        }
        String text = doc.text();
        saving.set(true);
        takeConflict();
        background.execute(() -> {
            try {
                SaveReport report = files.save(doc.edited(), text);
                uiThread.execute(() -> saved(doc, text, report, () -> saveEach(queue, whenAllSaved)));
            } catch (IOException | RuntimeException e) {
                uiThread.execute(() -> failed(doc, e));
            }
        });
    }

    private void saved(EditedDocument doc, String text, SaveReport report, Runnable next) {
        saving.set(false);
        switch (report.outcome()) {
            case SaveOutcome.Saved s -> {
                doc.markSaved(text);
                listener.status("Saved " + doc.name() + ".");
                listener.saved(doc, report);
                report.historyProblem().ifPresent(listener::problem);
                next.run();
            }
            case SaveOutcome.ChangedOnDisk c -> {
                conflicted = doc;
                conflict.set(new SaveConflict(doc.file(), doc.name(), c.deleted(), c.diskText()));
            }
        }
    }

    private void failed(EditedDocument doc, Exception e) {
        saving.set(false);
        listener.problem(doc.name() + " was not saved: " + reason(e) + " Your text is still here (and in the recovery "
                + "copy).");
    }
}
