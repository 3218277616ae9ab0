package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.intent.Intent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs one turn of a session on the calling thread: records the user's message, moves the state machine, streams
 * the assistant's events to a listener, stores the assistant's message (also when the turn failed or was stopped:
 * what arrived is kept) and ends with a {@link TurnEvent.Complete}. While the answer streams, the session is given
 * its progress about once a second, so a store can save it as it grows.
 */
public final class TurnRunner {

    /** How often a growing answer is handed to the session's listeners (a crash loses at most this much). */
    static final long PROGRESS_NANOS = 1_000_000_000L;

    private final StreamingAssistant assistant;
    private final LongSupplier nanoClock;

    public TurnRunner(StreamingAssistant assistant) {
        this(assistant, System::nanoTime);
    }

    public TurnRunner(StreamingAssistant assistant, LongSupplier nanoClock) {
        this.assistant = Objects.requireNonNull(assistant);
        this.nanoClock = Objects.requireNonNull(nanoClock);
    }

    public StreamingAssistant assistant() {
        return assistant;
    }

    /**
     * @throws IllegalArgumentException when the text is blank (callers never send those)
     * @throws dev.skillfleet.desktop.core.conversation.IllegalTransitionException when a turn is already running
     */
    public TurnResult run(ConversationSession session, String text, Consumer<TurnEvent> listener, CancelToken cancel) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An empty message is not sent");
        }
        session.transitionTo(ConversationState.ACTIVE);
        try {
            session.addMessage(Message.user(text));
        } catch (RuntimeException notSaved) {
            try {
                session.transitionTo(ConversationState.ERROR);
            } catch (RuntimeException alsoNotSaved) {
                notSaved.addSuppressed(alsoNotSaved);
            }
            throw notSaved;
        }
        return answer(session, text, listener, cancel);
    }

    /**
     * Answers the session's last message (a user message) again: the new answer becomes a sibling of the previous
     * one. The caller has rewound the session to that message.
     *
     * @throws IllegalStateException when the branch does not end with a user message
     */
    public TurnResult regenerate(ConversationSession session, Consumer<TurnEvent> listener, CancelToken cancel) {
        List<Message> held = session.messages();
        if (held.isEmpty() || held.getLast().role() != Role.USER) {
            throw new IllegalStateException("Only an answer to a user message can be regenerated");
        }
        session.transitionTo(ConversationState.ACTIVE);
        return answer(session, held.getLast().content(), listener, cancel);
    }

    private TurnResult answer(ConversationSession session, String text, Consumer<TurnEvent> listener,
                              CancelToken cancel) {
        String replyId = UUID.randomUUID().toString();
        TurnRecorder[] self = new TurnRecorder[1];
        long[] lastProgress = {nanoClock.getAsLong()};
        Consumer<TurnEvent> withProgress = event -> {
            listener.accept(event);
            long now = nanoClock.getAsLong();
            if ((event instanceof TurnEvent.Thinking || event instanceof TurnEvent.Response)
                    && now - lastProgress[0] >= PROGRESS_NANOS) {
                lastProgress[0] = now;
                session.progress(new Message(replyId, Role.ASSISTANT, self[0].answer(), java.time.Instant.now(),
                        Map.of(), self[0].thinkingSoFar(), null));
            }
        };
        TurnRecorder recorder = new TurnRecorder(withProgress, nanoClock, cancel);
        self[0] = recorder;
        Intent intent = null;
        String end = null;
        String failure = null;
        try {
            TurnRequest request = assistant.route(text, session);
            intent = request.intent().intent();
            intent = assistant.stream(request, recorder);
        } catch (TurnCancelledException stopped) {
            end = "stopped";
        } catch (UserFacingException e) {
            failure = e.getMessage();
        } catch (Exception e) {
            failure = describe(e);
        }
        if (failure != null) {
            end = "failed";
            recorder.error(failure);
        }
        recorder.finish();

        ConversationState finalState = failure != null ? ConversationState.ERROR
                : recorder.question().isPresent() && end == null ? ConversationState.AWAITING_INPUT
                : ConversationState.COMPLETED;
        Message reply = assistantMessage(replyId, recorder, intent, end, failure);
        try {
            session.addMessage(reply);
        } catch (RuntimeException notSaved) {
            // The answer stays on screen (its events were shown); the user learns it is not saved.
            recorder.error("This answer could not be saved: " + notSaved.getMessage());
            session.transitionTo(ConversationState.ERROR);
            recorder.complete(new TurnEvent.Complete(intent, ConversationState.ERROR, recorder.draft()));
            return new TurnResult(intent, ConversationState.ERROR, reply, recorder.draft());
        }
        if (finalState == ConversationState.AWAITING_INPUT) {
            session.context().put(PendingQuestion.CONTEXT_KEY, recorder.question().orElseThrow());
        }
        session.transitionTo(finalState);
        recorder.complete(new TurnEvent.Complete(intent, finalState, recorder.draft()));
        return new TurnResult(intent, finalState, session.messages().getLast(), recorder.draft());
    }

    private static Message assistantMessage(String id, TurnRecorder recorder, Intent intent, String end,
                                            String failure) {
        Map<String, String> metadata = new HashMap<>();
        if (intent != null) {
            metadata.put(Message.INTENT, intent.name());
        }
        if (end != null) {
            metadata.put(Message.END, end);
        }
        if (failure != null) {
            metadata.put("error", failure);
        }
        recorder.draft().ifPresent(d -> metadata.putAll(DraftCards.toMetadata(d)));
        if (recorder.cached()) {
            metadata.put(Message.CACHED, "true");
        }
        recorder.question().ifPresent(q -> {
            metadata.put("question", q.question());
            metadata.put("options", String.join("\n", q.options()));
        });
        String content = recorder.answer();
        if (content.isEmpty() && recorder.question().isPresent()) {
            content = recorder.question().get().question();
        }
        return new Message(id, Role.ASSISTANT, content, java.time.Instant.now(), metadata,
                recorder.thinking(), recorder.stats());
    }

    /** An unexpected failure, said plainly; the type is kept because it helps a bug report. */
    private static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? "Unexpected failure (" + type + ")"
                : "Unexpected failure (" + type + "): " + message;
    }
}
