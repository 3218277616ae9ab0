package dev.skillfleet.desktop.ui.sessions;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.skillfleet.desktop.core.store.SessionExport;
import dev.skillfleet.desktop.ui.fx.HoverTooltips;
import dev.skillfleet.desktop.ui.library.FileDialogs;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Objects;

/**
 * The conversations sidebar, a narrow column: New chat, a search field, the list (or, while a query is typed, the
 * messages that match), a problem with the store when there is one, and the undo bar after a deletion. With a
 * {@link SessionTransfersViewModel}, also Import… beside New chat, export items in each conversation's menu, and what
 * the last export or import did. Builds nodes and binds them to its ViewModels; nothing else.
 *
 * <p>Keys: in the list, Enter opens, F2 renames, Delete deletes the selected conversation; in the
 * search field, Enter opens the best hit, Down moves into the hits, Esc clears the query.
 */
public final class SessionsView extends VBox {

    static final double WIDTH = 240;

    private final SessionsViewModel viewModel;
    /** Null when the sidebar has no export and import (then dialogs is null too). */
    private final SessionTransfersViewModel transfers;
    private final FileDialogs dialogs;
    private final ListView<SessionItem> list = new ListView<>();
    private final ListView<SessionHit> results = new ListView<>();
    private boolean syncing;

    /** The sidebar without export and import. */
    public SessionsView(SessionsViewModel viewModel) {
        this(viewModel, null, null, false);
    }

    /**
     * The sidebar with export and import.
     *
     * @param dialogs the file choosers ({@link FileDialogs#system()} in the app)
     */
    public SessionsView(SessionsViewModel viewModel, SessionTransfersViewModel transfers, FileDialogs dialogs) {
        this(viewModel, Objects.requireNonNull(transfers, "transfers"), Objects.requireNonNull(dialogs, "dialogs"),
                true);
    }

    private SessionsView(SessionsViewModel viewModel, SessionTransfersViewModel transfers, FileDialogs dialogs,
                         boolean withTransfers) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.transfers = withTransfers ? transfers : null;
        this.dialogs = withTransfers ? dialogs : null;
        getStyleClass().add("sessions-view");
        getStylesheets().add(Objects.requireNonNull(SessionsView.class.getResource("sessions.css")).toExternalForm());
        setPrefWidth(WIDTH);
        setMinWidth(180);
        StackPane lists = new StackPane(sessionList(), searchResults());
        VBox.setVgrow(lists, Priority.ALWAYS);
        getChildren().addAll(newChat(), searchField(),
                errorBar("sessions-error", viewModel.errorProperty(), viewModel::dismissError));
        if (this.transfers != null) {
            getChildren().addAll(errorBar("sessions-transfer-error", this.transfers.errorProperty(),
                    this.transfers::dismissError), transferMessage());
        }
        getChildren().addAll(lists, undoBar());
    }

    private Node newChat() {
        Button button = new Button("New chat");
        button.setId("sessions-new");
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add(Styles.BUTTON_OUTLINED);
        HoverTooltips.install(button, "Start a new conversation");
        button.setOnAction(e -> viewModel.newSession());
        if (transfers == null) {
            return button;
        }
        Button open = new Button("Import\u2026");
        open.setId("sessions-import");
        open.setMinWidth(Button.USE_PREF_SIZE);
        open.getStyleClass().add(Styles.BUTTON_OUTLINED);
        HoverTooltips.install(open, "Import a conversation exported as JSON");
        open.setOnAction(e -> dialogs.openFile(window(), "Import a conversation", "Conversation exports (JSON)",
                "json").ifPresent(transfers::importSession));
        HBox.setHgrow(button, Priority.ALWAYS);
        return new HBox(6, button, open);
    }

    /** Asks where to write the conversation, offering a name made of its title; nothing happens when cancelled. */
    private void export(SessionItem item, SessionExport.Format format, boolean withThinking) {
        if (item == null) {
            return;
        }
        boolean json = format == SessionExport.Format.JSON;
        dialogs.saveFile(window(), json ? "Export as JSON" : withThinking ? "Export as Markdown with thinking"
                        : "Export as Markdown", SessionTransfersViewModel.fileName(item, format),
                json ? "JSON" : "Markdown", SessionTransfersViewModel.extension(format))
                .ifPresent(target -> transfers.exportSession(item, format, withThinking, target));
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private Node searchField() {
        TextField field = new TextField();
        field.setId("sessions-search");
        field.setPromptText("Search conversations");
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                viewModel.clearSearch();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !viewModel.getResults().isEmpty()) {
                viewModel.openHit(viewModel.getResults().getFirst());
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !viewModel.getResults().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        return field;
    }

    private Node sessionList() {
        list.setId("sessions-list");
        list.setItems(viewModel.getItems());
        list.setCellFactory(v -> new SessionCell(viewModel, transfers == null ? null : this::export));
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(viewModel.loadedProperty())
                .then("No conversations yet").otherwise(""));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.visibleProperty().bind(viewModel.searchingProperty().not());
        list.setOnKeyPressed(e -> {
            SessionItem chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null || list.getEditingIndex() >= 0) {
                return;
            }
            switch (e.getCode()) {
                case ENTER -> viewModel.open(chosen);
                case F2 -> SessionCell.startRename(list, list.getSelectionModel().getSelectedIndex());
                case DELETE -> viewModel.delete(chosen);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        // The selection follows the conversation the chat shows, also after the list is read again. Opening is
        // by click or Enter, never on a selection change: moving through the list with the arrows opens nothing.
        viewModel.selectedProperty().subscribe(this::select);
        viewModel.getItems().addListener((ListChangeListener<SessionItem>) c -> select(viewModel.selectedProperty().get()));
        return list;
    }

    private void select(SessionItem item) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (item == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(item);
            }
        } finally {
            syncing = false;
        }
    }

    private Node searchResults() {
        results.setId("sessions-results");
        results.setItems(viewModel.getResults());
        results.setCellFactory(v -> new SessionHitCell(viewModel));
        results.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        Label none = new Label();
        none.textProperty().bind(Bindings.when(viewModel.searchPendingProperty())
                .then("Searching\u2026").otherwise("No messages match"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        results.setPlaceholder(none);
        results.visibleProperty().bind(viewModel.searchingProperty());
        results.setOnKeyPressed(e -> {
            SessionHit hit = results.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && hit != null) {
                viewModel.openHit(hit);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.clearSearch();
                e.consume();
            }
        });
        return results;
    }

    /** A problem (with the store, or with an export or import), until dismissed; {@code id} is the text's. */
    private static Node errorBar(String id, ObservableStringValue error, Runnable dismissAction) {
        return dismissibleBar(id, error, dismissAction, "sessions-error");
    }

    /** What the last export or import did ("Exported “X” to …"), until dismissed or replaced. */
    private Node transferMessage() {
        return dismissibleBar("sessions-transfer-message", transfers.messageProperty(), transfers::dismissMessage,
                "sessions-transfer-bar");
    }

    private static Node dismissibleBar(String id, ObservableStringValue text, Runnable dismissAction,
                                       String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(text);
        HBox.setHgrow(label, Priority.ALWAYS);
        Button dismiss = new Button("\u2715");
        dismiss.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        dismiss.setMinWidth(Button.USE_PREF_SIZE);
        HoverTooltips.install(dismiss, "Dismiss");
        dismiss.setOnAction(e -> dismissAction.run());
        HBox bar = new HBox(4, label, dismiss);
        bar.setAlignment(Pos.TOP_LEFT);
        bar.getStyleClass().add(styleClass);
        bar.visibleProperty().bind(Bindings.isNotEmpty(text));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** "Deleted "X" — Undo" while the deletion can be undone. */
    private Node undoBar() {
        Label text = new Label();
        text.setId("sessions-undo-text");
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(Bindings.concat("Deleted \u201c", viewModel.undoTitleProperty(), "\u201d"));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button undo = new Button("Undo");
        undo.setId("sessions-undo");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        undo.setMinWidth(Button.USE_PREF_SIZE);
        undo.setOnAction(e -> viewModel.undo());
        Button dismiss = new Button("\u2715");
        dismiss.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        dismiss.setMinWidth(Button.USE_PREF_SIZE);
        HoverTooltips.install(dismiss, "Delete for good now");
        dismiss.setOnAction(e -> viewModel.dismissUndo());
        HBox bar = new HBox(4, text, undo, dismiss);
        bar.setId("sessions-undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("sessions-undo-bar");
        bar.visibleProperty().bind(viewModel.undoAvailableProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
