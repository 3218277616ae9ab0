package dev.skillfleet.desktop.ui.sessions;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.store.SessionExport;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One conversation in the sidebar: pin marker, title, when it was last used; a click opens it, its context menu
 * renames (in place), pins, exports (when the sidebar can) and deletes it. Renaming edits the title in the row
 * itself: Enter or leaving the field keeps the text, Esc drops it.
 */
final class SessionCell extends ListCell<SessionItem> {

    /** What the menu's export items ask the sidebar to do: choose a file, then export to it. */
    @FunctionalInterface
    interface Exporter {
        void export(SessionItem item, SessionExport.Format format, boolean withThinking);
    }

    private static final PseudoClass UNTITLED = PseudoClass.getPseudoClass("untitled");

    private final SessionsViewModel viewModel;
    private final Region pin = new Region();
    private final Label title = new Label();
    private final Label when = new Label();
    private final HBox row = new HBox(6, pin, title, when);
    private final TextField editor = new TextField();
    private final MenuItem pinItem = new MenuItem("Pin");
    private final ContextMenu menu;
    private final Tooltip tooltip = new Tooltip();

    SessionCell(SessionsViewModel viewModel) {
        this(viewModel, null);
    }

    /** @param exporter null: the menu has no export items */
    SessionCell(SessionsViewModel viewModel, Exporter exporter) {
        this.viewModel = viewModel;
        getStyleClass().add("session-cell");
        // Never wider than the list: a long title ends in an ellipsis rather than scrolling sideways.
        setPrefWidth(0);
        pin.getStyleClass().add("session-pin");
        title.getStyleClass().add("session-title");
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        when.getStyleClass().addAll("session-when", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        when.setMinWidth(Region.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        editor.getStyleClass().add(Styles.SMALL);

        MenuItem rename = new MenuItem("Rename");
        rename.setOnAction(e -> startRename(getListView(), getIndex()));
        pinItem.setOnAction(e -> viewModel.togglePin(getItem()));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> viewModel.delete(getItem()));
        menu = new ContextMenu(rename, pinItem, new SeparatorMenuItem());
        if (exporter != null) {
            // Thinking is a separate item rather than a setting: the choice is seen where it is made, every time.
            MenuItem markdown = new MenuItem("Export as Markdown\u2026");
            markdown.setOnAction(e -> exporter.export(getItem(), SessionExport.Format.MARKDOWN, false));
            MenuItem markdownThinking = new MenuItem("Export as Markdown with thinking\u2026");
            markdownThinking.setOnAction(e -> exporter.export(getItem(), SessionExport.Format.MARKDOWN, true));
            MenuItem json = new MenuItem("Export as JSON\u2026");
            json.setOnAction(e -> exporter.export(getItem(), SessionExport.Format.JSON, false));
            menu.getItems().addAll(markdown, markdownThinking, json, new SeparatorMenuItem());
        }
        menu.getItems().add(delete);

        editor.setOnAction(e -> finishRename());
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        editor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isEditing()) {
                finishRename();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && !isEditing()) {
                viewModel.open(getItem());
            }
        });
    }

    /**
     * Renames the conversation in row {@code index}. The list is editable only while it does: an editable list would
     * start renaming on every click on the selected row.
     */
    static void startRename(ListView<SessionItem> list, int index) {
        if (index < 0 || index >= list.getItems().size()) {
            return;
        }
        list.setEditable(true);
        list.edit(index);
    }

    @Override
    protected void updateItem(SessionItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setContextMenu(null);
            setTooltip(null);
            return;
        }
        title.setText(item.title());
        title.pseudoClassStateChanged(UNTITLED, item.untitled());
        when.setText(item.when());
        pin.setVisible(item.pinned());
        pin.setManaged(item.pinned());
        pinItem.setText(item.pinned() ? "Unpin" : "Pin");
        tooltip.setText(item.title() + "\n" + item.details());
        setTooltip(tooltip);
        setContextMenu(menu);
        setGraphic(isEditing() ? editor : row);
    }

    @Override
    public void startEdit() {
        if (isEmpty() || getItem() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor.setText(getItem().untitled() ? "" : getItem().title());
        editor.setPromptText(SessionItem.UNTITLED);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(isEmpty() ? null : row);
        ListView<SessionItem> list = getListView();
        if (list != null) {
            list.setEditable(false);
        }
    }

    /** Keeps the typed title; a blank one is refused by the ViewModel and the old title stays. */
    private void finishRename() {
        SessionItem item = getItem();
        String text = editor.getText();
        ListView<SessionItem> list = getListView();
        cancelEdit();
        viewModel.rename(item, text);
        if (list != null) {
            list.requestFocus();
        }
    }
}
