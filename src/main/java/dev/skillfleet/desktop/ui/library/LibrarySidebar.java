package dev.skillfleet.desktop.ui.library;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The left side: the search field, the filters, and the tree, or the ranked results while a query is typed, or the
 * empty state when the library has no skill yet.
 */
final class LibrarySidebar extends VBox {

    private final TextField search = new TextField();
    private final LibraryTreePane tree;
    private final SearchResultsPane results;

    LibrarySidebar(LibraryViewModel viewModel) {
        getStyleClass().add("library-sidebar");
        setSpacing(8);
        setPadding(new Insets(8));
        tree = new LibraryTreePane(viewModel);
        results = new SearchResultsPane(viewModel);

        search.setId("library-search");
        search.setPromptText("Search skills  (Ctrl+F)");
        search.setTooltip(new Tooltip("Searches names, descriptions and SKILL.md bodies; Esc clears, Enter picks"));
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN)
                    && viewModel.searchingProperty().get()) {
                results.selectFirst();
                results.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
                e.consume();
            }
        });

        StackPane lists = new StackPane(tree, results, EmptyState.of(viewModel));
        results.visibleProperty().bind(viewModel.searchingProperty());
        tree.visibleProperty().bind(viewModel.searchingProperty().not());
        VBox.setVgrow(lists, Priority.ALWAYS);
        getChildren().addAll(search, filters(viewModel), lists);
    }

    /** Ctrl+F: puts the caret in the search field with its text selected. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    LibraryTreePane tree() {
        return tree;
    }

    private Node filters(LibraryViewModel viewModel) {
        ToggleButton invalid = new ToggleButton("Invalid only");
        invalid.setId("filter-invalid");
        invalid.getStyleClass().addAll(Styles.SMALL, Styles.LEFT_PILL);
        invalid.setTooltip(new Tooltip("Only skills that fail validation (invalid or broken)"));
        invalid.selectedProperty().bindBidirectional(viewModel.invalidOnlyProperty());
        ToggleButton drafts = new ToggleButton("Drafts");
        drafts.setId("filter-drafts");
        drafts.getStyleClass().addAll(Styles.SMALL, Styles.RIGHT_PILL);
        drafts.setTooltip(new Tooltip("Drafts instead of the library's skills"));
        drafts.selectedProperty().bindBidirectional(viewModel.draftsProperty());

        ComboBox<String> category = new ComboBox<>();
        category.setId("category-filter");
        category.getStyleClass().add(Styles.SMALL);
        category.setMaxWidth(Double.MAX_VALUE);
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "All categories" : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        // null first: "All categories". Refilling the items must not pass through as a choice of the user.
        boolean[] filling = {false};
        Runnable fill = () -> {
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(viewModel.getCategories());
            String chosen = viewModel.categoryProperty().get();
            filling[0] = true;
            category.getItems().setAll(items);
            category.setValue(chosen);
            filling[0] = false;
        };
        fill.run();
        viewModel.getCategories().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        category.valueProperty().subscribe(v -> {
            if (!filling[0]) {
                viewModel.categoryProperty().set(v);
            }
        });
        viewModel.categoryProperty().subscribe(v -> category.setValue(v));
        HBox.setHgrow(category, Priority.ALWAYS);
        HBox row = new HBox(0, invalid, drafts);
        HBox box = new HBox(8, row, category);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** What an empty library shows: where it is and how to start one. */
    private static final class EmptyState {
        static Node of(LibraryViewModel viewModel) {
            Label title = new Label("No skills here yet");
            title.getStyleClass().add(Styles.TITLE_4);
            Label where = new Label("Your library is " + viewModel.mainRoot() + ".");
            where.setWrapText(true);
            Label how = new Label("A skill is a folder holding a SKILL.md file: create one with \u201cNew skill\u2026\u201d, "
                    + "ask the chat (\u201cCreate a skill for\u2026\u201d), copy skill folders into the library, or add a "
                    + "folder you already have, such as ~/.claude/skills, with \u201cAdd folder\u201d.");
            how.setWrapText(true);
            how.getStyleClass().add(Styles.TEXT_MUTED);
            VBox box = new VBox(8, title, where, how);
            box.setId("library-empty");
            box.getStyleClass().add("library-empty");
            box.setPadding(new Insets(16));
            box.setAlignment(Pos.TOP_LEFT);
            box.visibleProperty().bind(viewModel.emptyProperty().and(viewModel.searchingProperty().not()));
            box.managedProperty().bind(box.visibleProperty());
            return box;
        }
    }
}
