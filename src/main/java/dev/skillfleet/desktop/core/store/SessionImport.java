package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Brings a session exported as JSON ({@link SessionExport}) into the store: checked whole first (see
 * {@link SessionFile}), then written — the session, every branch, its state and pending question — in one
 * transaction, so a refused or failed import leaves the store as it was. When the session's id or any of its message
 * ids is already in the store (importing an export of a session that is still there), everything gets fresh ids,
 * parents included: the import is then a copy, never a merge into the original.
 */
public final class SessionImport {

    /** The file is not an export this build can read; the message names the field and the problem. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private SessionImport() {
    }

    /** An export read and checked, not yet written: checking first lets a caller refuse before opening anything. */
    public static final class Checked {
        private final SessionFile file;

        private Checked(SessionFile file) {
            this.file = file;
        }

        /** How many messages (all branches) it holds. */
        public int messages() {
            return file.messages().size();
        }
    }

    /** Reads and checks the file; problems are prefixed with its path. */
    public static Checked read(Path file) throws Refused {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new Refused("There is no file " + file);
        } catch (CharacterCodingException e) {
            throw new Refused(file + ": not UTF-8 text, so not a session export");
        } catch (IOException e) {
            throw new Refused("Cannot read " + file + ": " + e);
        }
        try {
            return parse(text);
        } catch (Refused e) {
            throw new Refused(file + ": " + e.getMessage());
        }
    }

    /** Checks an export given as text. */
    public static Checked parse(String json) throws Refused {
        return new Checked(SessionFile.parse(json));
    }

    /** Reads, checks and imports the file; returns the imported session's id. */
    public static String importFile(SessionStore store, Path file, String userId) throws Refused {
        return write(store, read(file), userId);
    }

    /** Checks and imports the export in {@code json}; returns the imported session's id. */
    public static String importJson(SessionStore store, String json, String userId) throws Refused {
        return write(store, parse(json), userId);
    }

    /**
     * Writes a checked export, all of it or (on a database failure) none of it.
     *
     * @param userId the user the imported session belongs to (an export does not say)
     * @return the id of the imported session: the file's, or a fresh one when that was taken
     * @throws StoreException when the database could not write it (nothing was written)
     */
    public static String write(SessionStore store, Checked checked, String userId) {
        synchronized (store) {
            Connection c = store.connection();
            try {
                return Transaction.run(c, connection -> write(connection, checked.file, userId));
            } catch (SQLException e) {
                throw SessionStore.failure("import the conversation", e);
            }
        }
    }

    private static String write(Connection c, SessionFile file, String userId) throws SQLException {
        List<SessionFile.Entry> entries = file.messages();
        boolean named = file.sessionId() != null && !file.sessionId().isBlank();
        // A copy of a session still in the store gets fresh ids throughout, so nothing links it to the original.
        boolean copy = named && StoredIds.sessionTaken(c, file.sessionId())
                || StoredIds.anyMessageTaken(c, entries.stream().map(e -> e.message().id()).toList());
        Map<String, String> ids = new HashMap<>();
        for (SessionFile.Entry e : entries) {
            ids.put(e.message().id(), copy ? UUID.randomUUID().toString() : e.message().id());
        }
        String sessionId = named && !copy ? file.sessionId() : UUID.randomUUID().toString();
        insertSession(c, sessionId, file, userId, file.leafId() == null ? null : ids.get(file.leafId()));
        for (SessionFile.Entry e : entries) {
            Message m = e.message();
            Message renamed = new Message(ids.get(m.id()), m.role(), m.content(), m.timestamp(), m.metadata(),
                    m.thinking(), m.stats());
            MessageRows.save(c, sessionId, renamed, e.parentId() == null ? null : ids.get(e.parentId()), e.depth(),
                    false);
        }
        return sessionId;
    }

    private static void insertSession(Connection c, String id, SessionFile file, String userId, String leafId)
            throws SQLException {
        String title = file.title().strip();
        if (title.isEmpty()) {
            // An untitled export is titled as a new chat would be: from its first message, never from thinking.
            title = file.messages().stream().filter(e -> e.depth() == 0 && e.message().role() == Role.USER)
                    .findFirst().map(e -> SessionStore.titleOf(e.message().content())).orElse("");
        }
        boolean awaiting = file.state() == ConversationState.AWAITING_INPUT && file.pending() != null;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sessions (id, user_id, title, title_by_user, "
                + "created_at, updated_at, state, profile_id, context, pinned, leaf_id) "
                + "VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, userId);
            s.setString(3, title);
            s.setLong(4, file.createdAt().toEpochMilli());
            s.setLong(5, file.updatedAt().toEpochMilli());
            s.setString(6, file.state().name());
            s.setString(7, file.profileId());
            s.setString(8, awaiting ? MessageJson.write(MessageJson.question(file.pending())) : null);
            s.setInt(9, file.pinned() ? 1 : 0);
            s.setString(10, leafId);
            s.executeUpdate();
        }
    }
}
