package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.assistant.TurnEvent;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;

/** What producer threads hand to the FX thread; {@code atNanos} is when it happened, for thinking durations. */
sealed interface ChatUpdate {

    record Event(MessageViewModel target, TurnEvent event, long atNanos) implements ChatUpdate {
    }

    /** {@code source} lets a flush ignore news from a session the user has already left. */
    record StateChanged(ConversationSession source, ConversationState state) implements ChatUpdate {
    }

    record MessageRecorded(ConversationSession source, Message message, int count) implements ChatUpdate {
    }

    /** Work done in the background whose result the FX thread applies, in order with the turn's events. */
    record Apply(Runnable onFxThread) implements ChatUpdate {
    }
}
