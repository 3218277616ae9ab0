package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.MessageStats;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.conversation.ThinkingSegment;
import dev.skillfleet.desktop.core.store.StoredMessage;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.markdown.MarkdownRenderer;
import javafx.animation.PauseTransition;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Lays out a sample exchange once, invisibly, inside the chat: the first stored conversation a user opens then shows
 * in a fraction of a second instead of paying for loading and compiling the message views (1.4–2.2 s measured in a
 * fresh JVM for the first open, 0.1–0.2 s after).
 */
final class RenderingWarmUp {

    private static final String SAMPLE = """
            ## A sample answer

            Some **bold** and *emphasised* text with `code`, a [link](https://example.com) and a list:

            - one item
            - another item

            1. first
            2. second

            > A quotation.

            ```python
            def hello():
                return "world"
            ```

            | column | other |
            |---|---|
            | a | b |
            """;

    private RenderingWarmUp() {
    }

    /** Adds the sample to {@code host} unseen, and takes it away again once it has been rendered. */
    static void run(Pane host, ChatViewModel chat, MarkdownRenderer markdown, DesktopActions actions) {
        Message question = new Message("warm-up-question", Role.USER, "A sample question", Instant.now(), Map.of(),
                List.of(), null);
        Message answer = new Message("warm-up-answer", Role.ASSISTANT, SAMPLE, Instant.now(), Map.of(),
                List.of(new ThinkingSegment("Thinking about it", Instant.now(), java.time.Duration.ofMillis(1200))),
                new MessageStats(java.time.Duration.ofMillis(300), java.time.Duration.ofSeconds(2), null, 120, 60.0));
        UserMessageView user = new UserMessageView(
                MessageViewModel.stored(new StoredMessage(question, null, 0, 0, 2), false), chat, actions);
        AssistantMessageView assistant = new AssistantMessageView(
                MessageViewModel.stored(new StoredMessage(answer, question.id(), 1, 0, 2), false), chat, markdown, actions);
        VBox sample = new VBox(user, assistant);
        sample.setManaged(false);
        sample.setOpacity(0);
        sample.setMouseTransparent(true);
        host.getChildren().add(sample);
        sample.resize(800, 600);
        // The answer is rendered a few pieces per frame: leave it a moment, then let it go.
        PauseTransition done = new PauseTransition(Duration.millis(500));
        done.setOnFinished(e -> {
            host.getChildren().remove(sample);
            user.dispose();
            assistant.dispose();
        });
        done.play();
    }
}
