package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.RecoveryCopy;
import dev.skillfleet.desktop.core.editor.RecoveryStore;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * On start, the unsaved text an earlier session left behind (the app was killed): each copy offered back once, to
 * open in its skill's editor as unsaved changes or to discard. A copy neither opened nor discarded stays for the next
 * start. Disk work runs off the FX thread.
 */
public final class RecoveryViewModel {

    /**
     * A copy and the skill folder its file belongs to.
     *
     * @param skillDir the nearest folder up from the file holding a SKILL.md; null when there is none any more
     */
    public record Entry(RecoveryCopy copy, Path skillDir) {

        /** Whether it can be opened in an editor. */
        public boolean openable() {
            return skillDir != null && !copy.deleted();
        }
    }

    private final RecoveryStore store;
    private final Executor background;
    private final Executor uiThread;
    private final BiConsumer<Path, RecoveryCopy> open;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> entriesView = FXCollections.unmodifiableObservableList(entries);

    /** @param open opens the skill folder's editor with the copy's text loaded as unsaved changes */
    public RecoveryViewModel(RecoveryStore store, Executor background, Executor uiThread,
                             BiConsumer<Path, RecoveryCopy> open) {
        this.store = Objects.requireNonNull(store);
        this.background = DropWhenClosed.wrap(background);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.open = Objects.requireNonNull(open);
    }

    // Commands

    /** Lists the copies left behind; runs {@code whenAny} on the FX thread when there are some. */
    public void check(Runnable whenAny) {
        background.execute(() -> {
            List<Entry> found = new ArrayList<>();
            for (RecoveryCopy copy : store.pending()) {
                found.add(new Entry(copy, skillDirOf(copy.file())));
            }
            uiThread.execute(() -> {
                entries.setAll(found);
                if (!found.isEmpty()) {
                    whenAny.run();
                }
            });
        });
    }

    /** Opens the copy's text in its editor; the copy stays on disk until that text is saved or discarded there. */
    public void open(Entry entry) {
        if (entry.openable() && entries.remove(entry)) {
            open.accept(entry.skillDir(), entry.copy());
        }
    }

    /** Deletes the copy: the user does not want that text. */
    public void discard(Entry entry) {
        if (entries.remove(entry)) {
            Path file = entry.copy().file();
            background.execute(() -> store.discard(file));
        }
    }

    private static Path skillDirOf(Path file) {
        for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (EditableFiles.skillFile(dir) != null) {
                return dir;
            }
        }
        return null;
    }

    // Property getters

    /** The copies not yet decided about, newest first. */
    public ObservableList<Entry> entries() {
        return entriesView;
    }
}
