package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.intent.Intent;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs one turn of a session on the calling thread: records the user's message, moves the state machine, streams
 * the assistant's events to a listener, stores the assistant's message (also when the turn failed or was stopped:
 * what arrived is kept) and ends with a {@link TurnEvent.Complete}.
 */
public final class TurnRunner {

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
        session.addMessage(Message.user(text));

        TurnRecorder recorder = new TurnRecorder(listener, nanoClock, cancel);
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
        session.addMessage(assistantMessage(recorder, intent, end, failure));
        if (finalState == ConversationState.AWAITING_INPUT) {
            session.context().put(PendingQuestion.CONTEXT_KEY, recorder.question().orElseThrow());
        }
        session.transitionTo(finalState);
        recorder.complete(new TurnEvent.Complete(intent, finalState, recorder.draft()));
        return new TurnResult(intent, finalState, session.messages().getLast(), recorder.draft());
    }

    private static Message assistantMessage(TurnRecorder recorder, Intent intent, String end, String failure) {
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
        recorder.draft().ifPresent(d -> metadata.put(Message.DRAFT, d.skillFile().toString()));
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
        return new Message(UUID.randomUUID().toString(), Role.ASSISTANT, content, java.time.Instant.now(), metadata,
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
