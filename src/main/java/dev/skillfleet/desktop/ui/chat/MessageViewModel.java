package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.MessageStats;
import dev.skillfleet.desktop.core.conversation.Role;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.List;

/**
 * One message in the transcript. Streamed text is appended to builders and published once per flush
 * ({@link #commit()}), so a batch of a thousand deltas is one property change. FX thread only.
 */
public final class MessageViewModel {

    /** How an assistant message ended when not normally. */
    public enum End { NONE, STOPPED, FAILED }

    private final Role role;
    private final long createdNanos = System.nanoTime();
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
