package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.assistant.DraftCards;
import dev.skillfleet.desktop.core.store.StoredMessage;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.MessageStats;
import dev.skillfleet.desktop.core.conversation.Role;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One message in the transcript. Streamed text is appended to builders and published once per flush
 * ({@link #commit()}), so a batch of a thousand deltas is one property change. FX thread only.
 */
public final class MessageViewModel {

    /** How an assistant message ended when not normally. */
    public enum End { NONE, STOPPED, FAILED, INTERRUPTED }

    private final Role role;
    private final long createdNanos = System.nanoTime();
    // Where the message is in the stored tree: known once it is saved (a streaming answer gets it at the end).
    private String id;
    private String parentId;
    private final StringBuilder contentBuffer = new StringBuilder();
    private final StringBuilder thinkingBuffer = new StringBuilder();
    private boolean dirty;

    // Properties
    private final ReadOnlyStringWrapper content = new ReadOnlyStringWrapper(this, "content", "");
    private final ReadOnlyStringWrapper thinkingText = new ReadOnlyStringWrapper(this, "thinkingText", "");
    private final ReadOnlyBooleanWrapper thinking = new ReadOnlyBooleanWrapper(this, "thinking");
    private final ReadOnlyBooleanWrapper hasThinking = new ReadOnlyBooleanWrapper(this, "hasThinking");
    private final ReadOnlyObjectWrapper<Duration> thinkingDuration = new ReadOnlyObjectWrapper<>(this, "thinkingDuration", Duration.ZERO);
    private final BooleanProperty thinkingExpanded = new SimpleBooleanProperty(this, "thinkingExpanded");
    private final ReadOnlyBooleanWrapper streaming = new ReadOnlyBooleanWrapper(this, "streaming");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ObservableList<String> options = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper awaitingAnswer = new ReadOnlyBooleanWrapper(this, "awaitingAnswer");
    private final ReadOnlyObjectWrapper<DraftCard> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<End> end = new ReadOnlyObjectWrapper<>(this, "end", End.NONE);
    private final ReadOnlyBooleanWrapper cached = new ReadOnlyBooleanWrapper(this, "cached");
    private final ReadOnlyObjectWrapper<MessageStats> stats = new ReadOnlyObjectWrapper<>(this, "stats", MessageStats.NONE);
    private final ReadOnlyIntegerWrapper siblingIndex = new ReadOnlyIntegerWrapper(this, "siblingIndex");
    private final ReadOnlyIntegerWrapper siblings = new ReadOnlyIntegerWrapper(this, "siblings", 1);

    // Live thinking time: finished segments plus the open one since its start (System.nanoTime()).
    private Duration finishedThinking = Duration.ZERO;
    private long openThinkingSince = -1;

    private MessageViewModel(Role role) {
        this.role = role;
    }

    public static MessageViewModel user(String text) {
        MessageViewModel vm = new MessageViewModel(Role.USER);
        vm.contentBuffer.append(text);
        vm.content.set(text);
        return vm;
    }

    /** A saved user message. */
    static MessageViewModel user(Message message, String parentId, int siblingIndex, int siblings) {
        MessageViewModel vm = user(message.content());
        vm.placed(message.id(), parentId, siblingIndex, siblings);
        return vm;
    }

    /**
     * A message read back from the store, settled. {@code awaiting}: it is the question the session still waits on,
     * so its options can be picked.
     */
    static MessageViewModel stored(StoredMessage stored, boolean awaiting) {
        Message message = stored.message();
        MessageViewModel vm;
        if (message.role() != Role.ASSISTANT) {
            vm = user(message.content());
        } else {
            vm = new MessageViewModel(Role.ASSISTANT);
            Map<String, String> metadata = message.metadata();
            String question = metadata.get("question");
            String answer = question != null && message.content().equals(question) ? "" : message.content();
            vm.contentBuffer.append(answer);
            vm.content.set(answer);
            String thinkingText = message.thinkingText();
            vm.thinkingBuffer.append(thinkingText);
            vm.thinkingText.set(thinkingText);
            vm.hasThinking.set(!message.thinking().isEmpty());
            vm.finishedThinking = message.thinkingDuration();
            vm.thinkingDuration.set(vm.finishedThinking);
            vm.stats.set(message.stats());
            vm.cached.set(metadata.containsKey(Message.CACHED));
            DraftCards.fromMetadata(metadata).ifPresent(vm.draft::set);
            if (question != null) {
                vm.question.set(question);
                String options = metadata.getOrDefault("options", "");
                vm.options.setAll(options.isEmpty() ? List.of() : List.of(options.split("\n")));
                vm.awaitingAnswer.set(awaiting);
            }
            vm.error.set(metadata.getOrDefault("error", ""));
            vm.end.set(switch (metadata.getOrDefault(Message.END, "")) {
                case "stopped" -> End.STOPPED;
                case "failed" -> End.FAILED;
                case "interrupted" -> End.INTERRUPTED;
                default -> End.NONE;
            });
        }
        vm.placed(message.id(), stored.parentId(), stored.siblingIndex(), stored.siblings());
        return vm;
    }

    /** Stands for the answer a closed app never gave: the user's message is saved, its answer never started. */
    static MessageViewModel neverAnswered() {
        MessageViewModel vm = new MessageViewModel(Role.ASSISTANT);
        vm.error.set("The app closed before an answer arrived.");
        vm.end.set(End.INTERRUPTED);
        return vm;
    }

    void placed(String id, String parentId, int siblingIndex, int siblings) {
        this.id = id;
        this.parentId = parentId;
        this.siblingIndex.set(siblingIndex);
        this.siblings.set(Math.max(1, siblings));
    }

    public static MessageViewModel streamingAssistant() {
        MessageViewModel vm = new MessageViewModel(Role.ASSISTANT);
        vm.streaming.set(true);
        return vm;
    }

    // Updates applied by the ChatViewModel's flush

    void appendThinking(String text, long atNanos) {
        if (openThinkingSince < 0) {
            openThinkingSince = atNanos;
            thinking.set(true);
            hasThinking.set(true);
            thinkingExpanded.set(true);
        }
        thinkingBuffer.append(text);
        dirty = true;
    }

    void appendResponse(String text, long atNanos, boolean keepThinkingOpen) {
        closeThinking(atNanos, keepThinkingOpen);
        contentBuffer.append(text);
        dirty = true;
    }

    void ask(String text, List<String> choices, long atNanos, boolean keepThinkingOpen) {
        closeThinking(atNanos, keepThinkingOpen);
        question.set(text);
        options.setAll(choices);
        awaitingAnswer.set(true);
    }

    void fail(String message, long atNanos, boolean keepThinkingOpen) {
        closeThinking(atNanos, keepThinkingOpen);
        error.set(message);
        end.set(End.FAILED);
    }

    void showDraft(DraftCard card) {
        draft.set(card);
    }

    /** The stored message is the truth: its thinking durations replace the live estimate. */
    void recorded(Message message, boolean keepThinkingOpen) {
        id = message.id();
        closeThinking(System.nanoTime(), keepThinkingOpen);
        if (!message.thinking().isEmpty()) {
            finishedThinking = message.thinkingDuration();
            thinkingDuration.set(finishedThinking);
        }
        cached.set(message.metadata().containsKey(Message.CACHED));
        stats.set(message.stats());
        if ("stopped".equals(message.metadata().get(Message.END))) {
            end.set(End.STOPPED);
        }
    }

    void finish() {
        // The last text first: a view that re-renders when streaming ends must see the whole answer.
        commit();
        streaming.set(false);
    }

    void answered() {
        awaitingAnswer.set(false);
    }

    /** Publishes what was appended since the last commit: one change per property per flush. */
    void commit() {
        if (dirty) {
            content.set(contentBuffer.toString());
            thinkingText.set(thinkingBuffer.toString());
            dirty = false;
        }
    }

    private void closeThinking(long atNanos, boolean keepOpen) {
        if (openThinkingSince >= 0) {
            finishedThinking = finishedThinking.plusNanos(Math.max(0, atNanos - openThinkingSince));
            openThinkingSince = -1;
            thinking.set(false);
            thinkingDuration.set(finishedThinking);
            if (!keepOpen) {
                thinkingExpanded.set(false);
            }
        }
    }

    /** How long the message has waited for anything to arrive (for "waiting for the first token… 12 s"). */
    public java.time.Duration waitingFor(long nowNanos) {
        return java.time.Duration.ofNanos(Math.max(0, nowNanos - createdNanos));
    }

    /** True once any thinking or answer text has arrived. */
    public boolean hasOutput() {
        return !contentBuffer.isEmpty() || !thinkingBuffer.isEmpty();
    }

    /** Thinking time so far, for the live timer while thinking. */
    public Duration thinkingElapsed(long nowNanos) {
        return openThinkingSince < 0 ? finishedThinking : finishedThinking.plusNanos(Math.max(0, nowNanos - openThinkingSince));
    }

    public Role role() {
        return role;
    }

    /** The saved message's id; null until it is saved (and for a placeholder). */
    public String id() {
        return id;
    }

    /** The message it follows in the stored tree; null for a first message. */
    String parentId() {
        return parentId;
    }

    void parent(String parentId) {
        this.parentId = parentId;
    }

    /** Its place among the versions of this message (other answers, edited questions), from 0. */
    public ReadOnlyIntegerProperty siblingIndexProperty() {
        return siblingIndex.getReadOnlyProperty();
    }

    /** How many versions there are; the "2/3" switcher shows when more than one. */
    public ReadOnlyIntegerProperty siblingsProperty() {
        return siblings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty contentProperty() {
        return content.getReadOnlyProperty();
    }

    public String getContent() {
        return content.get();
    }

    public ReadOnlyStringProperty thinkingTextProperty() {
        return thinkingText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty thinkingProperty() {
        return thinking.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasThinkingProperty() {
        return hasThinking.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Duration> thinkingDurationProperty() {
        return thinkingDuration.getReadOnlyProperty();
    }

    public BooleanProperty thinkingExpandedProperty() {
        return thinkingExpanded;
    }

    public ReadOnlyBooleanProperty streamingProperty() {
        return streaming.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ObservableList<String> getOptions() {
        return FXCollections.unmodifiableObservableList(options);
    }

    public ReadOnlyBooleanProperty awaitingAnswerProperty() {
        return awaitingAnswer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DraftCard> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<End> endProperty() {
        return end.getReadOnlyProperty();
    }

    /** True when the answer was replayed from the cache (an identical earlier request), not asked anew. */
    public ReadOnlyBooleanProperty cachedProperty() {
        return cached.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MessageStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }
}
