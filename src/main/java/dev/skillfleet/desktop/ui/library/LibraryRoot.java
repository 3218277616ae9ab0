package dev.skillfleet.desktop.ui.library;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;

/**
 * One library root the view shows: the main library or a folder the user added. Its state changes on the FX thread.
 *
 * @see LibraryViewModel#getRoots()
 */
public final class LibraryRoot {

    private final Path path;
    private final boolean main;
    private final LibraryNode node;
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(this, "scanning", true);
    private final ReadOnlyIntegerWrapper skillCount = new ReadOnlyIntegerWrapper(this, "skillCount");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    LibraryRoot(Path path, boolean main, LibraryNode node) {
        this.path = path;
        this.main = main;
        this.node = node;
    }

    public Path path() {
        return path;
    }

    /** The app's own library (drafts are written there); it cannot be removed from the view. */
    public boolean main() {
        return main;
    }

    /** Its node in the tree. */
    public LibraryNode node() {
        return node;
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning.getReadOnlyProperty();
    }

    /** Every skill found in it, drafts and filtered-out ones included. */
    public ReadOnlyIntegerProperty skillCountProperty() {
        return skillCount.getReadOnlyProperty();
    }

    /** Why it could not be read (e.g. the folder is gone); "" when fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setScanning(boolean value) {
        scanning.set(value);
    }

    void setSkillCount(int value) {
        skillCount.set(value);
    }

    void setProblem(String value) {
        problem.set(value == null ? "" : value);
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
