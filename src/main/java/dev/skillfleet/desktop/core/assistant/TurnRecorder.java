package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.MessageStats;
import dev.skillfleet.desktop.core.conversation.ThinkingSegment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Records one assistant turn as it streams: forwards every event to the listener and keeps the answer, the
 * thinking segments with their durations (a segment ends at the first non-empty answer chunk, or at the end),
 * the question asked, the draft written and whether the answer came from the cache.
 */
final class TurnRecorder implements TurnOutput {

    private final Consumer<TurnEvent> listener;
    private final LongSupplier nanoClock;
    private final CancelToken cancel;
    private final long startNanos;
    private final Instant startInstant;

    private final StringBuilder answer = new StringBuilder();
    private final List<ThinkingSegment> segments = new ArrayList<>();
    private StringBuilder openSegment;
    private long openSegmentStart;
    private long firstTokenNanos = -1;
    private PendingQuestion question;
    private DraftCard draft;
    private Integer promptTokens;
    private Integer completionTokens;
    private Double tokensPerSecond;
    private boolean cached;

    TurnRecorder(Consumer<TurnEvent> listener, LongSupplier nanoClock, CancelToken cancel) {
        this.listener = Objects.requireNonNull(listener);
        this.nanoClock = nanoClock;
        this.cancel = cancel;
        this.startNanos = nanoClock.getAsLong();
        this.startInstant = Instant.now();
    }

    @Override
    public void thinking(String text) {
        checkCancelled();
        if (text.isEmpty()) {
            return;
        }
        markFirstToken();
        if (openSegment == null) {
            openSegment = new StringBuilder();
            openSegmentStart = nanoClock.getAsLong();
        }
        openSegment.append(text);
        listener.accept(new TurnEvent.Thinking(text));
    }

    @Override
    public void response(String text) {
        checkCancelled();
        if (text.isEmpty()) {
            return;
        }
        markFirstToken();
        closeThinking();
        answer.append(text);
        listener.accept(new TurnEvent.Response(text));
    }

    @Override
    public void ask(PendingQuestion pending) {
        checkCancelled();
        closeThinking();
        this.question = pending;
        listener.accept(new TurnEvent.AwaitingInput(pending.question(), pending.options()));
    }

    @Override
    public void draft(DraftCard card) {
        this.draft = card;
    }

    @Override
    public boolean cancelled() {
        return cancel.cancelled();
    }

    @Override
    public void onCancel(Runnable action) {
        cancel.onCancel(action);
    }

    @Override
    public void usage(Integer promptTokens, Integer completionTokens, Double tokensPerSecond) {
        this.promptTokens = promptTokens != null ? promptTokens : this.promptTokens;
        this.completionTokens = completionTokens != null ? completionTokens : this.completionTokens;
        this.tokensPerSecond = tokensPerSecond != null ? tokensPerSecond : this.tokensPerSecond;
    }

    @Override
    public void markCached() {
        cached = true;
    }

    void error(String message) {
        closeThinking();
        listener.accept(new TurnEvent.Error(message));
    }

    void complete(TurnEvent.Complete complete) {
        listener.accept(complete);
    }

    /** Closes a thinking segment left open (an opener whose answer never came must not think forever). */
    void finish() {
        closeThinking();
    }

    String answer() {
        return answer.toString();
    }

    List<ThinkingSegment> thinking() {
        return List.copyOf(segments);
    }

    /** The thinking so far, an open segment included (as long as it has lasted). */
    List<ThinkingSegment> thinkingSoFar() {
        if (openSegment == null) {
            return thinking();
        }
        List<ThinkingSegment> all = new ArrayList<>(segments);
        all.add(new ThinkingSegment(openSegment.toString(), startInstant.plusNanos(openSegmentStart - startNanos),
                Duration.ofNanos(nanoClock.getAsLong() - openSegmentStart)));
        return all;
    }

    Optional<PendingQuestion> question() {
        return Optional.ofNullable(question);
    }

    Optional<DraftCard> draft() {
        return Optional.ofNullable(draft);
    }

    boolean cached() {
        return cached;
    }

    MessageStats stats() {
        Duration ttft = firstTokenNanos < 0 ? null : Duration.ofNanos(firstTokenNanos - startNanos);
        return new MessageStats(ttft, Duration.ofNanos(nanoClock.getAsLong() - startNanos), promptTokens,
                completionTokens, tokensPerSecond);
    }

    private void markFirstToken() {
        if (firstTokenNanos < 0) {
            firstTokenNanos = nanoClock.getAsLong();
        }
    }

    private void closeThinking() {
        if (openSegment == null) {
            return;
        }
        long end = nanoClock.getAsLong();
        Instant start = startInstant.plusNanos(openSegmentStart - startNanos);
        segments.add(new ThinkingSegment(openSegment.toString(), start, Duration.ofNanos(end - openSegmentStart)));
        openSegment = null;
    }

    private void checkCancelled() {
        if (cancel.cancelled()) {
            throw new TurnCancelledException();
        }
    }
}
