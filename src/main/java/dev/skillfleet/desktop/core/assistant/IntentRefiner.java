package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.intent.IntentMatch;

/**
 * A second opinion on a message the local classifier was unsure of, asked before the assistant asks the user
 * (conversation-design.md: "or, when an endpoint is configured, may ask the model").
 */
@FunctionalInterface
public interface IntentRefiner {

    /**
     * A better classification of {@code request}, or {@code request.intent()} unchanged when it cannot do better;
     * only a confident result is used. It may report its reasoning as thinking through {@code out}. It must not
     * throw for a failure of its own (the assistant then simply asks the user); cancellation still propagates.
     */
    IntentMatch refine(TurnRequest request, TurnOutput out);
}
