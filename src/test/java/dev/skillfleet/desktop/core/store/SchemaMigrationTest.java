package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.MessageStats;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.conversation.ThinkingSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upgrading a database written by the first schema, and what happens when an upgrade cannot be done: a failed step
 * puts the backup back, a newer file or a file that is not a database is refused untouched. Also the daily backups.
 */
class SchemaMigrationTest {

    private static final Migration FIRST = SchemaMigrations.all().getFirst();
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path temp;

    /** The first schema's history of three sessions, as that version stored them. */
    private static final List<Message> ONE = List.of(
            new Message("m1", Role.USER, "How do I cache Redis lookups in Python?", T0, Map.of(), List.of(), null),
            new Message("m2", Role.ASSISTANT, "Use a **read-through** cache:\n\n```python\ncache.get(key)\n```",
                    T0.plusSeconds(5), Map.of(Message.INTENT, "GENERAL_CHAT"),
                    List.of(new ThinkingSegment("The user wants caching.", T0.plusSeconds(1), Duration.ofMillis(1200)),
                            new ThinkingSegment("Mention TTLs.", null, Duration.ofMillis(300))),
                    new MessageStats(Duration.ofMillis(180), Duration.ofMillis(2400), 120, 85, 35.4)),
            new Message("m3", Role.USER, "And the expiry? Think of zanzibar caf\u00e9s \ud83d\ude80", T0.plusSeconds(60),
                    Map.of(), List.of(), null),
            new Message("m4", Role.ASSISTANT, "Set a TTL on each key.", T0.plusSeconds(65),
                    Map.of(Message.INTENT, "GENERAL_CHAT", Message.CACHED, "true"), List.of(), null));
    private static final List<Message> TWO = List.of(
            new Message("q1", Role.USER, "Make me a skill", T0.plusSeconds(100), Map.of(), List.of(), null),
            new Message("q2", Role.ASSISTANT, "Which format?", T0.plusSeconds(101),
                    Map.of("question", "Which format?", "options", "Markdown\nJSON"), List.of(), null));
    private static final PendingQuestion QUESTION = new PendingQuestion("Which format?", List.of("Markdown", "JSON"),
            null, "Make me a skill");
    private static final List<Message> THREE = List.of(
            new Message("r1", Role.USER, "Explain everything", T0.plusSeconds(200), Map.of(), List.of(), null),
            new Message("r2", Role.ASSISTANT, "The first part of a long answer", T0.plusSeconds(201), Map.of(),
                    List.of(), null));

    @Test
    void aFirstSchemaDatabaseIsUpgradedWithEveryConversationIntactAndBackedUpFirst() throws Exception {
        Path data = temp.resolve("data");
        List<List<Object>> firstRows = writeFirstSchema(data);

        try (SessionDatabase db = SessionDatabase.open(data, SchemaMigrations.all(), clock("2025-03-02T09:30:00Z"))) {
            SessionStore store = new SessionStore(db, clock("2025-03-02T09:30:00Z"));
            assertThat(SchemaMigrations.version(db.connection())).isEqualTo(2);
            assertThat(store.list()).extracting(SessionSummary::id, SessionSummary::title, SessionSummary::state,
                    SessionSummary::messages, SessionSummary::profileId).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("s-one", "How do I cache Redis lookups in Python?",
                            ConversationState.COMPLETED, 4, "offline"),
                    org.assertj.core.groups.Tuple.tuple("s-two", "Make me a skill", ConversationState.AWAITING_INPUT,
                            2, null),
                    org.assertj.core.groups.Tuple.tuple("s-three", "Explain everything", ConversationState.ACTIVE,
                            2, null));

            // One branch each: every message follows the one before it (by the old order, not the insertion order).
            List<StoredMessage> one = store.page("s-one", null, 100);
            assertThat(one).extracting(StoredMessage::id).containsExactly("m1", "m2", "m3", "m4");
            assertThat(one).extracting(StoredMessage::parentId).containsExactly(null, "m1", "m2", "m3");
            assertThat(one).extracting(StoredMessage::depth).containsExactly(0, 1, 2, 3);
            assertThat(one).extracting(StoredMessage::siblings).containsOnly(1);
            assertThat(one).extracting(StoredMessage::message).containsExactlyElementsOf(ONE);
            assertThat(leaf(db.connection(), "s-one")).isEqualTo("m4");
            assertThat(leaf(db.connection(), "s-two")).isEqualTo("q2");

            assertThat(store.search("zanzibar", 10)).extracting(SearchHit::sessionId, SearchHit::messageId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("s-one", "m3"));
            assertThat(store.search("cafe", 10)).as("accents folded, as for new messages")
                    .extracting(SearchHit::messageId).containsExactly("m3");
            assertThat(store.search("redis", 10)).extracting(SearchHit::messageId).containsExactly("m1");

            ConversationSession waiting = store.open("s-two").orElseThrow();
            assertThat(waiting.state()).isEqualTo(ConversationState.AWAITING_INPUT);
            assertThat(waiting.context().get(PendingQuestion.CONTEXT_KEY)).isEqualTo(QUESTION);
            ConversationSession cut = store.open("s-three").orElseThrow();
            assertThat(cut.state()).isEqualTo(ConversationState.ERROR);
            assertThat(cut.messages().getLast().metadata()).containsEntry(Message.END, MessageRows.INTERRUPTED);

            // An upgraded conversation goes on where it was.
            ConversationSession continued = store.open("s-one").orElseThrow();
            continued.transitionTo(ConversationState.ACTIVE);
            continued.addMessage(Message.user("One more thing"));
            assertThat(store.page("s-one", null, 100)).extracting(StoredMessage::parentId, StoredMessage::depth)
                    .last().isEqualTo(org.assertj.core.groups.Tuple.tuple("m4", 4));
        }

        Path backup = data.resolve("backups").resolve("sessions-v1-before-v2-20250302-093000.db");
        assertThat(backupsIn(data)).contains(backup).noneMatch(p -> p.toString().endsWith(".partial"));
        try (Connection c = plain(backup)) {
            assertThat(SchemaMigrations.version(c)).as("the backup is the first schema's file").isEqualTo(1);
            assertThat(query(c, "PRAGMA integrity_check")).containsExactly(List.of("ok"));
            assertThat(firstSchemaRows(c)).as("and holds the same rows").isEqualTo(firstRows);
        }
    }

    @Test
    void aFailedUpgradeStepPutsTheBackupBackAndSaysSo() throws Exception {
        Path data = temp.resolve("data");
        writeFirstSchema(data);
        SessionDatabase.open(data, SchemaMigrations.all(), clock("2025-03-02T09:30:00Z")).close();
        List<List<Object>> before = allRows(data.resolve(SessionDatabase.FILE_NAME));

        // A step that blanks things, then fails halfway.
        Migration broken = new Migration(3, "V3__broken.sql", List.of(
                "ALTER TABLE sessions ADD COLUMN colour TEXT",
                "UPDATE sessions SET title = ''",
                "DELETE FROM messages",
                "INSERT INTO no_such_table VALUES (1)"));
        List<Migration> three = new ArrayList<>(SchemaMigrations.all());
        three.add(broken);
        assertThatThrownBy(() -> SessionDatabase.open(data, three, clock("2025-03-03T08:00:00Z")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("from schema 2 to 3 failed")
                .hasMessageContaining("V3__broken.sql")
                .hasMessageContaining("no_such_table")
                .hasMessageContaining("restored from the backup")
                .hasMessageContaining("conversations are unchanged");

        Path file = data.resolve(SessionDatabase.FILE_NAME);
        try (Connection c = plain(file)) {
            assertThat(SchemaMigrations.version(c)).isEqualTo(2);
            assertThat(query(c, "PRAGMA integrity_check")).containsExactly(List.of("ok"));
            assertThat(query(c, "SELECT count(*) FROM pragma_table_info('sessions') WHERE name = 'colour'"))
                    .containsExactly(List.of(0));
        }
        assertThat(allRows(file)).as("nothing blanked").isEqualTo(before).isNotEmpty();
        assertThat(backupsIn(data)).anyMatch(p -> p.getFileName().toString()
                .equals("sessions-v2-before-v3-20250303-080000.db"));
        try (SessionStore store = SessionStore.open(data)) {
            assertThat(store.list()).hasSize(3);
            assertThat(store.page("s-one", null, 10)).extracting(StoredMessage::message).containsExactlyElementsOf(ONE);
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAsItWas() throws Exception {
        Path data = temp.resolve("data");
        writeFirstSchema(data);
        SessionDatabase.open(data, SchemaMigrations.all(), clock("2025-03-02T09:30:00Z")).close();
        Path file = data.resolve(SessionDatabase.FILE_NAME);
        try (Connection c = plain(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] bytes = Files.readAllBytes(file);
        List<Path> files = everyFile(data);

        assertThatThrownBy(() -> SessionStore.open(data)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("newer version")
                .hasMessageContaining("schema 99")
                .hasMessageContaining("Nothing was changed");
        assertThat(Files.readAllBytes(file)).as("same bytes").isEqualTo(bytes);
        assertThat(everyFile(data)).as("no backup, nothing new beside it").isEqualTo(files);
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Path file = data.resolve(SessionDatabase.FILE_NAME);
        Files.writeString(file, "These are my notes, not a database.\n".repeat(300));
        byte[] bytes = Files.readAllBytes(file);

        assertThatThrownBy(() -> SessionStore.open(data)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a database")
                .hasMessageContaining("untouched");
        assertThat(Files.readAllBytes(file)).as("same bytes").isEqualTo(bytes);
        assertThat(everyFile(data)).containsExactly(file);
    }

    @Test
    void aBackupIsTakenOnceADayAndTheNewestSevenAreKept() throws Exception {
        Path data = temp.resolve("data");
        LocalDate first = LocalDate.of(2025, 3, 1);
        for (int day = 0; day < 10; day++) {
            Clock clock = clock(first.plusDays(day) + "T10:00:00Z");
            try (SessionDatabase db = SessionDatabase.open(data, SchemaMigrations.all(), clock)) {
                SessionStore store = new SessionStore(db, clock);
                ConversationSession session = store.create("tester", null);
                session.transitionTo(ConversationState.ACTIVE);
                session.addMessage(Message.user("Day " + day));
            }
        }
        // A second start on the last day: still one copy for it, the one taken first that day.
        Path lastDay = data.resolve("backups").resolve("sessions-daily-2025-03-10.db");
        byte[] firstOfTheDay = Files.readAllBytes(lastDay);
        Clock evening = clock("2025-03-10T18:00:00Z");
        SessionDatabase.open(data, SchemaMigrations.all(), evening).close();
        assertThat(Files.readAllBytes(lastDay)).isEqualTo(firstOfTheDay);

        List<Path> kept = new DatabaseBackups(data.resolve("backups")).dailyCopies();
        assertThat(kept).extracting(p -> p.getFileName().toString()).containsExactly(
                "sessions-daily-2025-03-04.db", "sessions-daily-2025-03-05.db", "sessions-daily-2025-03-06.db",
                "sessions-daily-2025-03-07.db", "sessions-daily-2025-03-08.db", "sessions-daily-2025-03-09.db",
                "sessions-daily-2025-03-10.db");
        assertThat(backupsIn(data)).as("no other copies, nothing half-written").containsExactlyElementsOf(kept);
        for (int i = 0; i < kept.size(); i++) {
            try (Connection c = plain(kept.get(i))) {
                assertThat(query(c, "PRAGMA integrity_check")).containsExactly(List.of("ok"));
                // Taken when the app started that day: the sessions of the days before it.
                assertThat(query(c, "SELECT count(*) FROM sessions")).as(kept.get(i).toString())
                        .containsExactly(List.of(3 + i));
            }
        }
    }

    // The first schema's database, written as that version wrote it

    /** Three sessions in the first schema (rows inserted out of order); returns its message rows as written. */
    private static List<List<Object>> writeFirstSchema(Path data) throws SQLException {
        try (SessionDatabase db = SessionDatabase.open(data, List.of(FIRST), clock("2025-03-01T12:00:00Z"))) {
            Connection c = db.connection();
            assertThat(SchemaMigrations.version(c)).isEqualTo(1);
            insertSession(c, "s-one", "How do I cache Redis lookups in Python?", ConversationState.COMPLETED,
                    "offline", null);
            insertSession(c, "s-two", "Make me a skill", ConversationState.AWAITING_INPUT, null,
                    MessageJson.write(MessageJson.question(QUESTION)));
            insertSession(c, "s-three", "Explain everything", ConversationState.ACTIVE, null, null);
            for (int i : new int[] {2, 0, 3, 1}) {
                insertMessage(c, "s-one", i, ONE.get(i), false);
            }
            insertMessage(c, "s-two", 1, TWO.get(1), false);
            insertMessage(c, "s-two", 0, TWO.get(0), false);
            insertMessage(c, "s-three", 0, THREE.get(0), false);
            insertMessage(c, "s-three", 1, THREE.get(1), true);
            return firstSchemaRows(c);
        }
    }

    private static void insertSession(Connection c, String id, String title, ConversationState state,
                                      String profile, String context) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sessions (id, user_id, title, created_at, "
                + "updated_at, state, profile_id, context) VALUES (?, 'tester', ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, title);
            s.setLong(3, T0.toEpochMilli());
            s.setLong(4, T0.plusSeconds(300).toEpochMilli());
            s.setString(5, state.name());
            s.setString(6, profile);
            s.setString(7, context);
            s.executeUpdate();
        }
    }

    private static void insertMessage(Connection c, String session, int seq, Message m, boolean streaming)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO messages (id, session_id, seq, role, content, "
                + "created_at, metadata, thinking, stats, streaming) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, m.id());
            s.setString(2, session);
            s.setInt(3, seq);
            s.setString(4, m.role().name());
            s.setString(5, m.content());
            s.setLong(6, m.timestamp().toEpochMilli());
            s.setString(7, MessageJson.write(MessageJson.metadata(new TreeMap<>(m.metadata()))));
            s.setString(8, MessageJson.write(MessageJson.thinking(m.thinking())));
            s.setString(9, MessageJson.write(MessageJson.stats(m.stats())));
            s.setInt(10, streaming ? 1 : 0);
            s.executeUpdate();
        }
    }

    private static List<List<Object>> firstSchemaRows(Connection c) throws SQLException {
        List<List<Object>> rows = new ArrayList<>(query(c, "SELECT id, user_id, title, created_at, updated_at, state, "
                + "profile_id, context FROM sessions ORDER BY id"));
        rows.addAll(query(c, "SELECT id, session_id, seq, role, content, created_at, metadata, thinking, stats, "
                + "streaming FROM messages ORDER BY id"));
        return rows;
    }

    // Helpers

    private static String leaf(Connection c, String session) throws SQLException {
        return (String) query(c, "SELECT leaf_id FROM sessions WHERE id = '" + session + "'").getFirst().getFirst();
    }

    /** Every row of both tables, every column. */
    private static List<List<Object>> allRows(Path file) throws SQLException {
        try (Connection c = plain(file)) {
            List<List<Object>> rows = new ArrayList<>(query(c, "SELECT * FROM sessions ORDER BY id"));
            rows.addAll(query(c, "SELECT * FROM messages ORDER BY id"));
            return rows;
        }
    }

    private static Connection plain(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static List<List<Object>> query(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Path> backupsIn(Path data) throws IOException {
        Path folder = data.resolve("backups");
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static List<Path> everyFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
