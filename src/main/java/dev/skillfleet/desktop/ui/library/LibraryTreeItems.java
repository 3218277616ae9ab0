package dev.skillfleet.desktop.ui.library;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;

import java.util.List;

/**
 * Mirrors a {@link LibraryNode} tree as {@link TreeItem}s: each item follows its node's children list change by
 * change, so skills appear as the scan goes and expanded folders stay expanded.
 */
final class LibraryTreeItems {

    private LibraryTreeItems() {
    }

    static TreeItem<LibraryNode> of(LibraryNode node) {
        TreeItem<LibraryNode> item = new TreeItem<>(node);
        item.getChildren().setAll(node.getChildren().stream().map(LibraryTreeItems::of).toList());
        // The node list only ever adds and removes, so each change maps onto the same positions.
        node.getChildren().addListener((ListChangeListener<LibraryNode>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    item.getChildren().remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
                }
                if (change.wasAdded()) {
                    List<TreeItem<LibraryNode>> added = change.getAddedSubList().stream()
                            .map(LibraryTreeItems::of).toList();
                    item.getChildren().addAll(change.getFrom(), added);
                }
            }
        });
        if (node.kind() == LibraryNode.Kind.ROOT) {
            item.setExpanded(true);
        }
        return item;
    }

    /** The item showing {@code node} under {@code from}, expanding nothing; null when it is not there. */
    static TreeItem<LibraryNode> find(TreeItem<LibraryNode> from, LibraryNode node) {
        if (from.getValue() == node) {
            return from;
        }
        for (TreeItem<LibraryNode> child : from.getChildren()) {
            LibraryNode value = child.getValue();
            // Only descend where the node can be: its ancestors share its root, and a category holds its path.
            if (value == node) {
                return child;
            }
            if (value.kind() != LibraryNode.Kind.SKILL && contains(value, node)) {
                TreeItem<LibraryNode> found = find(child, node);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean contains(LibraryNode ancestor, LibraryNode node) {
        for (LibraryNode at = node.parent(); at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
