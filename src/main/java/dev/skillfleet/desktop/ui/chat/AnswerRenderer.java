package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.ui.markdown.MarkdownRenderer;
import dev.skillfleet.desktop.ui.markdown.StreamingMarkdown;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Shows an answer as Markdown. While it streams, the settled part is re-rendered at most ~12 times a second and
 * the unfinished tail is plain text (cheap to update every frame); when streaming ends, the whole is rendered once.
 */
final class AnswerRenderer extends VBox {

    private static final Duration RENDER_INTERVAL = Duration.millis(80);

    private final MarkdownRenderer markdown;
    private final Label tail = new Label();
    private final PauseTransition throttle = new PauseTransition(RENDER_INTERVAL);
    private Node rendered;
    private String renderedStable = null;
    private String latest = "";
    private boolean streaming;

    AnswerRenderer(MarkdownRenderer markdown) {
        this.markdown = markdown;
        getStyleClass().add("answer");
        tail.setWrapText(true);
        tail.getStyleClass().add("answer-tail");
        throttle.setOnFinished(e -> renderStable());
    }

    void show(String text, boolean stillStreaming) {
        latest = text;
        streaming = stillStreaming;
        if (!stillStreaming) {
            throttle.stop();
            replaceRendered(markdown.render(text), text);
            tail.setText("");
            getChildren().remove(tail);
            return;
        }
        StreamingMarkdown.Split split = StreamingMarkdown.split(text);
        tail.setText(split.tail());
        if (!getChildren().contains(tail)) {
            getChildren().add(tail);
        }
        if (!split.stable().equals(renderedStable) && throttle.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            throttle.playFromStart();
        }
    }

    private void renderStable() {
        if (!streaming) {
            return;
        }
        StreamingMarkdown.Split split = StreamingMarkdown.split(latest);
        if (!split.stable().equals(renderedStable)) {
            replaceRendered(markdown.render(split.stable()), split.stable());
        }
        tail.setText(split.tail());
    }

    private void replaceRendered(Node node, String source) {
        if (rendered != null) {
            getChildren().remove(rendered);
        }
        rendered = node;
        renderedStable = source;
        getChildren().addFirst(node);
    }

    void dispose() {
        throttle.stop();
    }
}
