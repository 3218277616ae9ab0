package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and writing message rows: one message each, placed in the session's tree by parent and depth. */
final class MessageRows {

    /** Marks an answer that was still streaming when the app stopped. */
    static final String INTERRUPTED = "interrupted";

    private static final String COLUMNS = "m.id, m.parent_id, m.depth, m.role, m.content, m.created_at, m.metadata, "
            + "m.thinking, m.stats, m.streaming, "
            + "(SELECT count(*) FROM messages s WHERE s.session_id = m.session_id AND s.parent_id IS m.parent_id), "
            + "(SELECT count(*) FROM messages s WHERE s.session_id = m.session_id AND s.parent_id IS m.parent_id "
            + "AND s.rowid < m.rowid)";

    private MessageRows() {
    }

    /**
     * Inserts the message, or updates its content, thinking, stats and metadata when it is already there (a streamed
     * answer saved as it grew keeps its place in the tree).
     */
    static void save(Connection c, String sessionId, Message message, String parentId, int depth, boolean streaming)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO messages (id, session_id, seq, role, content, "
                + "created_at, metadata, thinking, stats, streaming, parent_id, depth) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET content = excluded.content, "
                + "metadata = excluded.metadata, thinking = excluded.thinking, stats = excluded.stats, "
                + "streaming = excluded.streaming")) {
            s.setString(1, message.id());
            s.setString(2, sessionId);
            s.setInt(3, depth);
            s.setString(4, message.role().name());
            s.setString(5, message.content());
            s.setLong(6, message.timestamp().toEpochMilli());
            s.setString(7, MessageJson.write(MessageJson.metadata(message.metadata())));
            s.setString(8, MessageJson.write(MessageJson.thinking(message.thinking())));
            s.setString(9, MessageJson.write(MessageJson.stats(message.stats())));
            s.setInt(10, streaming ? 1 : 0);
            s.setString(11, parentId);
            s.setInt(12, depth);
            s.executeUpdate();
        }
    }

    /**
     * Up to {@code limit} messages of the branch that ends at {@code leafId}, oldest first: the leaf and the messages
     * before it.
     */
    static List<StoredMessage> branchEndingAt(Connection c, String leafId, int limit) throws SQLException {
        if (leafId == null || limit <= 0) {
            return List.of();
        }
        try (PreparedStatement s = c.prepareStatement("WITH RECURSIVE path (id, n) AS (SELECT ?, 1 UNION ALL "
                + "SELECT m.parent_id, path.n + 1 FROM messages m JOIN path ON m.id = path.id "
                + "WHERE m.parent_id IS NOT NULL AND path.n < ?) "
                + "SELECT " + COLUMNS + " FROM path JOIN messages m ON m.id = path.id ORDER BY m.depth")) {
            s.setString(1, leafId);
            s.setInt(2, limit);
            return read(s);
        }
    }

    /** Every message of a session, parents before children. */
    static List<StoredMessage> all(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM messages m WHERE m.session_id = ? ORDER BY m.depth, m.rowid")) {
            s.setString(1, sessionId);
            return read(s);
        }
    }

    static String parentOf(Connection c, String messageId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT parent_id FROM messages WHERE id = ?")) {
            s.setString(1, messageId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The ids of the message's siblings (itself included), oldest first. */
    static List<String> siblings(Connection c, String messageId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT s.id FROM messages m JOIN messages s "
                + "ON s.session_id = m.session_id AND s.parent_id IS m.parent_id WHERE m.id = ? ORDER BY s.rowid")) {
            s.setString(1, messageId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    /** The end of the branch through {@code messageId} that always follows the newest reply. */
    static String newestLeafBelow(Connection c, String messageId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("WITH RECURSIVE down (id) AS (SELECT ? UNION ALL "
                + "SELECT (SELECT c.id FROM messages c WHERE c.parent_id = down.id ORDER BY c.rowid DESC LIMIT 1) "
                + "FROM down WHERE down.id IS NOT NULL) SELECT id FROM down WHERE id IS NOT NULL")) {
            s.setString(1, messageId);
            String leaf = null;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    leaf = rs.getString(1);
                }
            }
            return leaf;
        }
    }

    /** Answers still marked as streaming (the app stopped mid-answer) become finished answers marked interrupted. */
    static int markInterrupted(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE messages SET streaming = 0, "
                + "metadata = json_set(coalesce(metadata, '{}'), '$.end', ?) WHERE session_id = ? AND streaming = 1")) {
            s.setString(1, INTERRUPTED);
            s.setString(2, sessionId);
            return s.executeUpdate();
        }
    }

    private static List<StoredMessage> read(PreparedStatement s) throws SQLException {
        List<StoredMessage> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, String> metadata = new LinkedHashMap<>(MessageJson.metadata(MessageJson.read(rs.getString(7))));
                if (rs.getInt(10) == 1) {
                    metadata.putIfAbsent(Message.END, INTERRUPTED);
                }
                Message message = new Message(rs.getString(1), Role.valueOf(rs.getString(4)), rs.getString(5),
                        Instant.ofEpochMilli(rs.getLong(6)), metadata, MessageJson.thinking(MessageJson.read(rs.getString(8))),
                        MessageJson.stats(MessageJson.read(rs.getString(9))));
                rows.add(new StoredMessage(message, rs.getString(2), rs.getInt(3), rs.getInt(12), rs.getInt(11)));
            }
        }
        return rows;
    }
}
