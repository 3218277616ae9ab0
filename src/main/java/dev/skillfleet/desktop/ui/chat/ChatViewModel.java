package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.TurnEvent;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.conversation.SessionListener;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.ui.fx.CoalescingQueue;
import dev.skillfleet.desktop.ui.fx.FlushScheduler;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The chat: a transcript of message ViewModels bound to a {@link ConversationSession}. Turns run on a background
 * executor; their events come back through a {@link CoalescingQueue}, so the FX thread applies them in one batch
 * per frame. The only class of the chat that talks to services; it never touches a control.
 */
public final class ChatViewModel {

    private final Engines engines;
    private final Executor background;
    private final CoalescingQueue<ChatUpdate> updates;
    private SessionListener sessionListener;
    private ConversationSession session;
    private MessageViewModel streamingMessage;
    private CancelToken runningTurn;

    // Properties
    private final ObservableList<MessageViewModel> messages = FXCollections.observableArrayList();
    // One read-only view, kept: an unmodifiable list listens to its source weakly, so a listener added to a view
    // made per call stops hearing anything once that view is collected (the transcript stopped following).
    private final ObservableList<MessageViewModel> readOnlyMessages = FXCollections.unmodifiableObservableList(messages);
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ReadOnlyObjectWrapper<ConversationState> state =
            new ReadOnlyObjectWrapper<>(this, "state", ConversationState.IDLE);
    private final ReadOnlyIntegerWrapper messageCount = new ReadOnlyIntegerWrapper(this, "messageCount");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty keepThinkingOpen = new SimpleBooleanProperty(this, "keepThinkingOpen");
    private final ReadOnlyObjectWrapper<Path> libraryRoot = new ReadOnlyObjectWrapper<>(this, "libraryRoot");
    private final BooleanBinding canSend;
    private final ObservableList<EndpointProfile> profiles = FXCollections.observableArrayList(EndpointProfile.OFFLINE);
    private final ObjectProperty<EndpointProfile> profile = new SimpleObjectProperty<>(this, "profile", EndpointProfile.OFFLINE);
    private EndpointProfile activeProfile = EndpointProfile.OFFLINE;

    /** A chat answered by one fixed engine, whatever the profile (tests, benchmarks). */
    public ChatViewModel(TurnRunner runner, Executor background, FlushScheduler scheduler, Path libraryRoot,
                         String userId) {
        this(fixed(runner), background, scheduler, libraryRoot, userId);
    }

    private static Engines fixed(TurnRunner runner) {
        Objects.requireNonNull(runner);
        return profile -> runner;
    }

    public ChatViewModel(Engines engines, Executor background, FlushScheduler scheduler, Path libraryRoot,
                         String userId) {
        this.engines = Objects.requireNonNull(engines);
        this.background = Objects.requireNonNull(background);
        this.updates = new CoalescingQueue<>(scheduler, this::apply);
        this.libraryRoot.set(libraryRoot);
        this.canSend = Bindings.createBooleanBinding(() -> !busy.get() && !input.get().isBlank(), busy, input);
        attach(ConversationSession.create(userId));
    }

    // Commands

    /** Sends the input box's text; blank text is never sent. */
    public void send() {
        if (!canSend.get()) {
            return;
        }
        String text = input.get();
        input.set("");
        startTurn(text);
    }

    /** Answers the question of an AWAITING_INPUT message with one of its options (or any text). */
    public void answer(MessageViewModel asking, String answer) {
        if (busy.get() || answer == null || answer.isBlank()) {
            return;
        }
        asking.answered();
        startTurn(answer);
    }

    /** Sends the last user message again after a failed turn (the failed answer stays in the transcript). */
    public void retry() {
        if (busy.get() || state.get() != ConversationState.ERROR) {
            return;
        }
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role() == Role.USER) {
                startTurn(messages.get(i).getContent());
                return;
            }
        }
    }

    /** Whether {@link #retry()} would do something; the failed message shows a Retry button while it is true. */
    public boolean canRetry(MessageViewModel message) {
        return !busy.get() && state.get() == ConversationState.ERROR && !messages.isEmpty() && messages.getLast() == message;
    }

    /** Stops the running turn; what arrived stays, marked as stopped. */
    public void stop() {
        if (runningTurn != null) {
            runningTurn.cancel();
        }
    }

    /**
     * The profiles to choose from and the one new chats use (after the settings changed). The current chat keeps
     * its choice (with its latest settings) unless that profile is gone.
     */
    public void setProfiles(List<EndpointProfile> available, EndpointProfile active) {
        profiles.setAll(available);
        activeProfile = active;
        EndpointProfile current = profile.get();
        profile.set(available.stream().filter(p -> p.id().equals(current.id())).findFirst().orElse(active));
    }

    /** Starts a fresh conversation (stopping a running turn first). */
    public void newSession() {
        stop();
        session.removeListener(sessionListener);
        messages.clear();
        streamingMessage = null;
        busy.set(false);
        attach(ConversationSession.create(session.userId()));
        profile.set(activeProfile);
    }

    private void attach(ConversationSession fresh) {
        session = fresh;
        sessionListener = new SessionListener() {
            @Override
            public void stateChanged(ConversationState from, ConversationState to) {
                updates.offer(new ChatUpdate.StateChanged(fresh, to));
            }

            @Override
            public void messageAdded(Message message, int count) {
                updates.offer(new ChatUpdate.MessageRecorded(fresh, message, count));
            }
        };
        session.addListener(sessionListener);
        state.set(session.state());
        messageCount.set(session.messageCount());
    }

    private void startTurn(String text) {
        messages.add(MessageViewModel.user(text));
        MessageViewModel reply = MessageViewModel.streamingAssistant();
        messages.add(reply);
        streamingMessage = reply;
        busy.set(true);
        CancelToken cancel = new CancelToken();
        runningTurn = cancel;
        ConversationSession turnSession = session;
        EndpointProfile chosen = profile.get();
        background.execute(() -> {
            try {
                TurnRunner runner = engines.runnerFor(chosen);
                runner.run(turnSession, text, event -> updates.offer(new ChatUpdate.Event(reply, event, System.nanoTime())),
                        cancel);
            } catch (RuntimeException | java.io.IOException e) {
                // A bug below (or an unreadable keystore) must not leave the window "busy": show it on the message.
                long now = System.nanoTime();
                String message = e instanceof java.io.IOException ? "Could not start this profile's engine: "
                        + e.getMessage() : "Internal error: " + e;
                updates.offer(new ChatUpdate.Event(reply, new TurnEvent.Error(message), now));
                updates.offer(new ChatUpdate.Event(reply, new TurnEvent.Complete(null, ConversationState.ERROR,
                        java.util.Optional.empty()), now));
            }
        });
    }

    // The flush: runs on the FX thread, once per frame, with everything that arrived since the last one.

    private void apply(List<ChatUpdate> batch) {
        Set<MessageViewModel> touched = new LinkedHashSet<>();
        boolean keepOpen = keepThinkingOpen.get();
        for (ChatUpdate update : batch) {
            switch (update) {
                case ChatUpdate.StateChanged changed when changed.source() == session -> state.set(changed.state());
                case ChatUpdate.StateChanged stale -> { }
                case ChatUpdate.MessageRecorded recorded when recorded.source() != session -> { }
                case ChatUpdate.MessageRecorded recorded -> {
                    messageCount.set(recorded.count());
                    if (recorded.message().role() == Role.ASSISTANT && streamingMessage != null) {
                        streamingMessage.recorded(recorded.message(), keepOpen);
                    }
                }
                case ChatUpdate.Event event -> {
                    MessageViewModel target = event.target();
                    touched.add(target);
                    applyEvent(target, event.event(), event.atNanos(), keepOpen);
                }
            }
        }
        touched.forEach(MessageViewModel::commit);
    }

    private void applyEvent(MessageViewModel target, TurnEvent event, long atNanos, boolean keepOpen) {
        switch (event) {
            case TurnEvent.Thinking t -> target.appendThinking(t.text(), atNanos);
            case TurnEvent.Response r -> target.appendResponse(r.text(), atNanos, keepOpen);
            case TurnEvent.AwaitingInput a -> target.ask(a.question(), a.options(), atNanos, keepOpen);
            case TurnEvent.Error e -> target.fail(e.message(), atNanos, keepOpen);
            case TurnEvent.Complete c -> {
                c.draft().ifPresent(target::showDraft);
                target.finish();
                if (target == streamingMessage) {
                    streamingMessage = null;
                    runningTurn = null;
                    busy.set(false);
                }
            }
        }
    }

    // Properties

    public ObservableList<MessageViewModel> getMessages() {
        return readOnlyMessages;
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ReadOnlyObjectProperty<ConversationState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty messageCountProperty() {
        return messageCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public BooleanProperty keepThinkingOpenProperty() {
        return keepThinkingOpen;
    }

    public ObservableList<EndpointProfile> getProfiles() {
        return profiles;
    }

    /** The profile this chat uses; switching applies from the next message. */
    public ObjectProperty<EndpointProfile> profileProperty() {
        return profile;
    }

    public ReadOnlyObjectProperty<Path> libraryRootProperty() {
        return libraryRoot.getReadOnlyProperty();
    }

    /** The session shown; for the composition root and tests. */
    public ConversationSession session() {
        return session;
    }
}
