package dev.skillfleet.desktop.ui.library;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import dev.skillfleet.desktop.core.library.SkillFolderFiles.Entry;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.function.Consumer;

/**
 * A skill's files, indented by folder, with sizes (virtualized: a skill may hold thousands). Double-click or Enter
 * opens a file in the viewer.
 */
final class SkillFilesList extends ListView<Entry> {

    private static final double ROW = 26;

    SkillFilesList(SkillFolderFiles.Listing listing, Consumer<Entry> open) {
        setId("skill-files");
        getStyleClass().addAll("skill-files", Styles.DENSE);
        getItems().setAll(listing.entries());
        setFixedCellSize(ROW);
        setPrefHeight(Math.min(listing.entries().size(), 14) * ROW + 4);
        setMinHeight(ROW + 4);
        setCellFactory(list -> new FileCell());
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(open);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(open);
                e.consume();
            }
        });
    }

    private void openSelected(Consumer<Entry> open) {
        Entry entry = getSelectionModel().getSelectedItem();
        if (entry != null && !entry.directory()) {
            open.accept(entry);
        }
    }

    private static final class FileCell extends ListCell<Entry> {
        private final Region indent = new Region();
        private final Label name = new Label();
        private final Label size = new Label();
        private final HBox box;

        FileCell() {
            size.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            name.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(4, indent, name, spacer, size);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            double width = entry.depth() * 16.0;
            indent.setMinWidth(width);
            indent.setPrefWidth(width);
            name.setText(entry.directory() ? entry.name() + "/" : entry.link() ? entry.name() + " \u2192 (link)"
                    : entry.name());
            name.getStyleClass().remove(Styles.TEXT_BOLD);
            if (entry.directory()) {
                name.getStyleClass().add(Styles.TEXT_BOLD);
            }
            size.setText(entry.link() ? "" : SkillFolderFiles.formatSize(entry.size()));
            setGraphic(box);
        }
    }
}
