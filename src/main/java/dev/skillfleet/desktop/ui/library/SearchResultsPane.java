package dev.skillfleet.desktop.ui.library;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The ranked results while a query is typed: name, category and badge, then one line saying why it matched. */
final class SearchResultsPane extends ListView<SearchResult> {

    SearchResultsPane(LibraryViewModel viewModel) {
        super(viewModel.getResults());
        setId("library-results");
        getStyleClass().add("library-results");
        setCellFactory(list -> new ResultCell());
        Label none = new Label("No skill matches. Try fewer or other words, or clear the filters.");
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        setPlaceholder(none);
        getSelectionModel().selectedItemProperty().subscribe(result -> {
            if (result != null && viewModel.selectedProperty().get() != result.skill()) {
                viewModel.select(result.skill());
            }
        });
    }

    /** Selects the best result; for Enter in the search field. */
    void selectFirst() {
        if (!getItems().isEmpty()) {
            getSelectionModel().select(0);
            scrollTo(0);
        }
    }

    private static final class ResultCell extends ListCell<SearchResult> {
        private final Label name = new Label();
        private final Label category = new Label();
        private final Label badge = new Label();
        private final Label why = new Label();
        private final VBox box;

        ResultCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            category.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            why.setMinWidth(0);
            name.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, name, category, spacer, badge);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, why);
            box.setMinWidth(0);
            box.setPrefWidth(1); // follow the list's width instead of the longest line
        }

        @Override
        protected void updateItem(SearchResult result, boolean empty) {
            super.updateItem(result, empty);
            setText(null);
            if (empty || result == null) {
                setGraphic(null);
                return;
            }
            LibrarySkill skill = result.skill();
            name.setText(skill.name());
            String where = skill.category().isEmpty() ? skill.root().getFileName().toString() : skill.category();
            category.setText(skill.draft() ? where + " \u00b7 draft" : where);
            Badges.style(badge, skill.validity());
            why.setText(result.why().isEmpty() ? skill.summary() : result.why());
            setGraphic(box);
        }
    }
}
