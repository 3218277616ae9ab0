package dev.skillfleet.desktop.ui.chat;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A user message, right-aligned. Huge messages (a pasted megabyte) show their beginning only: laying out a
 * megabyte of wrapped text would freeze the window, and the whole text is still sent and can be copied.
 */
final class UserMessageView extends HBox {

    static final int PREVIEW_CHARS = 20_000;

    private final BranchSwitcher branches;

    UserMessageView(MessageViewModel message, ChatViewModel chat, DesktopActions actions) {
        getStyleClass().addAll("message", "user-message");
        String text = message.getContent();
        Label bubble = new Label(text.length() <= PREVIEW_CHARS ? text : text.substring(0, PREVIEW_CHARS) + "\u2026");
        bubble.setWrapText(true);
        bubble.getStyleClass().add("user-bubble");
        bubble.setMaxWidth(640);
        VBox column = new VBox(4, bubble);
        column.setAlignment(Pos.TOP_RIGHT);
        if (text.length() > PREVIEW_CHARS) {
            Label note = new Label("Showing the first " + format(PREVIEW_CHARS) + " of " + format(text.length())
                    + " characters");
            note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Button copy = new Button("Copy full message");
            copy.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            copy.setOnAction(e -> actions.copyToClipboard(text));
            column.getChildren().add(new HBox(8, note, copy));
        }
        branches = new BranchSwitcher(message, chat);
        Button edit = new Button("Edit");
        edit.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "edit-message");
        edit.setTooltip(new javafx.scene.control.Tooltip("Change and send again; this version is kept"));
        edit.disableProperty().bind(chat.busyProperty());
        edit.setVisible(message.id() != null);
        edit.setManaged(message.id() != null);
        HBox actionsRow = new HBox(4, branches, edit);
        actionsRow.setAlignment(Pos.CENTER_RIGHT);
        column.getChildren().add(actionsRow);
        edit.setOnAction(e -> column.getChildren().setAll(editor(message, chat, () -> {
            column.getChildren().setAll(bubble, actionsRow);
        })));
        getChildren().add(column);
        setAlignment(Pos.TOP_RIGHT);
    }

    /** The message in an editable box: Send makes a new version of it (and a new answer), Cancel goes back. */
    private static VBox editor(MessageViewModel message, ChatViewModel chat, Runnable cancel) {
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(message.getContent());
        text.getStyleClass().add("edit-box");
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(10, Math.max(2, message.getContent().split("\n", -1).length)));
        text.setMaxWidth(640);
        Button send = new Button("Send");
        send.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL, "edit-send");
        send.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> text.getText().isBlank() || chat.busyProperty().get(), text.textProperty(), chat.busyProperty()));
        send.setOnAction(e -> chat.editAndResend(message, text.getText()));
        Button cancelButton = new Button("Cancel");
        cancelButton.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "edit-cancel");
        cancelButton.setOnAction(e -> cancel.run());
        HBox buttons = new HBox(6, cancelButton, send);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(6, text, buttons);
        box.setAlignment(Pos.TOP_RIGHT);
        javafx.application.Platform.runLater(text::requestFocus);
        return box;
    }

    void dispose() {
        branches.dispose();
    }

    private static String format(int n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
