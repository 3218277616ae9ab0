package dev.skillfleet.desktop.core.conversation;

/**
 * Observes a session without any UI toolkit. Called on the thread that changed the session (often a background
 * thread): a UI must hand the change over to its own thread.
 */
public interface SessionListener {

    default void stateChanged(ConversationState from, ConversationState to) {
    }

    /** @param messageCount the messages on the active branch, this one included */
    default void messageAdded(Message message, int messageCount) {
    }

    /** An answer still streaming, as far as it got (at most about once a second); its final form comes as added. */
    default void messageProgress(Message partial) {
    }

    /** The active branch now ends at {@code leaf} (null: it is empty) and has {@code messageCount} messages. */
    default void rewound(Message leaf, int messageCount) {
    }
}
