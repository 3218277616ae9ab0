package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.intent.IntentMatch;

import java.util.Objects;

/**
 * What a handler is asked to answer.
 *
 * @param message the text to act on: the user's message, or the original message when the user just answered a
 *                "which did you mean?" question
 * @param intent  the classification, or a certain one when the user chose it
 * @param session the conversation (history, context)
 */
public record TurnRequest(String message, IntentMatch intent, ConversationSession session) {
    public TurnRequest {
        Objects.requireNonNull(message);
        Objects.requireNonNull(intent);
        Objects.requireNonNull(session);
    }
}
