package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.assistant.TurnEvent;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.store.SessionDatabase;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.StoreException;
import dev.skillfleet.desktop.core.store.StoredMessage;
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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
 * The chat: a transcript of message ViewModels bound to a {@link ConversationSession}, which the {@link SessionStore}
 * saves as it changes. Turns and store reads run on a background executor; their results come back through a
 * {@link CoalescingQueue}, so the FX thread applies them in one batch per frame. A user message shows once it is
 * saved; a stored session shows its newest page and reads older ones as the user scrolls up. Regenerating an answer
 * or editing a question makes a new branch; the "2/3" switcher moves between them. The only class of the chat that
 * talks to services; it never touches a control.
 */
public final class ChatViewModel {

    private final Engines engines;
    private final Executor background;
    private final CoalescingQueue<ChatUpdate> updates;
    private final SessionEvents events;
    private final TurnLauncher turns;
    private final HistoryReader reader;
    private final DraftReviews reviews;
    private final SessionStore store;
    private final String userId;
    private ConversationSession session;
    private MessageViewModel streamingMessage;
    private CancelToken runningTurn;
    /** A sent message waiting to be saved: it shows, with its answer, once the store has it. */
    private PendingQuestion pendingUser;
    /** The profile the shown session has on disk, so choosing it again (or opening the session) writes nothing. */
    private String storedProfileId;

    private record PendingQuestion(MessageViewModel reply, String parentId, int siblingIndex, int siblings) {
    }

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
    private final ReadOnlyStringWrapper sessionId = new ReadOnlyStringWrapper(this, "sessionId");
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(this, "hasOlder");
    private final ReadOnlyObjectWrapper<MessageViewModel> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    /**
     * A chat answered by one fixed engine, whatever the profile, whose conversations live only as long as it does
     * (tests, benchmarks).
     */
    public ChatViewModel(TurnRunner runner, Executor background, FlushScheduler scheduler, Path libraryRoot,
                         String userId) {
        this(fixed(runner), background, scheduler, libraryRoot, userId, new SessionStore(SessionDatabase.inMemory()));
    }

    private static Engines fixed(TurnRunner runner) {
        Objects.requireNonNull(runner);
        return profile -> runner;
    }

    public ChatViewModel(Engines engines, Executor background, FlushScheduler scheduler, Path libraryRoot,
                         String userId, SessionStore store) {
        this.engines = Objects.requireNonNull(engines);
        this.background = Objects.requireNonNull(background);
        this.updates = new CoalescingQueue<>(scheduler, this::apply);
        this.events = new SessionEvents(updates);
        this.turns = new TurnLauncher(this.engines, this.background, updates, store, events);
        this.reader = new HistoryReader(store, events, this.background, updates, new ReadResults());
        this.store = Objects.requireNonNull(store);
        this.userId = Objects.requireNonNull(userId);
        this.libraryRoot.set(libraryRoot);
        this.canSend = Bindings.createBooleanBinding(() -> !busy.get() && !input.get().isBlank(), busy, input);
        this.reviews = new DraftReviews(this.background, updates, notice::set);
        show(events.follow(store.create(userId, null)));
        // The profile a chat uses is saved with it: a new chat's with its first message, a stored one's at once.
        profile.subscribe(chosen -> {
            ConversationSession current = session;
            current.context().put(SessionStore.PROFILE_CONTEXT_KEY, chosen.id());
            if (current.messageCount() > 0 && !chosen.id().equals(storedProfileId)) {
                storedProfileId = chosen.id();
                background.execute(() -> guarded(() -> store.useProfile(current.id(), chosen.id())));
            }
        });
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

    /**
     * Answers the last user message again after a failed or interrupted turn: a new version of the answer (the failed
     * one stays, one click away in the switcher).
     */
    public void retry() {
        if (busy.get() || state.get() != ConversationState.ERROR || messages.isEmpty()) {
            return;
        }
        regenerate(messages.getLast());
    }

    /** Asks for another answer to the message before {@code answer}; the new one is shown, the old one kept. */
    public void regenerate(MessageViewModel answer) {
        int at = messages.indexOf(answer);
        if (busy.get() || at < 1 || answer.role() != Role.ASSISTANT || messages.get(at - 1).id() == null) {
            return;
        }
        MessageViewModel question = messages.get(at - 1);
        messages.remove(at, messages.size());
        MessageViewModel reply = MessageViewModel.streamingAssistant();
        boolean replacesAnswer = answer.id() != null;
        reply.placed(null, question.id(), replacesAnswer ? answer.siblingsProperty().get() : 0,
                answer.siblingsProperty().get() + (replacesAnswer ? 1 : 0));
        messages.add(reply);
        begin(null, reply, true, question.id());
    }

    /** Sends {@code newText} in place of {@code question}: a new version of it, answered anew, on a new branch. */
    public void editAndResend(MessageViewModel question, String newText) {
        int at = messages.indexOf(question);
        if (busy.get() || at < 0 || question.role() != Role.USER || newText == null || newText.isBlank()
                || question.id() == null) {
            return;
        }
        messages.remove(at, messages.size());
        MessageViewModel reply = MessageViewModel.streamingAssistant();
        pendingUser = new PendingQuestion(reply, question.parentId(), question.siblingsProperty().get(),
                question.siblingsProperty().get() + 1);
        begin(newText, reply, true, question.parentId());
    }

    /** Shows the previous ({@code -1}) or next ({@code +1}) version of {@code message} and the branch below it. */
    public void showSibling(MessageViewModel message, int offset) {
        if (!busy.get() && message.id() != null) {
            reader.sibling(session.id(), message.id(), offset);
        }
    }

    /** Shows the stored session {@code id} (its active branch's newest messages). */
    public void open(String id) {
        openAt(id, null);
    }

    /** Shows the stored session {@code id} on the branch of {@code messageId} and points the view at that message. */
    public void openAt(String id, String messageId) {
        reader.open(id, messageId);
    }

    /** Reads the page of messages before the first one shown (the user scrolled to the top). */
    public void loadOlder() {
        if (hasOlder.get() && !messages.isEmpty() && messages.getFirst().id() != null) {
            reader.older(session, messages.getFirst().id());
        }
    }

    /**
     * Reads a little of the newest stored conversation in the background, so the store's queries are compiled before
     * the user opens one (the app calls this after its first frame).
     */
    public void warmUpHistory() {
        reader.warmUp();
    }

    /** The results of {@link HistoryReader}, applied on the FX thread. */
    private final class ReadResults implements HistoryReader.Results {

        @Override
        public void show(StoredHistory.Loaded loaded, String focusMessageId) {
            showLoaded(loaded, focusMessageId);
        }

        @Override
        public void gone() {
            notice.set("That conversation no longer exists.");
        }

        @Override
        public void older(ConversationSession askedFor, String firstShownId, List<StoredMessage> page) {
            if (askedFor == session && !messages.isEmpty() && firstShownId.equals(messages.getFirst().id())) {
                messages.addAll(0, page.stream().map(m -> MessageViewModel.stored(m, false)).toList());
                hasOlder.set(!page.isEmpty() && page.getFirst().depth() > 0);
            }
        }

        @Override
        public void failed(String message) {
            notice.set(message);
        }
    }

    /** Shows a problem with the saved conversations (e.g. the database could not be opened at start). */
    public void showNotice(String text) {
        notice.set(text);
    }

    /** Hides the notice (a store problem the user has read). */
    public void dismissNotice() {
        notice.set("");
    }

    /**
     * Opens a refine draft's proposal for review against its original skill (through the {@link DraftReview} the
     * app wires); both files are looked for off the FX thread, and a missing one becomes the notice instead.
     */
    public void reviewDraft(DraftCard card) {
        reviews.review(card);
    }

    /** Where {@link #reviewDraft} hands drafts (the editor); null, the default, hides "Review changes". */
    public void setDraftReview(DraftReview reviewer) {
        reviews.reviewerProperty().set(reviewer);
    }

    /** True while a reviewer is wired: refine drafts' cards then offer "Review changes". */
    public BooleanBinding canReviewDraftsProperty() {
        return reviews.availableProperty();
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

    /**
     * Starts a fresh conversation. A running turn goes on in the background and is saved with its own session; the
     * new chat is stored with its first message.
     */
    public void newSession() {
        reader.forgetPending();
        streamingMessage = null;
        runningTurn = null;
        pendingUser = null;
        busy.set(false);
        messages.clear();
        hasOlder.set(false);
        storedProfileId = null;
        show(events.follow(store.create(userId, activeProfile.id())));
        profile.set(activeProfile);
    }

    /** Makes {@code fresh} the session shown; the one shown before stops being heard. */
    private void show(ConversationSession fresh) {
        if (session != null && session != fresh) {
            events.stopFollowing(session);
        }
        session = fresh;
        state.set(session.state());
        messageCount.set(session.messageCount());
        sessionId.set(session.id());
    }

    private void showLoaded(StoredHistory.Loaded loaded, String focusMessageId) {
        streamingMessage = null;
        runningTurn = null;
        pendingUser = null;
        busy.set(false);
        show(loaded.session());
        List<MessageViewModel> shown = loaded.viewModels();
        messages.setAll(shown);
        hasOlder.set(loaded.hasOlder());
        String profileId = loaded.summary().profileId();
        storedProfileId = profileId;
        profiles.stream().filter(p -> p.id().equals(profileId)).findFirst().ifPresent(profile::set);
        focus.set(focusMessageId == null ? null
                : shown.stream().filter(m -> focusMessageId.equals(m.id())).findFirst().orElse(null));
    }

    /** Runs store work; a failure becomes the notice the chat shows, never an exception on a background thread. */
    private void guarded(Runnable work) {
        try {
            work.run();
        } catch (StoreException e) {
            updates.offer(new ChatUpdate.Apply(() -> notice.set(e.getMessage())));
        }
    }

    private void startTurn(String text) {
        MessageViewModel reply = MessageViewModel.streamingAssistant();
        String parent = messages.isEmpty() ? null : messages.getLast().id();
        pendingUser = new PendingQuestion(reply, parent, 0, 1);
        begin(text, reply, false, null);
    }

    /**
     * Runs a turn in the background: {@code text} is the user's new message (null: answer the last one again), after
     * moving the branch's end to {@code rewindTo} when {@code rewind}.
     */
    private void begin(String text, MessageViewModel reply, boolean rewind, String rewindTo) {
        streamingMessage = reply;
        busy.set(true);
        CancelToken cancel = new CancelToken();
        runningTurn = cancel;
        ConversationSession shown = session;
        turns.launch(new TurnLauncher.Turn(shown, profile.get(), text, reply, rewind, rewindTo, cancel),
                new TurnLauncher.Outcome() {
                    @Override
                    public void reopened(ConversationSession before, ConversationSession fresh) {
                        if (session == before) {
                            show(fresh);
                        }
                    }

                    @Override
                    public void notSaved(StoreException e) {
                        ChatViewModel.this.notSaved(text, reply, e);
                    }
                });
    }

    /** The message could not be saved: it goes back into the input box (nothing typed is lost) and the chat says why. */
    private void notSaved(String text, MessageViewModel reply, StoreException e) {
        messages.remove(reply);
        if (streamingMessage == reply) {
            streamingMessage = null;
            runningTurn = null;
            pendingUser = null;
            busy.set(false);
        }
        if (text != null && input.get().isBlank()) {
            input.set(text);
        }
        String reason = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
        notice.set(reason + (text != null ? " Your message is back in the input box." : ""));
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
                    Message message = recorded.message();
                    if (message.role() == Role.USER && pendingUser != null) {
                        // Saved: now it shows as sent, with its answer below.
                        messages.add(MessageViewModel.user(message, pendingUser.parentId(), pendingUser.siblingIndex(),
                                pendingUser.siblings()));
                        pendingUser.reply().parent(message.id());
                        messages.add(pendingUser.reply());
                        pendingUser = null;
                    } else if (message.role() == Role.ASSISTANT && streamingMessage != null) {
                        streamingMessage.recorded(message, keepOpen);
                    }
                }
                case ChatUpdate.Apply apply -> apply.onFxThread().run();
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
                    pendingUser = null;
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

    /** The id of the session shown (stored once it has a message). */
    public ReadOnlyStringProperty sessionIdProperty() {
        return sessionId.getReadOnlyProperty();
    }

    /** True while older messages of the session are in the store and not shown yet. */
    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder.getReadOnlyProperty();
    }

    /** A message the view should bring into sight (a search hit, a switched version); null for none. */
    public ReadOnlyObjectProperty<MessageViewModel> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** A problem with the saved conversations the user should know about; empty for none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The session shown; for the composition root and tests. */
    public ConversationSession session() {
        return session;
    }
}
