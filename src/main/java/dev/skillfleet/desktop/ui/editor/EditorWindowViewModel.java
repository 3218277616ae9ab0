package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.EditedFile;
import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.editor.HistoryVersion;
import dev.skillfleet.desktop.core.editor.RecoveryAutosave;
import dev.skillfleet.desktop.core.editor.RecoveryCopy;
import dev.skillfleet.desktop.core.editor.RememberResult;
import dev.skillfleet.desktop.core.editor.SaveReport;
import dev.skillfleet.desktop.core.refine.RuleRefiner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    private final RefineViewModel refine;
    private final FolderMove folderMove;
    private final DocumentSaver saver;

    private EditedDocument skill;
    private final Map<SkillFileViewModel, EditedDocument> others = new IdentityHashMap<>();
    /** Recovered text waiting for its file to be loaded, by file. */
    private final Map<Path, String> recovered = new HashMap<>();
    private String lastRecoveryProblem = "";

    // Properties
    private final ReadOnlyObjectWrapper<Path> skillDir = new ReadOnlyObjectWrapper<>(this, "skillDir");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyBooleanWrapper renaming = new ReadOnlyBooleanWrapper(this, "renaming", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed", false);
    private final ReadOnlyObjectWrapper<FolderMove.Moved> movedTo = new ReadOnlyObjectWrapper<>(this, "movedTo");

    /**
     * @param background where files are read and written
     * @param uiThread   the FX thread ({@code Platform::runLater}); tests pass a same-thread executor
     */
    public EditorWindowViewModel(SkillEditorViewModel editor, EditorFiles files, Executor background,
                                 Executor uiThread) {
        this(editor, files, () -> List.of(new RuleRefiner()), background, uiThread);
    }

    /** @param engines what Refine… can use, the default first */
    public EditorWindowViewModel(SkillEditorViewModel editor, EditorFiles files, RefineViewModel.Engines engines,
                                 Executor background, Executor uiThread) {
        this.editor = Objects.requireNonNull(editor);
        this.files = Objects.requireNonNull(files);
        this.background = DropWhenClosed.wrap(background);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.autosave = new RecoveryAutosave(files.recovery(), this.background, this::recoveryResult);
        this.history = new HistoryViewModel(files, background, uiThread);
        this.refine = new RefineViewModel(editor, skillDir::get, ready.getReadOnlyProperty(), engines,
                this::saveAllAndRenameFolder, this.background, uiThread);
        this.folderMove = new FolderMove(files, this.background, uiThread);
        this.saver = new DocumentSaver(files, this.background, uiThread, new DocumentSaver.Listener() {
            @Override
            public void saved(EditedDocument doc, SaveReport report) {
                recovered.remove(doc.file());
                if (doc.file().equals(history.fileProperty().get())) {
                    history.refresh();
                }
            }

            @Override
            public void problem(String text) {
                message.set(text);
            }

            @Override
            public void status(String text) {
                status.set(text);
            }
        });
        saving.bind(saver.savingProperty().or(renaming));
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
                uiThread.execute(() -> message.set(skillMd.getFileName() + " could not be opened: " + DocumentSaver.reason(e)));
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
            saver.save(List.of(front), () -> { });
        }
    }

    /** Saves every file with unsaved changes, one after the other; stops at the first that needs the user. */
    public void saveAll() {
        saver.save(dirtyDocuments(), () -> { });
    }

    /** The user keeps their text: writes it over the disk's (which stays in the history). */
    public void keepMine() {
        saver.keepMine();
    }

    /** The user takes the disk's text; their own stays one undo away. */
    public void takeDisk() {
        saver.takeDisk();
    }

    /** Leaves the conflict undecided: nothing is written; the next save asks again. */
    public void dismissConflict() {
        saver.dismissConflict();
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

    /**
     * The app is closing: offers the latest unsaved text of every open file (unless the user closed this editor on
     * purpose) and writes the recovery copies now rather than on the background executor, which the app is about to
     * shut down. Waits at most {@code bound}; see {@link RecoveryAutosave#flush}.
     *
     * @return whether every copy was written (or removed) in time
     */
    public boolean flushRecovery(Duration bound) {
        if (!closed.get()) {
            autosave();
        }
        return autosave.flush(bound);
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
        saver.save(dirtyDocuments(), this::closeWithoutSaving);
    }

    /**
     * Saves everything, then renames the skill's folder (its files' history follows); once moved, the window is
     * reopened on the new folder ({@link #movedToProperty()}). A conflict, error or refusal on the way leaves
     * everything where it was and says why.
     */
    public void saveAllAndRenameFolder(String newFolderName) {
        saver.save(dirtyDocuments(), () -> {
            renaming.set(true);
            folderMove.rename(skillDir.get(), newFolderName, done -> {
                renaming.set(false);
                movedTo.set(done);
            }, problem -> {
                renaming.set(false);
                message.set(problem);
            });
        });
    }

    /** Shows a problem in the window's message bar. */
    public void showMessage(String text) {
        message.set(text);
    }

    /** Says something quietly in the status line. */
    public void showStatus(String text) {
        status.set(text);
    }

    /** Saves one of the other files, then closes its tab; a conflict or error keeps the tab open. */
    public void saveAndCloseFile(SkillFileViewModel file) {
        EditedDocument doc = others.get(file);
        if (doc != null) {
            saver.save(List.of(doc), () -> editor.closeFile(file));
        }
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
                uiThread.execute(() -> message.set(doc.name() + " opened, but cannot be saved: " + DocumentSaver.reason(e)));
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

    // Property getters

    public SkillEditorViewModel editor() {
        return editor;
    }

    public HistoryViewModel history() {
        return history;
    }

    public RefineViewModel refine() {
        return refine;
    }

    /**
     * The folder the skill was renamed to from this window, and what of its history could not follow; null until then.
     */
    public ReadOnlyObjectProperty<FolderMove.Moved> movedToProperty() {
        return movedTo.getReadOnlyProperty();
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
        return saver.conflictProperty();
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
