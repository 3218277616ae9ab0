package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.editor.HistoryVersion;
import dev.skillfleet.desktop.core.editor.SkillHistory;
import dev.skillfleet.desktop.core.editor.TextDiff;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The history panel's state for the file in front: its kept versions (newest first), the diff between the versions
 * the user selected (one version: against the editor's current text), and restoring a version's text. Reads and diffs
 * run off the FX thread; a result for a file no longer shown, or a selection since replaced, is dropped.
 */
public final class HistoryViewModel {

    /** The name of the editor's text in a diff's heading. */
    static final String CURRENT = "current text";

    private final EditorFiles files;
    private final Executor background;
    private final Executor uiThread;
    /** Count the list's and the diff's requests: only the latest answer of each is shown. */
    private long listRequest;
    private long diffRequest;

    // Properties
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObservableList<HistoryVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<HistoryVersion> versionsView = FXCollections.unmodifiableObservableList(versions);
    private final ReadOnlyObjectWrapper<TextDiff> diff = new ReadOnlyObjectWrapper<>(this, "diff");
    private final ReadOnlyStringWrapper diffTitle = new ReadOnlyStringWrapper(this, "diffTitle", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public HistoryViewModel(EditorFiles files, Executor background, Executor uiThread) {
        this.files = Objects.requireNonNull(files);
        this.background = DropWhenClosed.wrap(background);
        this.uiThread = Objects.requireNonNull(uiThread);
    }

    // Commands

    /** Shows the history of {@code file} (null: none). */
    public void show(Path file) {
        Path normalized = file == null ? null : file.toAbsolutePath().normalize();
        if (!Objects.equals(normalized, this.file.get())) {
            this.file.set(normalized);
            versions.clear();
            clearDiff();
        }
        refresh();
    }

    /** Reads the versions again (after a save). */
    public void refresh() {
        Path shown = file.get();
        long mine = ++listRequest;
        if (shown == null) {
            versions.clear();
            return;
        }
        SkillHistory history = files.history(shown);
        background.execute(() -> {
            try {
                List<HistoryVersion> read = history.versions();
                answer(mine, true, () -> {
                    versions.setAll(read);
                    message.set("");
                });
            } catch (IOException | RuntimeException e) {
                answer(mine, true, () -> message.set("The history of " + shown.getFileName() + " could not be read: "
                        + e.getMessage()));
            }
        });
    }

    /**
     * The diff for the versions selected: two → from the older to the newer; one → from that version to the editor's
     * text; none or more than two → no diff.
     */
    public void compare(List<HistoryVersion> selected, String currentText) {
        Path shown = file.get();
        long mine = ++diffRequest;
        if (shown == null || selected.isEmpty() || selected.size() > 2) {
            clearDiff();
            return;
        }
        List<HistoryVersion> ordered = selected.stream().sorted(Comparator.comparing(HistoryVersion::id)).toList();
        SkillHistory history = files.history(shown);
        background.execute(() -> {
            try {
                TextDiff result = ordered.size() == 2 ? history.diff(ordered.get(0).id(), ordered.get(1).id())
                        : TextDiff.between(history.read(ordered.getFirst().id()), currentText,
                        ordered.getFirst().id(), CURRENT);
                String title = ordered.size() == 2 ? ordered.get(0).id() + " \u2192 " + ordered.get(1).id()
                        : ordered.getFirst().id() + " \u2192 " + CURRENT;
                answer(mine, false, () -> {
                    diff.set(result);
                    diffTitle.set(title + (result.identical() ? " (no differences)" : ""));
                });
            } catch (IOException | RuntimeException e) {
                answer(mine, false, () -> message.set("That version could not be read: " + e.getMessage()));
            }
        });
    }

    /** Reads a version's text and hands it to {@code into} on the FX thread (nothing is saved). */
    public void restore(HistoryVersion version, Consumer<String> into) {
        Path shown = file.get();
        if (shown == null) {
            return;
        }
        SkillHistory history = files.history(shown);
        background.execute(() -> {
            try {
                String text = history.restore(version.id());
                uiThread.execute(() -> {
                    if (shown.equals(file.get())) {
                        into.accept(text);
                    }
                });
            } catch (IOException | RuntimeException e) {
                uiThread.execute(() -> message.set("Version " + version.id() + " could not be read: "
                        + e.getMessage()));
            }
        });
    }

    private void answer(long mine, boolean list, Runnable apply) {
        uiThread.execute(() -> {
            if (mine == (list ? listRequest : diffRequest)) {
                apply.run();
            }
        });
    }

    private void clearDiff() {
        diffRequest++;
        diff.set(null);
        diffTitle.set("");
    }

    // Property getters

    /** The file whose history is shown; null for none. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Newest first. */
    public ObservableList<HistoryVersion> versions() {
        return versionsView;
    }

    /** The diff to show side by side; null when fewer or more than two things are selected. */
    public ReadOnlyObjectProperty<TextDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty diffTitleProperty() {
        return diffTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
