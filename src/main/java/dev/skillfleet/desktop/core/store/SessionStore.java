package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The conversations on disk. A session made or opened here saves itself: its listener writes each message before
 * anything else hears of it, a streaming answer as it grows, every state change (a pending question with its options
 * included) and branch moves. One connection, used by one thread at a time; never call this on the FX thread.
 */
public final class SessionStore implements AutoCloseable {

    /**
     * Key in a session's context: the profile the user chose for it before its first message (the stored row is
     * written then, with this profile).
     */
    public static final String PROFILE_CONTEXT_KEY = "profileId";

    /** Titles made from a first message stop here. */
    static final int TITLE_CHARS = 60;

    private final SessionDatabase database;
    private final Clock clock;

    public SessionStore(SessionDatabase database) {
        this(database, Clock.systemUTC());
    }

    public SessionStore(SessionDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The store in {@code dataFolder}: opened, migrated and backed up (see {@link SessionDatabase}). */
    public static SessionStore open(java.nio.file.Path dataFolder) {
        return new SessionStore(SessionDatabase.open(dataFolder));
    }

    public SessionDatabase database() {
        return database;
    }

    Connection connection() {
        return database.connection();
    }

    // Sessions

    /** A new, empty session that saves itself; it is written on its first message. */
    public ConversationSession create(String userId, String profileId) {
        return create(UUID.randomUUID().toString(), userId, profileId);
    }

    /** A new session with this id (the command line's {@code chat --session ID} names one). */
    public ConversationSession create(String id, String userId, String profileId) {
        ConversationSession session = new ConversationSession(id, userId);
        session.addListener(new StoringListener(this, session, userId, profileId, null));
        return session;
    }

    /**
     * The stored session: its state (a question it was waiting on comes back with its options), the newest messages
     * of its active branch, and a listener that goes on saving it. An answer the app was streaming when it stopped is
     * kept as far as it got and marked interrupted; the session is then in ERROR, so the user can retry.
     */
    public synchronized Optional<ConversationSession> open(String id) {
        try {
            Connection c = connection();
            Optional<SessionRow> found = SessionRow.find(c, id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            SessionRow row = found.get();
            ConversationState state = row.state();
            String leaf = row.leafId();
            if (state == ConversationState.ACTIVE) {
                // The app stopped during a turn.
                MessageRows.markInterrupted(c, id);
                state = ConversationState.ERROR;
                String below = leaf == null ? null : MessageRows.newestLeafBelow(c, leaf);
                if (below != null && !below.equals(leaf)) {
                    // It had just moved back for a regenerate or an edit whose new message never came: show the
                    // conversation as it was before, rather than a branch that hides the answers below it.
                    leaf = below;
                    SessionRow.saveLeaf(c, id, leaf);
                    state = ConversationState.COMPLETED;
                }
                SessionRow.saveState(c, id, state, null, clock.instant());
            }
            List<StoredMessage> newest = MessageRows.branchEndingAt(c, leaf, ConversationSession.HELD_MESSAGES);
            int total = newest.isEmpty() ? 0 : newest.getLast().depth() + 1;
            ConversationSession session = ConversationSession.restore(id, row.userId(), state,
                    newest.stream().map(StoredMessage::message).toList(), total - newest.size());
            if (state == ConversationState.AWAITING_INPUT && row.pendingQuestion() != null) {
                session.context().put(PendingQuestion.CONTEXT_KEY, row.pendingQuestion());
            }
            StoringListener listener = new StoringListener(this, session, row.userId(), row.profileId(), leaf);
            listener.existing();
            session.addListener(listener);
            return Optional.of(session);
        } catch (SQLException e) {
            throw failure("open the conversation " + id, e);
        }
    }

    /** Sessions not deleted and with a message: pinned first, then the most recently used. */
    public synchronized List<SessionSummary> list() {
        try (PreparedStatement s = connection().prepareStatement(SessionRow.SUMMARY
                + " WHERE s.deleted_at IS NULL AND EXISTS (SELECT 1 FROM messages m WHERE m.session_id = s.id)"
                + " ORDER BY s.pinned DESC, s.updated_at DESC")) {
            return SessionRow.summaries(s);
        } catch (SQLException e) {
            throw failure("list the conversations", e);
        }
    }

    public synchronized Optional<SessionSummary> summary(String id) {
        try (PreparedStatement s = connection().prepareStatement(SessionRow.SUMMARY
                + " WHERE s.id = ? AND s.deleted_at IS NULL")) {
            s.setString(1, id);
            return SessionRow.summaries(s).stream().findFirst();
        } catch (SQLException e) {
            throw failure("read the conversation " + id, e);
        }
    }

    /** Names the session; a title the user gave is never replaced by an automatic one. */
    public synchronized void rename(String id, String title) {
        update("rename the conversation", "UPDATE sessions SET title = ?, title_by_user = 1 WHERE id = ?",
                title.strip(), id);
    }

    public synchronized void pin(String id, boolean pinned) {
        update("pin the conversation", "UPDATE sessions SET pinned = ? WHERE id = ?", pinned ? 1 : 0, id);
    }

    /** The profile the session's next turns use. */
    public synchronized void useProfile(String id, String profileId) {
        update("save the conversation's profile", "UPDATE sessions SET profile_id = ? WHERE id = ?", profileId, id);
    }

    /**
     * Makes the active branch end at {@code messageId} (null: before the first message); the next message starts a new
     * branch there. For a message the session no longer holds in memory; reopen the session afterwards.
     */
    public synchronized void rewind(String sessionId, String messageId) {
        update("move to an earlier message", "UPDATE sessions SET leaf_id = ? WHERE id = ?", messageId, sessionId);
    }

    /** Hides the session; {@link #undelete} brings it back until {@link #purgeDeleted} removes it for good. */
    public synchronized void delete(String id) {
        update("delete the conversation", "UPDATE sessions SET deleted_at = ? WHERE id = ?",
                clock.instant().toEpochMilli(), id);
    }

    public synchronized void undelete(String id) {
        update("restore the conversation", "UPDATE sessions SET deleted_at = NULL WHERE id = ?", id);
    }

    /** Removes deleted sessions and their messages for good; returns how many. */
    public synchronized int purgeDeleted() {
        try (PreparedStatement s = connection().prepareStatement("DELETE FROM sessions WHERE deleted_at IS NOT NULL")) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure("remove deleted conversations", e);
        }
    }

    // Messages and branches

    /**
     * Up to {@code limit} messages of the session's active branch before {@code beforeMessageId} (null: its newest
     * messages), oldest first.
     */
    public synchronized List<StoredMessage> page(String sessionId, String beforeMessageId, int limit) {
        try {
            Connection c = connection();
            String end = beforeMessageId == null
                    ? SessionRow.find(c, sessionId).map(SessionRow::leafId).orElse(null)
                    : MessageRows.parentOf(c, beforeMessageId);
            return MessageRows.branchEndingAt(c, end, limit);
        } catch (SQLException e) {
            throw failure("read the conversation " + sessionId, e);
        }
    }

    /** Every message of the session, every branch, parents before children (for export). */
    public synchronized List<StoredMessage> allMessages(String sessionId) {
        try {
            return MessageRows.all(connection(), sessionId);
        } catch (SQLException e) {
            throw failure("read the conversation " + sessionId, e);
        }
    }

    /**
     * Makes the sibling {@code offset} places from {@code messageId} (−1: the previous version, +1: the next) part of
     * the active branch, down to its newest reply. Returns false when there is no such sibling. Reopen the session
     * afterwards: its messages changed.
     */
    public synchronized boolean switchSibling(String sessionId, String messageId, int offset) {
        try {
            Connection c = connection();
            List<String> siblings = MessageRows.siblings(c, messageId);
            int target = siblings.indexOf(messageId) + offset;
            if (target < 0 || target >= siblings.size() || offset == 0) {
                return false;
            }
            SessionRow.saveLeaf(c, sessionId, MessageRows.newestLeafBelow(c, siblings.get(target)));
            return true;
        } catch (SQLException e) {
            throw failure("switch to another version", e);
        }
    }

    /** The id of the sibling {@code offset} places from {@code messageId}; empty when there is none. */
    public synchronized Optional<String> sibling(String messageId, int offset) {
        try {
            List<String> siblings = MessageRows.siblings(connection(), messageId);
            int target = siblings.indexOf(messageId) + offset;
            return offset == 0 || target < 0 || target >= siblings.size() ? Optional.empty()
                    : Optional.of(siblings.get(target));
        } catch (SQLException e) {
            throw failure("find another version", e);
        }
    }

    /** Makes the branch through {@code messageId} (e.g. a search hit) the active one. */
    public synchronized void showBranchOf(String sessionId, String messageId) {
        try {
            Connection c = connection();
            String leaf = MessageRows.newestLeafBelow(c, messageId);
            if (leaf != null) {
                SessionRow.saveLeaf(c, sessionId, leaf);
            }
        } catch (SQLException e) {
            throw failure("open the message", e);
        }
    }

    // Search

    /** Messages of every session matching all the words of {@code text} (word prefixes too), best first. */
    public synchronized List<SearchHit> search(String text, int limit) {
        String query = FullTextQuery.of(text);
        if (query.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement s = connection().prepareStatement("SELECT m.session_id, s.title, m.id, m.role, "
                + "m.created_at, snippet(message_text, 0, ?, ?, '\u2026', 12) FROM message_text "
                + "JOIN messages m ON m.rowid = message_text.rowid JOIN sessions s ON s.id = m.session_id "
                + "WHERE message_text MATCH ? AND s.deleted_at IS NULL ORDER BY rank LIMIT ?")) {
            s.setString(1, SearchHit.MARK_START);
            s.setString(2, SearchHit.MARK_END);
            s.setString(3, query);
            s.setInt(4, limit);
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hits.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3),
                            Role.valueOf(rs.getString(4)), Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6)));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw failure("search the conversations", e);
        }
    }

    // Writes from a session's listener

    synchronized void saveMessage(StoringListener session, Message message, String parentId, int depth,
                                  boolean streaming) {
        saveInTransaction(session, "save the message", c -> {
            MessageRows.save(c, session.id(), message, parentId, depth, streaming);
            SessionRow.saveLeaf(c, session.id(), message.id());
            if (depth == 0 && message.role() == Role.USER) {
                SessionRow.autoTitle(c, session.id(), titleOf(message.content()));
            }
            SessionRow.touch(c, session.id(), clock.instant());
            return null;
        });
    }

    /** Writes the session's row if it is new, then {@code work}, as one transaction. */
    private void saveInTransaction(StoringListener session, String what, Transaction.Work<Void> work) {
        try {
            Transaction.run(connection(), c -> {
                session.ensureRow(c, clock.instant());
                return work.run(c);
            });
        } catch (SQLException | RuntimeException e) {
            // Rolled back: a row written in it is gone too, so write it again next time.
            session.rowMayBeMissing();
            throw e instanceof SQLException sql ? failure(what, sql) : (RuntimeException) e;
        }
    }

    synchronized void saveState(StoringListener session, ConversationState state, PendingQuestion pending) {
        // The row and its first state in one commit: a crash between them would list an empty conversation.
        saveInTransaction(session, "save the conversation's state", c -> {
            SessionRow.saveState(c, session.id(), state, pending, clock.instant());
            return null;
        });
    }

    synchronized void saveLeaf(StoringListener session, String leafId) {
        saveInTransaction(session, "save the conversation's branch", c -> {
            SessionRow.saveLeaf(c, session.id(), leafId);
            return null;
        });
    }

    /** A first message made into a title: one line, at most {@value #TITLE_CHARS} characters, cut at a word. */
    static String titleOf(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= TITLE_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_CHARS - 1);
        return (cut > TITLE_CHARS / 2 ? line.substring(0, cut) : line.substring(0, TITLE_CHARS - 1)) + "\u2026";
    }

    private void update(String what, String sql, Object... values) {
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    static StoreException failure(String what, SQLException e) {
        return new StoreException("Could not " + what + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        database.close();
    }
}
