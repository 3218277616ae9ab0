package dev.skillfleet.desktop.ui.chat;

import atlantafx.base.theme.Styles;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.fx.HoverTooltips;
import dev.skillfleet.desktop.ui.markdown.MarkdownActions;
import dev.skillfleet.desktop.ui.markdown.MarkdownRenderer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The chat screen: a header with state and count, the virtualized transcript, the input with Send and Stop. */
public final class ChatView extends BorderPane {

    private static final List<String> SUGGESTIONS = List.of("Create a Redis caching skill", "What skills exist?",
            "Do I have anything about testing?", "What can you do?");

    private final ChatViewModel viewModel;
    private final ListView<MessageViewModel> transcript = new ListView<>();
    private final TextArea input = new TextArea();
    private final MarkdownRenderer markdown;
    private final Button newChat = new Button("New chat");
    private final DesktopActions actions;
    private boolean followBottom = true;
    private boolean scrollPending;

    public ChatView(ChatViewModel viewModel, DesktopActions actions) {
        this.viewModel = viewModel;
        getStyleClass().add("chat-view");
        getStylesheets().add(ChatView.class.getResource("chat.css").toExternalForm());
        this.actions = actions;
        markdown = new MarkdownRenderer(new MarkdownActions() {
            @Override
            public void copyToClipboard(String text) {
                actions.copyToClipboard(text);
            }

            @Override
            public void openLink(String url) {
                actions.openLink(url);
            }
        });
        setTop(new VBox(header(), notice()));
        setCenter(transcript(markdown, actions));
        setBottom(inputBar());
    }

    private Node header() {
        Label state = new Label();
        state.setId("chat-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> "State: " + viewModel.stateProperty().get()
                + " \u00b7 " + viewModel.messageCountProperty().get() + " message"
                + (viewModel.messageCountProperty().get() == 1 ? "" : "s"),
                viewModel.stateProperty(), viewModel.messageCountProperty()));
        state.getStyleClass().add(Styles.TEXT_MUTED);
        Label library = new Label();
        library.textProperty().bind(Bindings.createStringBinding(() -> "Library: " + viewModel.libraryRootProperty().get(),
                viewModel.libraryRootProperty()));
        library.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        library.setMinWidth(0);
        ComboBox<EndpointProfile> engine = new ComboBox<>(viewModel.getProfiles());
        engine.setId("profile-choice");
        HoverTooltips.install(engine, "Who answers in this chat (from the next message)");
        engine.valueProperty().bindBidirectional(viewModel.profileProperty());
        engine.disableProperty().bind(viewModel.busyProperty());
        engine.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EndpointProfile p) {
                return p == null ? "" : p.displayName() + (p.model().isBlank() ? "" : " \u00b7 " + p.model());
            }

            @Override
            public EndpointProfile fromString(String s) {
                return null;
            }
        });
        CheckBox keepOpen = new CheckBox("Keep thinking open");
        keepOpen.selectedProperty().bindBidirectional(viewModel.keepThinkingOpenProperty());
        newChat.setId("new-chat");
        newChat.setOnAction(e -> viewModel.newSession());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, state, library, spacer, engine, keepOpen, newChat);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("chat-header");
        return bar;
    }

    private Node transcript(MarkdownRenderer markdown, DesktopActions actions) {
        transcript.setId("transcript");
        transcript.getStyleClass().addAll("transcript", Styles.STRIPED);
        transcript.setItems(viewModel.getMessages());
        transcript.setCellFactory(list -> new MessageCell(list, viewModel, markdown, actions));
        TranscriptSkin skin = new TranscriptSkin(transcript);
        transcript.setSkin(skin);
        // Older messages are read from the store when the user scrolls to the top (a long history is never all held).
        skin.flow().positionProperty().subscribe(position -> {
            if (position.doubleValue() <= 0.0 && viewModel.hasOlderProperty().get()
                    && !viewModel.getMessages().isEmpty()) {
                viewModel.loadOlder();
            }
        });
        viewModel.focusProperty().subscribe(message -> {
            int index = message == null ? -1 : viewModel.getMessages().indexOf(message);
            if (index >= 0) {
                followBottom = false;
                Platform.runLater(() -> skin.flow().scrollToTop(index));
            }
        });
        transcript.setFocusTraversable(false);
        transcript.setPlaceholder(emptyState());
        // Follow the newest text unless the user scrolled up to read; sending again follows again.
        transcript.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                followBottom = false;
            }
        });
        viewModel.getMessages().addListener((ListChangeListener<MessageViewModel>) change -> {
            while (change.next()) {
                if (change.wasAdded() && !change.wasReplaced() && change.getFrom() == 0
                        && change.getList().size() > change.getAddedSize()) {
                    // Older messages above: keep the message the user was looking at where it was.
                    int kept = change.getAddedSize();
                    Platform.runLater(() -> skin.flow().scrollToTop(kept));
                    return;
                }
                if (change.wasAdded()) {
                    followBottom = true;
                    MessageViewModel added = change.getAddedSubList().getLast();
                    added.contentProperty().subscribe(t -> scrollToEnd());
                    added.thinkingTextProperty().subscribe(t -> scrollToEnd());
                    added.draftProperty().subscribe(t -> scrollToEnd());
                }
            }
            scrollToEnd();
        });
        return transcript;
    }

    private void scrollToEnd() {
        if (!followBottom || viewModel.getMessages().isEmpty() || scrollPending) {
            return;
        }
        // After this pulse's layout, so the grown cell's new height is known; at most one pending at a time.
        scrollPending = true;
        Platform.runLater(() -> {
            scrollPending = false;
            if (transcript.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                int last = viewModel.getMessages().size() - 1;
                // Re-indexing cells restyles them: only jump when the last message is not already on screen.
                if (flow.getLastVisibleCell() == null || flow.getLastVisibleCell().getIndex() < last) {
                    flow.scrollTo(last);
                }
                flow.setPosition(1.0);
            }
        });
    }

    /** A problem with the saved conversations, shown until dismissed. */
    private Node notice() {
        Label text = new Label();
        text.setId("chat-notice");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.noticeProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        dismiss.setOnAction(e -> viewModel.dismissNotice());
        HBox bar = new HBox(8, text, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("chat-notice", Styles.WARNING);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node emptyState() {
        Label title = new Label("Create, find and refine agent skills");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Ask in your own words. The built-in engine works offline with your skill library.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox chips = new HBox(8);
        chips.setAlignment(Pos.CENTER);
        for (String suggestion : SUGGESTIONS) {
            Button chip = new Button(suggestion);
            chip.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.SMALL);
            chip.setOnAction(e -> {
                viewModel.inputProperty().set(suggestion);
                viewModel.send();
            });
            chips.getChildren().add(chip);
        }
        VBox box = new VBox(12, title, hint, chips);
        box.setAlignment(Pos.CENTER);
        return new StackPane(box);
    }

    private Node inputBar() {
        input.setId("chat-input");
        input.setPromptText("Ask to create, find or refine a skill\u2026  (Enter sends, Shift+Enter adds a line)");
        input.setWrapText(true);
        input.setPrefRowCount(3);
        input.textProperty().bindBidirectional(viewModel.inputProperty());
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::onInputKey);
        HBox.setHgrow(input, Priority.ALWAYS);

        Button send = new Button("Send");
        send.setId("send");
        send.getStyleClass().add(Styles.ACCENT);
        send.setDefaultButton(false);
        send.disableProperty().bind(viewModel.canSendProperty().not());
        send.setOnAction(e -> viewModel.send());
        Button stop = new Button("Stop");
        stop.setId("stop");
        stop.getStyleClass().add(Styles.DANGER);
        stop.visibleProperty().bind(viewModel.busyProperty());
        stop.managedProperty().bind(viewModel.busyProperty());
        stop.setOnAction(e -> viewModel.stop());
        VBox buttons = new VBox(6, send, stop);
        buttons.setAlignment(Pos.BOTTOM_CENTER);
        HBox bar = new HBox(8, input, buttons);
        bar.getStyleClass().add("input-bar");
        bar.setPadding(new Insets(8, 12, 12, 12));
        return bar;
    }

    private void onInputKey(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER) {
            return;
        }
        event.consume();
        if (event.isShiftDown()) {
            input.insertText(input.getCaretPosition(), "\n");
        } else {
            viewModel.send();
        }
    }

    /**
     * Renders a sample exchange unseen, so the first conversation opened shows at once; call after the first frame
     * (it takes the FX thread for a moment).
     */
    public void warmUpRendering() {
        RenderingWarmUp.run(this, viewModel, markdown, actions);
        viewModel.warmUpHistory();
    }

    /** Leaves starting a new chat to the conversations' sidebar beside this view (one New chat button, not two). */
    public void leaveNewChatToSidebar() {
        newChat.setVisible(false);
        newChat.setManaged(false);
    }

    /** Starts a new chat with the caret in the input box (Ctrl+N). */
    public void startNewChat() {
        viewModel.newSession();
        focusInput();
    }

    /** Puts the caret in the input box, as a chat window does when it opens. */
    public void focusInput() {
        input.requestFocus();
    }
}
