package dev.skillfleet.desktop.core.conversation;

/**
 * Observes a session without any UI toolkit. Called on the thread that changed the session (often a background
 * thread): a UI must hand the change over to its own thread.
 */
public interface SessionListener {

    default void stateChanged(ConversationState from, ConversationState to) {
    }

    default void messageAdded(Message message, int messageCount) {
    }
}
