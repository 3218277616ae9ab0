package dev.skillfleet.desktop.core.conversation;

/** A state change the state machine does not allow: a bug in the caller, never a user error. */
public final class IllegalTransitionException extends IllegalStateException {

    private final ConversationState from;
    private final ConversationState to;

    public IllegalTransitionException(ConversationState from, ConversationState to) {
        super("Illegal conversation state transition: " + from + " -> " + to);
        this.from = from;
        this.to = to;
    }

    public ConversationState from() {
        return from;
    }

    public ConversationState to() {
        return to;
    }
}
