package dev.skillfleet.desktop.ui.chat;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Subscription;

/** "‹ 2/3 ›": moves between the versions of a message (regenerated answers, edited questions). */
final class BranchSwitcher extends HBox {

    private final Subscription subscription;

    BranchSwitcher(MessageViewModel message, ChatViewModel chat) {
        getStyleClass().add("branch-switcher");
        setAlignment(Pos.CENTER_LEFT);
        Button previous = new Button("\u2039");
        previous.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "branch-previous");
        previous.setOnAction(e -> chat.showSibling(message, -1));
        Button next = new Button("\u203a");
        next.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "branch-next");
        next.setOnAction(e -> chat.showSibling(message, 1));
        Label position = new Label();
        position.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "branch-position");
        getChildren().addAll(previous, position, next);
        Runnable refresh = () -> {
            int index = message.siblingIndexProperty().get();
            int count = message.siblingsProperty().get();
            position.setText((index + 1) + "/" + count);
            previous.setDisable(index == 0 || chat.busyProperty().get());
            next.setDisable(index >= count - 1 || chat.busyProperty().get());
            setVisible(count > 1);
            setManaged(count > 1);
        };
        subscription = Subscription.combine(message.siblingIndexProperty().subscribe(refresh),
                message.siblingsProperty().subscribe(refresh), chat.busyProperty().subscribe(refresh));
    }

    void dispose() {
        subscription.unsubscribe();
    }
}
