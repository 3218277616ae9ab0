package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.TurnCancelledException;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.UserFacingException;
import dev.skillfleet.desktop.core.llm.ChatRequest;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.StreamEvent;
import dev.skillfleet.desktop.core.llm.tags.ReasoningTagFilter;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One streamed model call inside a turn: reasoning becomes thinking, answer text goes to a sink (the user, or a
 * buffer when the text is a SKILL.md to check first), usage becomes the message's stats. Inline reasoning tags
 * are split off per the endpoint's setting. Failures become messages for the user; what arrived stays.
 *
 * <p>An identical request made before is answered from the {@link CompletionCache} at once, and the turn's message
 * is marked cached; only answers that streamed to their proper end are kept, never a failed, stopped or cut-off one.
 */
final class ModelCall {

    private final ModelClient client;
    private final Endpoint endpoint;
    private final CompletionCache completions;
    private final boolean answersTheTurn;

    /** A call without a completion cache. */
    ModelCall(ModelClient client, Endpoint endpoint) {
        this(client, endpoint, CompletionCache.off());
    }

    ModelCall(ModelClient client, Endpoint endpoint, CompletionCache completions) {
        this(client, endpoint, completions, true);
    }

    private ModelCall(ModelClient client, Endpoint endpoint, CompletionCache completions, boolean answersTheTurn) {
        this.client = client;
        this.endpoint = endpoint;
        this.completions = completions;
        this.answersTheTurn = answersTheTurn;
    }

    /**
     * The same call for a side question such as classifying the message: a replay of it does not mark the turn's
     * message cached, because the message's answer comes from another call.
     */
    ModelCall forSideQuestions() {
        return new ModelCall(client, endpoint, completions, false);
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /** The model's id for thinking lines; a Skill Fleet server picks its own model, so it has none. */
    String modelName() {
        return endpoint.model().isEmpty() ? "the model" : endpoint.model();
    }

    /** Streams the answer straight to the user. */
    void streamToUser(ChatRequest request, TurnOutput out) throws UserFacingException {
        stream(request, out, out::response);
    }

    /** Streams the answer into a buffer (thinking still goes to the user) and returns it. */
    String collect(ChatRequest request, TurnOutput out) throws UserFacingException {
        StringBuilder answer = new StringBuilder();
        stream(request, out, answer::append);
        return answer.toString();
    }

    private void stream(ChatRequest request, TurnOutput out, Consumer<String> answer) throws UserFacingException {
        Optional<RecordedCompletion> cached = completions.find(endpoint, request);
        if (cached.isPresent()) {
            if (answersTheTurn) {
                out.markCached();
            }
            cached.get().replay(out, answer);
            return;
        }
        RecordedCompletion.Recorder recording = new RecordedCompletion.Recorder();
        ThinkingLine thinking = new ThinkingLine(out);
        ReasoningTagFilter events = new ReasoningTagFilter(endpoint.reasoningTags(), event -> {
            switch (event) {
                case StreamEvent.Reasoning r -> {
                    thinking.send(r.text());
                    recording.thinking(r.text());
                }
                case StreamEvent.Content c -> {
                    answer.accept(c.text());
                    recording.answer(c.text());
                }
                case StreamEvent.Usage u -> {
                    out.usage(u.promptTokens(), u.completionTokens(), u.tokensPerSecond());
                    recording.usage(u.promptTokens(), u.completionTokens());
                }
                case StreamEvent.Finished f -> recording.finished(f.reason());
            }
        });
        CancelToken cancel = new CancelToken();
        out.onCancel(cancel::cancel);
        try {
            client.stream(endpoint, request, events, cancel);
            events.finish();
        } catch (ModelException e) {
            events.finish();
            thinking.end();
            if (e.kind() == ModelException.Kind.CANCELLED || out.cancelled()) {
                throw new TurnCancelledException();
            }
            throw new UserFacingException(e.getMessage(), e);
        }
        thinking.end();
        if (!out.cancelled()) {
            recording.complete().ifPresent(completion -> completions.store(endpoint, request, completion));
        }
    }
}
