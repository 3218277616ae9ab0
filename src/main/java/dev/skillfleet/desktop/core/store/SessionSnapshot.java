package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.assistant.PendingQuestion;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an export needs of one session, read in one transaction so the tree, the leaf and the summary agree
 * even while another process (the window) goes on writing to the same database.
 *
 * @param leafId   the end of the active branch; null for a session without messages
 * @param pending  the question the session waits on (AWAITING_INPUT), else null
 * @param messages every message of every branch, parents before children, siblings oldest first
 */
record SessionSnapshot(SessionSummary summary, String leafId, PendingQuestion pending, List<StoredMessage> messages) {

    /** The session {@code id}, unless it is missing or deleted. */
    static Optional<SessionSnapshot> read(SessionStore store, String id) {
        synchronized (store) {
            Connection c = store.connection();
            try {
                return Transaction.run(c, connection -> {
                    Optional<SessionSummary> summary = store.summary(id);
                    Optional<SessionRow> row = SessionRow.find(connection, id);
                    if (summary.isEmpty() || row.isEmpty()) {
                        return Optional.<SessionSnapshot>empty();
                    }
                    return Optional.of(new SessionSnapshot(summary.get(), row.get().leafId(),
                            row.get().pendingQuestion(), store.allMessages(id)));
                });
            } catch (SQLException e) {
                throw SessionStore.failure("read the conversation " + id, e);
            }
        }
    }

    /** The active branch, first message first: the leaf and its ancestors. */
    List<StoredMessage> activeBranch() {
        Map<String, StoredMessage> byId = new HashMap<>();
        messages.forEach(m -> byId.put(m.id(), m));
        List<StoredMessage> branch = new ArrayList<>();
        // Bounded by the message count, so even a damaged tree with a loop cannot hang an export.
        for (StoredMessage m = leafId == null ? null : byId.get(leafId); m != null && branch.size() < messages.size();
             m = m.parentId() == null ? null : byId.get(m.parentId())) {
            branch.addFirst(m);
        }
        return branch;
    }
}
