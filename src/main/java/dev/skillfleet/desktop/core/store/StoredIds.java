package dev.skillfleet.desktop.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Which ids the store already holds, deleted sessions included: an id in the trash is still taken (undo brings it
 * back), so nothing new may be written under it.
 */
public final class StoredIds {

    private StoredIds() {
    }

    /** A session row with this id exists, deleted or not. */
    public static boolean sessionTaken(SessionStore store, String sessionId) {
        synchronized (store) {
            try {
                return sessionTaken(store.connection(), sessionId);
            } catch (SQLException e) {
                throw SessionStore.failure("look up the conversation " + sessionId, e);
            }
        }
    }

    /** The session exists but is deleted (in the trash until purged). */
    public static boolean sessionDeleted(SessionStore store, String sessionId) {
        synchronized (store) {
            try (PreparedStatement s = store.connection().prepareStatement(
                    "SELECT 1 FROM sessions WHERE id = ? AND deleted_at IS NOT NULL")) {
                s.setString(1, sessionId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            } catch (SQLException e) {
                throw SessionStore.failure("look up the conversation " + sessionId, e);
            }
        }
    }

    static boolean sessionTaken(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM sessions WHERE id = ?")) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Any of these message ids is in the store (message ids are unique across sessions). */
    static boolean anyMessageTaken(Connection c, Collection<String> messageIds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM messages WHERE id = ?")) {
            for (String id : messageIds) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
