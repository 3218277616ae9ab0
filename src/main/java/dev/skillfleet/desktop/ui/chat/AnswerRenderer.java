package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.ui.markdown.MarkdownRenderer;
import dev.skillfleet.desktop.ui.markdown.StreamingMarkdown;
import javafx.animation.Animation;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Shows an answer as Markdown without blocking the FX thread, however long it is and however fast it arrives.
 * While it streams, every ~80 ms the part that has settled since the last time (whole blocks, never an open code
 * fence) is queued; queued text is rendered in pieces of a few kilobytes, a few milliseconds' worth per frame, and
 * appended. What is not rendered yet shows as plain text, cheap to update every frame. Text is never rendered twice.
 */
final class AnswerRenderer extends VBox {

    private static final Duration SETTLE_INTERVAL = Duration.millis(80);
    /** Finished answers up to this size render at once (a few milliseconds), so recycled cells never flicker. */
    private static final int RENDER_AT_ONCE_CHARS = 16_000;
    private static final int PIECE_CHARS = 4_000;
    private static final long FRAME_BUDGET_NANOS = 6_000_000;
    /** The plain-text tail is capped: laying out a megabyte label every frame would be the freeze we avoid. */
    private static final int MAX_TAIL_CHARS = 20_000;

    private final MarkdownRenderer markdown;
    private final VBox blocks = new VBox();
    private final Label tail = new Label();
    private final PauseTransition settle = new PauseTransition(SETTLE_INTERVAL);
    private final Deque<String> queue = new ArrayDeque<>();
    private final AnimationTimer renderer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            renderQueued();
        }
    };
    private String latest = "";
    private int queuedUpTo;
    private int renderedUpTo;
    private boolean started;

    AnswerRenderer(MarkdownRenderer markdown) {
        this.markdown = markdown;
        getStyleClass().add("answer");
        tail.setWrapText(true);
        tail.getStyleClass().add("answer-tail");
        getChildren().addAll(blocks, tail);
        settle.setOnFinished(e -> enqueue(StreamingMarkdown.split(latest).stable().length()));
    }

    /** Shows the text; {@code stillStreaming} says whether more will come. Text only ever grows. */
    void show(String text, boolean stillStreaming) {
        latest = text;
        if (stillStreaming) {
            started = true;
            if (settle.getStatus() != Animation.Status.RUNNING) {
                settle.playFromStart();
            }
        } else {
            settle.stop();
            if (!started && text.length() <= RENDER_AT_ONCE_CHARS) {
                started = true;
                queuedUpTo = renderedUpTo = text.length();
                if (!text.isBlank()) {
                    blocks.getChildren().add(markdown.render(text));
                }
            } else {
                started = true;
                enqueue(text.length());
            }
        }
        refreshTail();
    }

    private void enqueue(int upTo) {
        if (upTo <= queuedUpTo) {
            return;
        }
        queue.addAll(StreamingMarkdown.pieces(latest.substring(queuedUpTo, upTo), PIECE_CHARS));
        queuedUpTo = upTo;
        renderer.start();
    }

    private void renderQueued() {
        long deadline = System.nanoTime() + FRAME_BUDGET_NANOS;
        while (!queue.isEmpty() && System.nanoTime() < deadline) {
            String piece = queue.poll();
            if (!piece.isBlank()) {
                blocks.getChildren().add(new SettledBlock(markdown.render(piece)));
            }
            renderedUpTo += piece.length();
        }
        if (queue.isEmpty()) {
            renderer.stop();
        }
        refreshTail();
    }

    private void refreshTail() {
        int from = Math.min(renderedUpTo, latest.length());
        int to = Math.min(latest.length(), from + MAX_TAIL_CHARS);
        String text = latest.substring(from, to) + (to < latest.length() ? "\u2026" : "");
        tail.setText(text);
        tail.setVisible(!text.isEmpty());
        tail.setManaged(!text.isEmpty());
    }

    void dispose() {
        settle.stop();
        renderer.stop();
    }
}
