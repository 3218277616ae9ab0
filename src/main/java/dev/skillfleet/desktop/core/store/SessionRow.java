package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.conversation.ConversationState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A row of the sessions table: what opening a session needs, and the small updates a session makes. */
record SessionRow(String id, String userId, ConversationState state, String profileId, String leafId,
                  PendingQuestion pendingQuestion) {

    static final String SUMMARY = "SELECT s.id, s.title, s.state, s.created_at, s.updated_at, s.pinned, s.profile_id, "
            + "coalesce((SELECT depth + 1 FROM messages WHERE id = s.leaf_id), 0) FROM sessions s";

    static Optional<SessionRow> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT user_id, state, profile_id, leaf_id, context "
                + "FROM sessions WHERE id = ? AND deleted_at IS NULL")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SessionRow(id, rs.getString(1), state(rs.getString(2)), rs.getString(3),
                        rs.getString(4), MessageJson.question(MessageJson.read(rs.getString(5)))));
            }
        }
    }

    static List<SessionSummary> summaries(PreparedStatement s) throws SQLException {
        List<SessionSummary> list = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                list.add(new SessionSummary(rs.getString(1), rs.getString(2), state(rs.getString(3)), rs.getInt(8),
                        Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)), rs.getInt(6) == 1,
                        rs.getString(7)));
            }
        }
        return list;
    }

    /** A state this build does not know (written by a newer one) reads as COMPLETED: the user can go on. */
    private static ConversationState state(String name) {
        try {
            return ConversationState.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return ConversationState.COMPLETED;
        }
    }

    static void insertIfMissing(Connection c, String id, String userId, String profileId, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO sessions (id, user_id, title, created_at, "
                + "updated_at, state, profile_id) VALUES (?, ?, '', ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, userId);
            s.setLong(3, now.toEpochMilli());
            s.setLong(4, now.toEpochMilli());
            s.setString(5, ConversationState.IDLE.name());
            s.setString(6, profileId);
            s.executeUpdate();
        }
    }

    static void saveState(Connection c, String id, ConversationState state, PendingQuestion pending, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sessions SET state = ?, context = ?, updated_at = ? "
                + "WHERE id = ?")) {
            s.setString(1, state.name());
            s.setString(2, pending == null ? null : MessageJson.write(MessageJson.question(pending)));
            s.setLong(3, now.toEpochMilli());
            s.setString(4, id);
            s.executeUpdate();
        }
    }

    static void saveLeaf(Connection c, String id, String leafId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sessions SET leaf_id = ? WHERE id = ?")) {
            s.setString(1, leafId);
            s.setString(2, id);
            s.executeUpdate();
        }
    }

    static void touch(Connection c, String id, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sessions SET updated_at = ? WHERE id = ?")) {
            s.setLong(1, now.toEpochMilli());
            s.setString(2, id);
            s.executeUpdate();
        }
    }

    /** Titles an untitled session from its first message; a title the user gave stays. */
    static void autoTitle(Connection c, String id, String title) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sessions SET title = ? "
                + "WHERE id = ? AND title_by_user = 0")) {
            s.setString(1, title);
            s.setString(2, id);
            s.executeUpdate();
        }
    }
}
