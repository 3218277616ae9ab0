package dev.skillfleet.desktop.ui.library;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One node of the library tree: a library root, a category, or a skill. Nodes are kept and updated in place as the
 * scan goes and the disk changes, so the view's tree keeps its expansion and selection. Changed only on the FX thread.
 */
public final class LibraryNode {

    public enum Kind { ROOT, CATEGORY, SKILL }

    /** Categories first, then skills; each alphabetically, ties broken by path. */
    static final Comparator<LibraryNode> ORDER = Comparator
            .comparing((LibraryNode n) -> n.kind != Kind.CATEGORY)
            .thenComparing(n -> n.label.toLowerCase(Locale.ROOT))
            .thenComparing(n -> n.key);

    private final Kind kind;
    private final String label;
    private final Path root;
    /** The category path for a category ("python/async"), the skill folder for a skill, the root for a root. */
    private final String key;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyObjectWrapper<LibrarySkill> skill = new ReadOnlyObjectWrapper<>(this, "skill");
    private final ObservableList<LibraryNode> children = FXCollections.observableArrayList();
    private final ObservableList<LibraryNode> readOnlyChildren = FXCollections.unmodifiableObservableList(children);
    private LibraryNode parent;

    private LibraryNode(Kind kind, String label, Path root, String key) {
        this.kind = kind;
        this.label = Objects.requireNonNull(label);
        this.root = Objects.requireNonNull(root);
        this.key = Objects.requireNonNull(key);
    }

    static LibraryNode root(Path root, String label) {
        return new LibraryNode(Kind.ROOT, label, root, root.toString());
    }

    static LibraryNode category(Path root, String path) {
        int slash = path.lastIndexOf('/');
        return new LibraryNode(Kind.CATEGORY, slash < 0 ? path : path.substring(slash + 1), root, path);
    }

    static LibraryNode skill(LibrarySkill skill) {
        LibraryNode node = new LibraryNode(Kind.SKILL, skill.name(), skill.root(), skill.dir().toString());
        node.skill.set(skill);
        node.count.set(1);
        return node;
    }

    public Kind kind() {
        return kind;
    }

    /** The folder name of a root, the last segment of a category, the skill's name. */
    public String label() {
        return label;
    }

    /** The library root this node belongs to. */
    public Path libraryRoot() {
        return root;
    }

    /** For a category, its whole path, e.g. "python/async"; for a skill its folder; for a root its path. */
    public String key() {
        return key;
    }

    /** Skills at or below this node that the current filter shows; 1 for a skill. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public int count() {
        return count.get();
    }

    /** The skill of a SKILL node (replaced in place when it is reloaded); null for other nodes. */
    public ReadOnlyObjectProperty<LibrarySkill> skillProperty() {
        return skill.getReadOnlyProperty();
    }

    public LibrarySkill skill() {
        return skill.get();
    }

    public ObservableList<LibraryNode> getChildren() {
        return readOnlyChildren;
    }

    public LibraryNode parent() {
        return parent;
    }

    // Changes, made by LibraryTree only.

    void setSkill(LibrarySkill replacement) {
        skill.set(replacement);
    }

    void addToCount(int delta) {
        count.set(count.get() + delta);
    }

    void insert(LibraryNode child) {
        int at = java.util.Collections.binarySearch(children, child, ORDER);
        child.parent = this;
        children.add(at < 0 ? -at - 1 : at, child);
    }

    void removeChild(LibraryNode child) {
        children.remove(child);
        child.parent = null;
    }

    void clearChildren() {
        children.forEach(c -> c.parent = null);
        children.clear();
        count.set(0);
    }

    LibraryNode childCategory(String name) {
        for (LibraryNode child : children) {
            if (child.kind == Kind.CATEGORY && child.label.equals(name)) {
                return child;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return kind + " " + key + " (" + count.get() + ")";
    }
}
