package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.EditedFile;
import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.editor.HistoryVersion;
import dev.skillfleet.desktop.core.editor.RecoveryAutosave;
import dev.skillfleet.desktop.core.editor.RecoveryCopy;
import dev.skillfleet.desktop.core.editor.RememberResult;
import dev.skillfleet.desktop.core.editor.SaveOutcome;
import dev.skillfleet.desktop.core.editor.SaveReport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * One skill open in its editor window, with its safety nets: saving the tab in front (or all) through {@link
 * EditorFiles} off the FX thread, a file changed on disk meanwhile turned into a {@link SaveConflict} the user decides,
 * recovery copies of unsaved text offered every few seconds, text recovered after a crash loaded as unsaved changes,
 * and closing that saves or discards on purpose. The editing itself is {@link SkillEditorViewModel}'s; the history
 * panel is {@link HistoryViewModel}, kept on the file in front. FX thread only; touches no node.
 */
public final class EditorWindowViewModel {

    /** How often the window's timer calls {@link #autosave()}. */
    public static final Duration AUTOSAVE_INTERVAL = Duration.ofSeconds(3);

    private final SkillEditorViewModel editor;
    private final EditorFiles files;
    private final Executor background;
    private final Executor uiThread;
    private final RecoveryAutosave autosave;
    private final HistoryViewModel history;

    private EditedDocument skill;
    private final Map<SkillFileViewModel, EditedDocument> others = new IdentityHashMap<>();
    /** Recovered text waiting for its file to be loaded, by file. */
    private final Map<Path, String> recovered = new HashMap<>();
    private String lastRecoveryProblem = "";

    // Properties
    private final ReadOnlyObjectWrapper<Path> skillDir = new ReadOnlyObjectWrapper<>(this, "skillDir");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyObjectWrapper<SaveConflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed", false);

    /**
     * @param background where files are read and written
     * @param uiThread   the FX thread ({@code Platform::runLater}); tests pass a same-thread executor
     */
    public EditorWindowViewModel(SkillEditorViewModel editor, EditorFiles files, Executor background,
                                 Executor uiThread) {
        this.editor = Objects.requireNonNull(editor);
        this.files = Objects.requireNonNull(files);
        this.background = DropWhenClosed.wrap(background);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.autosave = new RecoveryAutosave(files.recovery(), this.background, this::recoveryResult);
        this.history = new HistoryViewModel(files, background, uiThread);
        editor.loadCountProperty().subscribe(count -> {
            if (count.intValue() > 0) {
                skillLoaded();
            }
        });
        editor.openFiles().addListener((ListChangeListener<SkillFileViewModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::fileClosed);
                c.getAddedSubList().forEach(this::fileOpened);
            }
        });
        editor.selectedFileProperty().subscribe(file -> showHistoryOfFront());
    }

    // Commands

    /**
     * Opens the skill: reads SKILL.md as an {@link EditedFile} first, then lets the editor load it. Read in that
     * order, a change on disk between the two reads shows up as a conflict at the first save instead of being lost.
     */
    public void open(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        skillDir.set(folder);
        background.execute(() -> {
            Path skillMd = EditableFiles.skillFile(folder);
            if (skillMd == null) {
                uiThread.execute(() -> message.set("The folder " + folder + " has no SKILL.md."));
                return;
            }
            try {
                EditedFile file = files.open(skillMd);
                uiThread.execute(() -> {
                    skill = EditedDocument.skill(editor, file);
                    editor.openSkill(folder);
                });
            } catch (IOException | RuntimeException e) {
                uiThread.execute(() -> message.set(skillMd.getFileName() + " could not be opened: " + reason(e)));
            }
        });
    }

    /**
     * Loads text a previous session left unsaved as unsaved changes of its file (SKILL.md or another file of this
     * skill), once the file is open. Nothing is written until the user saves.
     */
    public void recover(RecoveryCopy copy) {
        Path file = copy.file().toAbsolutePath().normalize();
        recovered.put(file, copy.text());
        String note = "Recovered unsaved changes to " + file.getFileName() + " from " + copy.time() + "."
                + (copy.changedOnDisk() ? " The file changed on disk since then: saving replaces that version"
                + " (it stays in History)." : " Save to keep them.");
        status.set(note);
        if (!ready.get()) {
            return; // applied when SKILL.md is loaded
        }
        if (file.equals(skill.file())) {
            applyRecovered(skill);
        } else {
            editor.openFile(file);
            others.values().stream().filter(d -> d.file().equals(file) && d.edited() != null).findFirst()
                    .ifPresent(this::applyRecovered);
        }
    }

    /** Saves the tab in front (Ctrl+S). */
    public void save() {
        EditedDocument front = front();
        if (front != null) {
            saveEach(List.of(front).iterator(), () -> { });
        }
    }

    /** Saves every file with unsaved changes, one after the other; stops at the first that needs the user. */
    public void saveAll() {
        saveEach(dirtyDocuments().iterator(), () -> { });
    }

    /** The user keeps their text: writes it over the disk's (which stays in the history). */
    public void keepMine() {
        SaveConflict c = conflict.get();
        EditedDocument doc = documentOf(c);
        conflict.set(null);
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
    public void takeDisk() {
        SaveConflict c = conflict.get();
        EditedDocument doc = documentOf(c);
        conflict.set(null);
        if (doc == null) {
            return;
        }
        background.execute(() -> {
            try {
                String disk = doc.edited().reload();
                uiThread.execute(() -> {
                    doc.replaceText(disk);
                    doc.markSaved(disk);
                    status.set("Reloaded " + doc.name() + " from disk.");
                });
            } catch (IOException | RuntimeException e) {
                uiThread.execute(() -> message.set(doc.name() + " could not be reloaded: " + reason(e)));
            }
        });
    }

    /** Leaves the conflict undecided: nothing is written; the next save asks again. */
    public void dismissConflict() {
        conflict.set(null);
    }

    /**
     * Offers the unsaved text of every open file as its recovery copy (the window's timer calls this). A file saved
     * or put back to its saved text since its last offer is offered once more, which removes its copy.
     */
    public void autosave() {
        for (EditedDocument doc : documents()) {
            if (doc.edited() != null && (doc.dirty() || doc.offered())) {
                autosave.offer(doc.edited(), doc.text());
                doc.offered(doc.dirty());
            }
        }
    }

    /** Whether closing now would lose changes, so the view must ask. */
    public boolean hasUnsavedChanges() {
        return !dirtyDocuments().isEmpty();
    }

    /** Closes without saving, on purpose: the recovery copies go too. */
    public void closeWithoutSaving() {
        for (EditedDocument doc : documents()) {
            autosave.discard(doc.file());
        }
        recovered.clear();
        closed.set(true);
    }

    /** Saves everything, then closes; a conflict or error on the way keeps the window open. */
    public void saveAllAndClose() {
        saveEach(dirtyDocuments().iterator(), this::closeWithoutSaving);
    }

    /** Puts a kept version's text in the editor of the file in front, as an edit to undo or save. */
    public void restore(HistoryVersion version) {
        Path shown = history.fileProperty().get();
        history.restore(version, text -> {
            EditedDocument doc = documents().stream().filter(d -> d.file().equals(shown)).findFirst().orElse(null);
            if (doc != null) {
                doc.replaceText(text);
                status.set("Restored the version of " + version.time() + " in the editor; save to keep it.");
            }
        });
    }

    /** Compares the versions selected in the history list (one: with the text in the editor). */
    public void compare(List<HistoryVersion> selected) {
        EditedDocument front = front();
        history.compare(selected, front == null ? "" : front.text());
    }

    public void dismissMessage() {
        message.set("");
    }

    // Saving

    private void saveEach(Iterator<EditedDocument> queue, Runnable whenAllSaved) {
        if (!queue.hasNext()) {
            whenAllSaved.run();
            return;
        }
        EditedDocument doc = queue.next();
        if (doc.edited() == null) {
            message.set(doc.name() + " is still being opened; save again in a moment.");
            return;
        }
        String text = doc.text();
        saving.set(true);
        conflict.set(null);
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
                recovered.remove(doc.file());
                status.set("Saved " + doc.name() + ".");
                report.historyProblem().ifPresent(message::set);
                if (doc.file().equals(history.fileProperty().get())) {
                    history.refresh();
                }
                next.run();
            }
            case SaveOutcome.ChangedOnDisk c -> conflict.set(new SaveConflict(doc.file(), doc.name(), c.deleted(),
                    c.diskText()));
        }
    }

    private void failed(EditedDocument doc, Exception e) {
        saving.set(false);
        message.set(doc.name() + " was not saved: " + reason(e) + " Your text is still here (and in the recovery "
                + "copy).");
    }

    private static String reason(Exception e) {
        return switch (e) {
            case AccessDeniedException a -> "the file or its folder is read-only (" + a.getFile() + ").";
            case NoSuchFileException n -> "it no longer exists (" + n.getFile() + ").";
            default -> e.getMessage() == null ? e.toString() : e.getMessage();
        };
    }

    // Files coming and going

    private void skillLoaded() {
        if (skill == null) {
            return;
        }
        ready.set(true);
        applyRecovered(skill);
        for (Path file : List.copyOf(recovered.keySet())) {
            if (!file.equals(skill.file())) {
                editor.openFile(file);
            }
        }
        showHistoryOfFront();
    }

    private void fileOpened(SkillFileViewModel file) {
        EditedDocument doc = EditedDocument.of(file);
        others.put(file, doc);
        background.execute(() -> {
            try {
                EditedFile edited = files.open(file.file());
                uiThread.execute(() -> {
                    doc.opened(edited);
                    applyRecovered(doc);
                });
            } catch (IOException | RuntimeException e) {
                uiThread.execute(() -> message.set(doc.name() + " opened, but cannot be saved: " + reason(e)));
            }
        });
    }

    /** The tab was closed after the user chose to (or the file had no changes): its recovery copy goes. */
    private void fileClosed(SkillFileViewModel file) {
        EditedDocument doc = others.remove(file);
        if (doc != null) {
            autosave.discard(doc.file());
        }
    }

    private void applyRecovered(EditedDocument doc) {
        String text = recovered.remove(doc.file());
        if (text != null) {
            doc.replaceText(text);
        }
    }

    private void recoveryResult(RememberResult result) {
        if (result.status() != RememberResult.Status.FAILED) {
            return;
        }
        String problem = result.problem().orElse("The recovery copy could not be written.");
        uiThread.execute(() -> {
            if (!problem.equals(lastRecoveryProblem)) {
                lastRecoveryProblem = problem;
                message.set(problem);
            }
        });
    }

    private void showHistoryOfFront() {
        EditedDocument front = front();
        history.show(front == null ? null : front.file());
    }

    // Which documents

    /** The document of the tab in front: SKILL.md's (also for the Preview tab), or the selected file's. */
    private EditedDocument front() {
        SkillFileViewModel selected = editor.selectedFileProperty().get();
        return selected == null ? skill : others.get(selected);
    }

    private List<EditedDocument> documents() {
        List<EditedDocument> all = new ArrayList<>();
        if (skill != null) {
            all.add(skill);
        }
        all.addAll(others.values());
        return all;
    }

    private List<EditedDocument> dirtyDocuments() {
        return documents().stream().filter(EditedDocument::dirty).toList();
    }

    private EditedDocument documentOf(SaveConflict c) {
        if (c == null) {
            return null;
        }
        return documents().stream().filter(d -> d.file().equals(c.file()) && d.edited() != null).findFirst()
                .orElse(null);
    }

    // Property getters

    public SkillEditorViewModel editor() {
        return editor;
    }

    public HistoryViewModel history() {
        return history;
    }

    /** The skill folder, absolute. */
    public ReadOnlyObjectProperty<Path> skillDirProperty() {
        return skillDir.getReadOnlyProperty();
    }

    /** SKILL.md is loaded and can be saved. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** A save the user must decide about; null when there is none. */
    public ReadOnlyObjectProperty<SaveConflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** A problem to show (a save that failed, naming the file); "" when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A quiet line about the last thing done ("Saved SKILL.md."). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The user closed the editor (saved or discarded on purpose): the view hides the window. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
