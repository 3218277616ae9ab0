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

    UserMessageView(MessageViewModel message, DesktopActions actions) {
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
        getChildren().add(column);
        setAlignment(Pos.TOP_RIGHT);
    }

    private static String format(int n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
