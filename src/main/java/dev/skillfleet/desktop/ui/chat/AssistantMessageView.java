package dev.skillfleet.desktop.ui.chat;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.conversation.MessageStats;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.markdown.MarkdownRenderer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

import java.util.ArrayList;
import java.util.List;

/** An assistant message: the answer (Markdown, question options, draft card, footer) with its thinking beside it. */
final class AssistantMessageView extends HBox {

    private final MessageViewModel message;
    private final ChatViewModel chat;
    private final AnswerRenderer answer;
    private final ThinkingPanel thinking;
    private final Label question = new Label();
    private final FlowPane options = new FlowPane(6, 6);
    private final VBox draftBox = new VBox();
    private final Label error = new Label();
    private final Label footer = new Label();
    private final Button retry = new Button("Retry");
    private final Button regenerate = new Button("Regenerate");
    private final BranchSwitcher branches;
    private final Timeline waitingTicker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> refreshFooter()));
    private final Subscription subscriptions;

    AssistantMessageView(MessageViewModel message, ChatViewModel chat, MarkdownRenderer markdown, DesktopActions actions) {
        this.message = message;
        this.chat = chat;
        getStyleClass().addAll("message", "assistant-message");
        answer = new AnswerRenderer(markdown);
        thinking = new ThinkingPanel(message);
        question.setWrapText(true);
        question.getStyleClass().add("question");
        error.setWrapText(true);
        error.getStyleClass().addAll("message-error", Styles.DANGER);
        footer.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Button copy = new Button("Copy");
        copy.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        copy.setOnAction(e -> actions.copyToClipboard(message.getContent()));
        retry.getStyleClass().addAll(Styles.SMALL);
        retry.setOnAction(e -> chat.retry());
        regenerate.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "regenerate");
        regenerate.setTooltip(new javafx.scene.control.Tooltip("Answer again; this answer is kept as another version"));
        regenerate.setOnAction(e -> chat.regenerate(message));
        branches = new BranchSwitcher(message, chat);
        waitingTicker.setCycleCount(Animation.INDEFINITE);
        HBox footerRow = new HBox(8, branches, footer, retry, regenerate, copy);
        footerRow.setAlignment(Pos.CENTER_LEFT);

        VBox column = new VBox(8, answer, question, options, draftBox, error, footerRow);
        column.getStyleClass().add("answer-column");
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setMinWidth(0);
        getChildren().addAll(column, thinking);
        setSpacing(12);
        setFillHeight(false);

        answer.show(message.getContent(), message.streamingProperty().get());
        subscriptions = Subscription.combine(
                message.contentProperty().subscribe((old, text) -> answer.show(text, message.streamingProperty().get())),
                message.streamingProperty().subscribe((wasStreaming, streaming) -> {
                    if (!streaming) {
                        answer.show(message.getContent(), false);
                    }
                }),
                message.streamingProperty().subscribe(streaming -> refreshFooter()),
                message.hasThinkingProperty().subscribe(has -> {
                    thinking.setVisible(has);
                    thinking.setManaged(has);
                }),
                message.questionProperty().subscribe(q -> show(question, q)),
                message.errorProperty().subscribe(e -> show(error, e)),
                message.draftProperty().subscribe(d -> showDraft(actions)),
                // Only on a change (the line above already built the card): a reviewer wired after the card showed.
                chat.canReviewDraftsProperty().subscribe((was, can) -> showDraft(actions)),
                message.statsProperty().subscribe(s -> refreshFooter()),
                message.contentProperty().subscribe(c -> refreshFooter()),
                message.thinkingTextProperty().subscribe(t -> refreshFooter()),
                chat.stateProperty().subscribe(s -> refreshFooter()),
                message.endProperty().subscribe(e -> refreshFooter()),
                message.awaitingAnswerProperty().subscribe(a -> refreshOptions()),
                chat.busyProperty().subscribe(b -> {
                    refreshOptions();
                    refreshFooter();
                }));
    }

    private void showDraft(DesktopActions actions) {
        DraftCard d = message.draftProperty().get();
        draftBox.getChildren().setAll(d == null ? List.of() : List.of(new DraftCardView(d, actions, chat)));
    }

    private void refreshOptions() {
        options.getChildren().clear();
        for (String option : message.getOptions()) {
            Button button = new Button(option);
            button.getStyleClass().add("option-button");
            button.setDisable(!message.awaitingAnswerProperty().get() || chat.busyProperty().get());
            button.setOnAction(e -> chat.answer(message, option));
            options.getChildren().add(button);
        }
        show(options, !options.getChildren().isEmpty());
    }

    private void refreshFooter() {
        List<String> parts = new ArrayList<>();
        boolean waiting = message.streamingProperty().get() && !message.hasOutput();
        if (waiting) {
            // Models may think for minutes before the first byte: show that the request is alive and how long.
            java.time.Duration waited = message.waitingFor(System.nanoTime());
            parts.add(waited.toSeconds() < 1 ? "Answering\u2026"
                    : "Waiting for the first token\u2026 " + waited.toSeconds() + " s");
            if (waitingTicker.getStatus() != Animation.Status.RUNNING) {
                waitingTicker.play();
            }
        } else {
            waitingTicker.stop();
            if (message.streamingProperty().get()) {
                parts.add("Answering\u2026");
            }
        }
        switch (message.endProperty().get()) {
            case STOPPED -> parts.add("Stopped");
            case FAILED -> parts.add("Failed");
            case INTERRUPTED -> parts.add("Interrupted: the app closed while answering");
            case NONE -> { }
        }
        if (message.cachedProperty().get()) {
            parts.add("Cached");
        }
        MessageStats stats = message.statsProperty().get();
        if (stats.timeToFirstToken() != null) {
            parts.add(Durations.format(stats.timeToFirstToken()) + " to first token");
        }
        if (stats.total() != null && !message.streamingProperty().get()) {
            parts.add(Durations.format(stats.total()) + " in all");
        }
        if (stats.completionTokens() != null) {
            parts.add(stats.completionTokens() + " tokens");
        }
        if (stats.tokensPerSecond() != null) {
            parts.add(String.format(java.util.Locale.ROOT, "%.1f tokens/s", stats.tokensPerSecond()));
        }
        footer.setText(String.join(" \u00b7 ", parts));
        boolean canRetry = chat.canRetry(message);
        retry.setVisible(canRetry);
        retry.setManaged(canRetry);
        boolean canRegenerate = !canRetry && message.id() != null && !message.streamingProperty().get()
                && !chat.busyProperty().get();
        regenerate.setVisible(canRegenerate);
        regenerate.setManaged(canRegenerate);
    }

    private static void show(Label label, String text) {
        label.setText(text);
        show(label, text != null && !text.isEmpty());
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    void dispose() {
        waitingTicker.stop();
        subscriptions.unsubscribe();
        branches.dispose();
        thinking.dispose();
        answer.dispose();
    }
}
