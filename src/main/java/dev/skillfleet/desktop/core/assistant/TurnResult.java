package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.intent.Intent;

import java.util.Optional;

/** How a turn ended: the state it left the session in and the assistant message it stored. */
public record TurnResult(Intent intent, ConversationState state, Message message, Optional<DraftCard> draft) {

    public boolean failed() {
        return state == ConversationState.ERROR;
    }
}
