package dev.skillfleet.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.editor.HistoryVersion;
import dev.skillfleet.desktop.core.editor.TextDiff;
import dev.skillfleet.desktop.core.library.SkillFolderFiles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The history side pane of the file in front: its versions (time, size), the side-by-side diff of the one or two
 * selected, and "Restore this version", which puts the version's text in the editor as one undoable edit.
 */
final class HistoryPane extends VBox {

    private static final String STYLESHEET = Objects.requireNonNull(
            HistoryPane.class.getResource("history.css"), "history.css missing").toExternalForm();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    HistoryPane(EditorWindowViewModel window) {
        HistoryViewModel model = window.history();
        setId("history-pane");
        getStyleClass().add("history-pane");
        getStylesheets().add(STYLESHEET);
        setSpacing(6);
        setPadding(new Insets(8));

        Label title = new Label();
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(model.fileProperty().map(f -> "History of " + f.getFileName())
                .orElse("History"));
        Label hint = new Label("Select one version to compare it with the editor, two to compare them.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        ListView<HistoryVersion> versions = new ListView<>(model.versions());
        versions.setId("history-versions");
        versions.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        versions.setCellFactory(list -> new VersionCell());
        versions.setPlaceholder(new Label("No saved versions yet: each save keeps one."));
        versions.getSelectionModel().getSelectedItems().addListener((ListChangeListener<HistoryVersion>) c ->
                window.compare(List.copyOf(versions.getSelectionModel().getSelectedItems())));

        Button restore = new Button("Restore this version");
        restore.setId("history-restore");
        restore.getStyleClass().add(Styles.SMALL);
        restore.setTooltip(new Tooltip("Puts this version's text in the editor; nothing is saved until you save"));
        restore.disableProperty().bind(Bindings.size(versions.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        restore.setOnAction(e -> window.restore(versions.getSelectionModel().getSelectedItem()));
        Button refresh = new Button("Refresh");
        refresh.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        refresh.setOnAction(e -> model.refresh());
        HBox actions = new HBox(6, restore, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label diffTitle = new Label();
        diffTitle.setId("history-diff-title");
        diffTitle.getStyleClass().add(Styles.TEXT_SMALL);
        diffTitle.textProperty().bind(model.diffTitleProperty());
        ListView<TextDiff.Row> diff = new ListView<>();
        diff.setId("history-diff");
        diff.getStyleClass().add("history-diff");
        diff.setCellFactory(list -> new RowCell());
        diff.setPlaceholder(new Label("Select versions to see what changed."));
        model.diffProperty().subscribe(d -> diff.getItems().setAll(d == null ? List.of() : d.rows()));

        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox top = new VBox(6, title, hint, versions, actions);
        VBox.setVgrow(versions, Priority.ALWAYS);
        VBox bottom = new VBox(4, diffTitle, diff);
        VBox.setVgrow(diff, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.35);
        getChildren().addAll(message, split);
        VBox.setVgrow(split, Priority.ALWAYS);
    }

    private static final class VersionCell extends ListCell<HistoryVersion> {
        @Override
        protected void updateItem(HistoryVersion version, boolean empty) {
            super.updateItem(version, empty);
            setText(empty || version == null ? null
                    : TIME.format(version.time()) + "  \u00b7  " + SkillFolderFiles.formatSize(version.size()));
        }
    }

    /** One line of each side; the side that changed is coloured. */
    private static final class RowCell extends ListCell<TextDiff.Row> {
        private final Label leftLine = lineNumber();
        private final Label left = side("diff-left");
        private final Label rightLine = lineNumber();
        private final Label right = side("diff-right");
        private final GridPane grid = new GridPane();

        RowCell() {
            ColumnConstraints number = new ColumnConstraints(36);
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(46);
            half.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(number, half, number, half);
            grid.addRow(0, leftLine, left, rightLine, right);
            setGraphic(null);
        }

        @Override
        protected void updateItem(TextDiff.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("diff-same", "diff-changed", "diff-added", "diff-removed");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            getStyleClass().add("diff-" + row.kind().name().toLowerCase(Locale.ROOT));
            leftLine.setText(row.leftLine() > 0 ? Integer.toString(row.leftLine()) : "");
            left.setText(row.left() == null ? "" : row.left());
            rightLine.setText(row.rightLine() > 0 ? Integer.toString(row.rightLine()) : "");
            right.setText(row.right() == null ? "" : row.right());
            setGraphic(grid);
        }

        private static Label lineNumber() {
            Label label = new Label();
            label.getStyleClass().add("diff-line-number");
            return label;
        }

        private static Label side(String styleClass) {
            Label label = new Label();
            label.getStyleClass().addAll("diff-text", styleClass);
            label.setMaxWidth(Double.MAX_VALUE);
            return label;
        }
    }
}
