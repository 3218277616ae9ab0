package dev.skillfleet.desktop.core.assistant;

/**
 * Where a handler sends what it produces; every call checks for cancellation and may throw
 * {@link TurnCancelledException}.
 */
public interface TurnOutput {

    /** A reasoning step (a delta: include the line break when a step is a line). */
    void thinking(String text);

    /** An answer chunk (a delta). */
    void response(String text);

    /**
     * Ends the turn with a question. {@code continuation} says how the user's next message continues the turn.
     */
    void ask(PendingQuestion continuation);

    /** Records a draft the turn wrote; it is shown as a card and reported by the complete event. */
    void draft(DraftCard card);

    boolean cancelled();

    /** Runs {@code action} when the user stops the turn (at once if already stopped): e.g. cancels an HTTP call. */
    void onCancel(Runnable action);

    /** Figures a model reported for this answer; null where it reported nothing. */
    void usage(Integer promptTokens, Integer completionTokens, Double tokensPerSecond);

    /**
     * Says the answer was replayed from the cache of identical model requests rather than generated again; the
     * message is then marked {@link dev.skillfleet.desktop.core.conversation.Message#CACHED}. Outputs that keep no
     * message ignore it.
     */
    default void markCached() {
    }
}
