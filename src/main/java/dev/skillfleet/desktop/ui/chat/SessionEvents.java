package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.SessionListener;
import dev.skillfleet.desktop.ui.fx.CoalescingQueue;

/**
 * Hands a session's changes (state, saved messages) to the chat's per-frame queue. Thread-safe: a session read in the
 * background is followed there, before the FX thread shows it, so none of its changes is missed.
 */
final class SessionEvents {

    private static final String LISTENER_KEY = SessionEvents.class.getName() + ".listener";

    private final CoalescingQueue<ChatUpdate> updates;

    SessionEvents(CoalescingQueue<ChatUpdate> updates) {
        this.updates = updates;
    }

    ConversationSession follow(ConversationSession session) {
        SessionListener listener = new SessionListener() {
            @Override
            public void stateChanged(ConversationState from, ConversationState to) {
                updates.offer(new ChatUpdate.StateChanged(session, to));
            }

            @Override
            public void messageAdded(Message message, int count) {
                updates.offer(new ChatUpdate.MessageRecorded(session, message, count));
            }
        };
        session.context().put(LISTENER_KEY, listener);
        session.addListener(listener);
        return session;
    }

    void stopFollowing(ConversationSession session) {
        if (session.context().remove(LISTENER_KEY) instanceof SessionListener listener) {
            session.removeListener(listener);
        }
    }
}
