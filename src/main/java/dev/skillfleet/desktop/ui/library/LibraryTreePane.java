package dev.skillfleet.desktop.ui.library;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The library as a tree (virtualized): roots, categories, skills. Selecting a skill shows its details; a skill
 * selected elsewhere (in the results) is selected here too when the tree shows it.
 */
final class LibraryTreePane extends TreeView<LibraryNode> {

    private final LibraryViewModel viewModel;
    private final TreeItem<LibraryNode> hiddenRoot = new TreeItem<>();

    LibraryTreePane(LibraryViewModel viewModel) {
        this.viewModel = viewModel;
        setId("library-tree");
        getStyleClass().add("library-tree");
        setShowRoot(false);
        setRoot(hiddenRoot);
        setCellFactory(tree -> new LibraryTreeCell());
        viewModel.getRoots().forEach(r -> hiddenRoot.getChildren().add(LibraryTreeItems.of(r.node())));
        viewModel.getRoots().addListener((ListChangeListener<LibraryRoot>) change -> rebuildRoots());
        getSelectionModel().selectedItemProperty().subscribe(item -> {
            if (item != null && item.getValue() != null && item.getValue().kind() == LibraryNode.Kind.SKILL) {
                if (viewModel.selectedProperty().get() != item.getValue().skill()) {
                    viewModel.select(item.getValue().skill());
                }
            }
        });
        viewModel.selectedProperty().subscribe(this::reveal);
        viewModel.searchingProperty().subscribe(searching -> {
            if (!searching) {
                reveal(viewModel.selectedProperty().get());
            }
        });
        setContextMenu(rootMenu());
    }

    /** The root whose row is selected, for "Remove folder"; null when a skill or category is selected. */
    LibraryRoot selectedRoot() {
        TreeItem<LibraryNode> item = getSelectionModel().getSelectedItem();
        if (item == null || item.getValue() == null || item.getValue().kind() != LibraryNode.Kind.ROOT) {
            return null;
        }
        return viewModel.getRoots().stream().filter(r -> r.node() == item.getValue()).findFirst().orElse(null);
    }

    private void rebuildRoots() {
        // Roots come and go rarely (added or removed folders); the items of the roots that stay are kept, so their
        // expanded folders stay open. Each root's own items follow its node.
        java.util.Map<LibraryNode, TreeItem<LibraryNode>> kept = new java.util.HashMap<>();
        hiddenRoot.getChildren().forEach(item -> kept.put(item.getValue(), item));
        hiddenRoot.getChildren().setAll(viewModel.getRoots().stream()
                .map(r -> kept.containsKey(r.node()) ? kept.get(r.node()) : LibraryTreeItems.of(r.node()))
                .toList());
    }

    /** Selects and scrolls to the skill's row, opening its categories. */
    private void reveal(LibrarySkill skill) {
        LibraryNode node = viewModel.nodeOf(skill);
        if (node == null) {
            return;
        }
        TreeItem<LibraryNode> current = getSelectionModel().getSelectedItem();
        if (current != null && current.getValue() == node) {
            return;
        }
        TreeItem<LibraryNode> item = LibraryTreeItems.find(hiddenRoot, node);
        if (item == null) {
            return;
        }
        for (TreeItem<LibraryNode> up = item.getParent(); up != null; up = up.getParent()) {
            up.setExpanded(true);
        }
        getSelectionModel().select(item);
        int row = getRow(item);
        // Scrolled only when the row is off screen: jumping a visible row to the top loses the reader's place.
        if (row >= 0 && lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            if (first == null || last == null || row <= first.getIndex() || row >= last.getIndex()) {
                scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private ContextMenu rootMenu() {
        MenuItem remove = new MenuItem("Remove folder from the library view");
        remove.setOnAction(e -> viewModel.removeRoot(selectedRoot()));
        ContextMenu menu = new ContextMenu(remove);
        menu.setOnShowing(e -> {
            LibraryRoot root = selectedRoot();
            remove.setDisable(root == null || root.main());
        });
        return menu;
    }
}
