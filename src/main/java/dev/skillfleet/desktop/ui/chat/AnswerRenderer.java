package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.ui.markdown.MarkdownRenderer;
import dev.skillfleet.desktop.ui.markdown.StreamingMarkdown;
import javafx.animation.Animation;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Shows an answer as Markdown without blocking the FX thread, however long it is and however fast it arrives.
 * While it streams, every ~80 ms the part that has settled since the last time (whole blocks, never an open code
 * fence) is queued; queued text is rendered in pieces of under a kilobyte, each styled and laid out as it is added,
 * a few milliseconds' worth per frame. What is not rendered yet shows as plain text, cheap to update every frame.
 * Text is never rendered twice.
 */
final class AnswerRenderer extends VBox {

    private static final Duration SETTLE_INTERVAL = Duration.millis(80);
    /** Finished answers up to this size render at once (a few milliseconds), so recycled cells never flicker. */
    private static final int RENDER_AT_ONCE_CHARS = 16_000;
    private static final int PIECE_CHARS = 700;
    private static final long FRAME_BUDGET_NANOS = 6_000_000;
    /**
     * The plain-text tail is capped: it is laid out again each frame while pieces render, and laying out a megabyte
     * label every frame would be the freeze we avoid. A few screenfuls are enough until the pieces catch up.
     */
    private static final int MAX_TAIL_CHARS = 6_000;

    private final MarkdownRenderer markdown;
    private final VBox blocks = new VBox();
    private final WrappedText tail = new WrappedText();
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
        tail.label().getStyleClass().add("answer-tail");
        getChildren().addAll(blocks, tail);
        settle.setOnFinished(e -> enqueueSettled());
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

    /**
     * Queues what has settled since the last time. Only the new text is scanned: what is queued always ends after
     * a blank line outside a code fence, where the scan can start afresh.
     */
    private void enqueueSettled() {
        enqueue(queuedUpTo + StreamingMarkdown.split(latest.substring(queuedUpTo)).stable().length());
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
                SettledBlock block = new SettledBlock(markdown.render(piece));
                blocks.getChildren().add(block);
                prepare(block);
            }
            renderedUpTo += piece.length();
        }
        if (queue.isEmpty()) {
            renderer.stop();
        }
        refreshTail();
    }

    /**
     * Styles and lays out a new block now, inside the frame's budget. Left to the frame's CSS and layout passes, a
     * piece's styling and text layout cost two to four times its rendering, and nothing bounded it.
     */
    private void prepare(SettledBlock block) {
        block.applyCss();
        double width = blocks.getWidth() - blocks.snappedLeftInset() - blocks.snappedRightInset();
        if (width > 0) {
            // The width the column gives its blocks: the layout pass finds the block measured and laid out.
            block.resize(width, block.prefHeight(width));
            block.layout();
            // Laying new nodes out moves them, and a child that moves asks its parent for another layout (once):
            // do that now too, or the frame's layout pass measures the whole block again.
            for (int i = 0; i < 3 && block.isNeedsLayout(); i++) {
                block.layout();
            }
        }
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
