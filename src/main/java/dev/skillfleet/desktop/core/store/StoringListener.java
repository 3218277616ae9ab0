package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.SessionListener;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Saves one session as it changes, on the thread that changed it and before the listeners after it (the UI) hear of
 * it. A failed write throws, so the change is not shown as done. Knows the end of the active branch, where the next
 * message goes.
 */
final class StoringListener implements SessionListener {

    private final SessionStore store;
    private final ConversationSession session;
    private final String id;
    private final String userId;
    private final String profileId;
    private volatile String leafId;
    private boolean rowWritten;

    StoringListener(SessionStore store, ConversationSession session, String userId, String profileId, String leafId) {
        this.store = store;
        this.session = session;
        this.id = session.id();
        this.userId = userId;
        this.profileId = profileId;
        this.leafId = leafId;
    }

    String id() {
        return id;
    }

    /** The session is already stored. */
    void existing() {
        rowWritten = true;
    }

    /** The transaction that wrote the row was rolled back. */
    void rowMayBeMissing() {
        rowWritten = false;
    }

    /** Writes the session's row the first time anything of it is saved (an empty new chat is never stored). */
    void ensureRow(Connection c, Instant now) throws SQLException {
        if (!rowWritten) {
            Object chosen = session.context().get(SessionStore.PROFILE_CONTEXT_KEY);
            SessionRow.insertIfMissing(c, id, userId, chosen instanceof String p ? p : profileId, now);
            rowWritten = true;
        }
    }

    @Override
    public void messageAdded(Message message, int messageCount) {
        store.saveMessage(this, message, leafId, messageCount - 1, false);
        leafId = message.id();
    }

    @Override
    public void messageProgress(Message partial) {
        // The partial answer follows the current end; the end itself moves once the answer is added.
        store.saveMessage(this, partial, leafId, session.messageCount(), true);
    }

    @Override
    public void stateChanged(ConversationState from, ConversationState to) {
        // The question a session waits on is in its context by the time it moves to AWAITING_INPUT.
        Object pending = session.context().get(PendingQuestion.CONTEXT_KEY);
        store.saveState(this, to, to == ConversationState.AWAITING_INPUT && pending instanceof PendingQuestion question
                ? question : null);
    }

    @Override
    public void rewound(Message leaf, int messageCount) {
        leafId = leaf == null ? null : leaf.id();
        store.saveLeaf(this, leafId);
    }
}
