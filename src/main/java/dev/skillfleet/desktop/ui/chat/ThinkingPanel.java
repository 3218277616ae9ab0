package dev.skillfleet.desktop.ui.chat;

import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The collapsible thinking panel beside an answer: open with a live timer while the model thinks, collapsed when
 * the answer starts (unless the user keeps it open), then "Thought for 3.2 s". Bound to one message.
 */
final class ThinkingPanel extends VBox {

    private static final double EXPANDED_WIDTH = 320;

    private final ToggleButton header = new ToggleButton();
    private final WrappedText text = new WrappedText();
    private final ScrollPane scroller = new ScrollPane(text);
    private final Timeline ticker;
    private final Subscription subscriptions;
    private final MessageViewModel message;

    ThinkingPanel(MessageViewModel message) {
        this.message = message;
        getStyleClass().add("thinking-panel");
        header.getStyleClass().addAll("thinking-header", Styles.FLAT, Styles.SMALL);
        header.setMaxWidth(Double.MAX_VALUE);
        text.label().getStyleClass().add("thinking-text");
        text.setMaxWidth(EXPANDED_WIDTH - 24);
        scroller.setFitToWidth(true);
        scroller.setMaxHeight(280);
        // As tall as the text, up to the maximum; then it scrolls.
        scroller.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.min(270, text.heightProperty()));
        scroller.getStyleClass().add("thinking-scroller");
        getChildren().addAll(header, scroller);
        // Beside the answer it keeps its own width (never squeezed to "...") and only the height it needs.
        setMinWidth(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);

        ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(100), e -> refreshHeader()));
        ticker.setCycleCount(Animation.INDEFINITE);

        header.selectedProperty().bindBidirectional(message.thinkingExpandedProperty());
        subscriptions = Subscription.combine(
                message.thinkingTextProperty().subscribe(text::setText),
                message.thinkingExpandedProperty().subscribe(this::showExpanded),
                message.thinkingProperty().subscribe(this::thinkingChanged),
                message.thinkingDurationProperty().subscribe(d -> refreshHeader()),
                () -> header.selectedProperty().unbindBidirectional(message.thinkingExpandedProperty()));
    }

    private void thinkingChanged(boolean thinking) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("active"), thinking);
        if (thinking) {
            ticker.play();
        } else {
            ticker.stop();
        }
        refreshHeader();
    }

    private void showExpanded(boolean expanded) {
        scroller.setVisible(expanded);
        scroller.setManaged(expanded);
        setPrefWidth(expanded ? EXPANDED_WIDTH : USE_COMPUTED_SIZE);
        setMaxWidth(expanded ? EXPANDED_WIDTH : USE_PREF_SIZE);
        refreshHeader();
    }

    private void refreshHeader() {
        String arrow = header.isSelected() ? "\u25be " : "\u25b8 ";
        String time = Durations.format(message.thinkingElapsed(System.nanoTime()));
        header.setText(arrow + (message.thinkingProperty().get() ? "Thinking\u2026 " + time : "Thought for " + time));
    }

    void dispose() {
        ticker.stop();
        subscriptions.unsubscribe();
    }
}
