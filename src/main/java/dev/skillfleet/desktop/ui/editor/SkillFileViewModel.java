package dev.skillfleet.desktop.ui.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One of a skill's other files (references/, scripts/, …) open in its own tab: its text and whether it differs from
 * what was last loaded or saved. Saving is not here: the lead's saver writes {@link #textProperty()} and then calls
 * {@link #markSaved}.
 */
public final class SkillFileViewModel {

    private final Path file;
    private final String relativePath;
    private String baseline;

    // Properties
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final FindReplace find = new FindReplace(text);

    /** @param text the file's content as loaded; "\r\n" is read as "\n" */
    public SkillFileViewModel(Path file, String relativePath, String text) {
        this.file = Objects.requireNonNull(file);
        this.relativePath = Objects.requireNonNull(relativePath);
        this.baseline = EditableFiles.normalize(text);
        this.text.set(baseline);
        this.text.addListener((obs, old, now) -> dirty.set(!Objects.equals(now, baseline)));
    }

    // Commands

    /** The text was written to disk: it is the new baseline for the dirty flag. */
    public void markSaved(String savedText) {
        baseline = EditableFiles.normalize(savedText);
        dirty.set(!baseline.equals(text.get()));
    }

    /** Replaces the text with the file's content read again (e.g. changed on disk) and makes it the baseline. */
    public void reload(String content) {
        baseline = EditableFiles.normalize(content);
        text.set(baseline);
        dirty.set(false);
    }

    public Path file() {
        return file;
    }

    /** E.g. {@code references/api.md}. */
    public String relativePath() {
        return relativePath;
    }

    /** The last segment, for the tab. */
    public String name() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? relativePath : relativePath.substring(slash + 1);
    }

    // Property getters

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public FindReplace find() {
        return find;
    }
}
