package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.MessageStats;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.conversation.ThinkingSegment;
import dev.skillfleet.desktop.core.store.StoredMessage;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.markdown.MarkdownRenderer;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Styles and lays out a sample exchange once, in a scene of its own that is never shown: the first stored conversation
 * a user opens then shows in a fraction of a second instead of paying for loading and compiling the message views
 * (1.4–2.2 s measured in a fresh JVM for the first open, 0.1–0.2 s after). The window's own scene graph is left alone.
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

    /** Lays the sample out with {@code host}'s stylesheets, again once its Markdown is rendered, then lets it go. */
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
        sample.getStylesheets().setAll(host.getStylesheets());
        sample.getStyleClass().setAll(host.getStyleClass());
        Scene offscreen = new Scene(sample, 800, 600);
        layOut(sample);
        // The answer is rendered a few pieces per frame: lay it out again once that is done, then let it go.
        PauseTransition done = new PauseTransition(Duration.millis(500));
        done.setOnFinished(e -> {
            layOut(sample);
            offscreen.setRoot(new Pane());
            user.dispose();
            assistant.dispose();
        });
        done.play();
    }

    private static void layOut(VBox sample) {
        sample.applyCss();
        sample.resize(800, sample.prefHeight(800));
        sample.layout();
    }
}
