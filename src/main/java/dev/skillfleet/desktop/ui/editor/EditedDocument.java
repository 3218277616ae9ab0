package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.EditedFile;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One file open in an editor window as saving sees it: the tab's text and dirty flag (SKILL.md's or another file's
 * ViewModel) paired with the {@link EditedFile} that knows how the file is stored and what it held when read. The
 * {@code EditedFile} arrives from a background read a moment after the tab; until then the file cannot be saved.
 * FX thread only.
 */
final class EditedDocument {

    private final Path file;
    private final StringProperty text;
    private final ObservableBooleanValue dirty;
    private final Consumer<String> markSaved;
    private EditedFile edited;
    /** A recovery copy was offered for this file since its last save: the next clean tick must clear it. */
    private boolean offered;

    private EditedDocument(Path file, StringProperty text, ObservableBooleanValue dirty, Consumer<String> markSaved) {
        this.file = file.toAbsolutePath().normalize();
        this.text = Objects.requireNonNull(text);
        this.dirty = Objects.requireNonNull(dirty);
        this.markSaved = Objects.requireNonNull(markSaved);
    }

    static EditedDocument skill(SkillEditorViewModel editor, EditedFile skillMd) {
        EditedDocument doc = new EditedDocument(skillMd.path(), editor.textProperty(), editor.dirtyProperty(),
                editor::markSaved);
        doc.edited = skillMd;
        return doc;
    }

    static EditedDocument of(SkillFileViewModel file) {
        return new EditedDocument(file.file(), file.textProperty(), file.dirtyProperty(), file::markSaved);
    }

    Path file() {
        return file;
    }

    /** The file's name for sentences: {@code SKILL.md}, {@code api.md}. */
    String name() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    String text() {
        String now = text.get();
        return now == null ? "" : now;
    }

    /** Replaces the tab's text as one edit the user can undo (the code area applies it as one change). */
    void replaceText(String now) {
        text.set(now);
    }

    boolean dirty() {
        return dirty.get();
    }

    void markSaved(String savedText) {
        markSaved.accept(savedText);
        offered = false;
    }

    /** Null while the file is still being read. */
    EditedFile edited() {
        return edited;
    }

    void opened(EditedFile file) {
        this.edited = file;
    }

    boolean offered() {
        return offered;
    }

    void offered(boolean offered) {
        this.offered = offered;
    }
}
