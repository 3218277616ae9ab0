package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.TurnCancelledException;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.UserFacingException;
import dev.skillfleet.desktop.core.llm.ChatRequest;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.StreamEvent;
import dev.skillfleet.desktop.core.llm.tags.ReasoningTagFilter;

import java.util.function.Consumer;

/**
 * One streamed model call inside a turn: reasoning becomes thinking, answer text goes to a sink (the user, or a
 * buffer when the text is a SKILL.md to check first), usage becomes the message's stats. Inline reasoning tags
 * are split off per the endpoint's setting. Failures become messages for the user; what arrived stays.
 */
final class ModelCall {

    private final ModelClient client;
    private final Endpoint endpoint;

    ModelCall(ModelClient client, Endpoint endpoint) {
        this.client = client;
        this.endpoint = endpoint;
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
        ReasoningTagFilter events = new ReasoningTagFilter(endpoint.reasoningTags(), event -> {
            switch (event) {
                case StreamEvent.Reasoning r -> out.thinking(r.text());
                case StreamEvent.Content c -> answer.accept(c.text());
                case StreamEvent.Usage u -> out.usage(u.promptTokens(), u.completionTokens(), u.tokensPerSecond());
                case StreamEvent.Finished f -> { }
            }
        });
        dev.skillfleet.desktop.core.assistant.CancelToken cancel = new dev.skillfleet.desktop.core.assistant.CancelToken();
        out.onCancel(cancel::cancel);
        try {
            client.stream(endpoint, request, events, cancel);
            events.finish();
        } catch (ModelException e) {
            events.finish();
            if (e.kind() == ModelException.Kind.CANCELLED || out.cancelled()) {
                throw new TurnCancelledException();
            }
            throw new UserFacingException(e.getMessage(), e);
        }
    }
}
