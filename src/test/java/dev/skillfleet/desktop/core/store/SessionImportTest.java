package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.conversation.ConversationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionImportTest {

    @TempDir
    Path temp;
    private SessionStore store;

    @BeforeEach
    void open() {
        store = SessionStore.open(temp.resolve("data"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String export(String session, String messages) {
        return "{\"format\": \"skill-fleet-session\", \"version\": 1, \"session\": " + session
                + ", \"messages\": [" + messages + "]}";
    }

    private static final String TWO = "{\"id\": \"u1\", \"parentId\": null, \"role\": \"user\", \"content\": "
            + "\"Hi\", \"createdAt\": \"2025-01-02T10:11:12Z\"}, {\"id\": \"a1\", \"parentId\": \"u1\", "
            + "\"role\": \"assistant\", \"content\": \"Hello\", \"createdAt\": 1735812673000, "
            + "\"thinking\": [{\"text\": \"greet\", \"durationMs\": 1500}]}";

    @Test
    void aHandWrittenExportWithOnlyTheEssentialsImports() throws Exception {
        String id = SessionImport.importJson(store, export("{\"id\": \"mine\", \"createdAt\": "
                + "\"2025-01-02T11:11:12+01:00\"}", TWO), "tester");
        assertThat(id).isEqualTo("mine");
        SessionSummary summary = store.summary(id).orElseThrow();
        assertThat(summary.title()).as("titled from the first message").isEqualTo("Hi");
        assertThat(summary.messages()).isEqualTo(2);
        assertThat(summary.state()).isEqualTo(ConversationState.COMPLETED);
        assertThat(summary.createdAt()).isEqualTo(java.time.Instant.parse("2025-01-02T10:11:12Z"));
        assertThat(summary.updatedAt()).as("when not given, as created").isEqualTo(summary.createdAt());
        assertThat(summary.pinned()).isFalse();
        assertThat(store.page(id, null, 10)).extracting(StoredMessage::id).as("the leaf is the newest reply")
                .containsExactly("u1", "a1");
        assertThat(store.page(id, null, 10).getLast().message().thinkingDuration().toMillis()).isEqualTo(1_500);
        assertThat(store.page(id, null, 10).getLast().message().timestamp().toEpochMilli()).isEqualTo(1735812673000L);
    }

    @Test
    void messagesMayComeInAnyOrderAndSiblingsKeepTheirs() throws Exception {
        String messages = "{\"id\": \"a2\", \"parentId\": \"u1\", \"role\": \"assistant\", \"content\": \"Second\"},"
                + "{\"id\": \"a1\", \"parentId\": \"u1\", \"role\": \"assistant\", \"content\": \"First\"},"
                + "{\"id\": \"u1\", \"role\": \"USER\", \"content\": \"Hi\"}";
        String id = SessionImport.importJson(store, export("{\"leafId\": \"a2\"}", messages), "tester");
        assertThat(store.page(id, null, 10)).extracting(StoredMessage::id).containsExactly("u1", "a2");
        assertThat(store.page(id, null, 10).getLast().siblingIndex()).as("a2 came first in the file").isZero();
        assertThat(store.sibling("a2", 1)).contains("a1");
    }

    @Test
    void badFilesAreRefusedWithAMessageNamingTheProblemAndNothingIsWritten() throws Exception {
        String u1 = "{\"id\": \"u1\", \"role\": \"user\", \"content\": \"Hi\"}";
        assertRefused("{\"format\": ", "not JSON (line 1");
        assertRefused("[1, 2]", "not a session export");
        assertRefused("{\"format\": \"something-else\", \"version\": 1}", "\"format\" is \"something-else\"");
        assertRefused(export("{}", "").replace("\"version\": 1", "\"version\": 2"),
                "format version 2 is not supported: this build reads version 1 (update the app");
        assertRefused(export("{}", "").replace("\"version\": 1", "\"version\": \"one\""), "\"version\" is \"one\"");
        assertRefused("{\"format\": \"skill-fleet-session\", \"version\": 1, \"session\": {}}", "\"messages\" is missing");
        assertRefused(export("{}", "{\"id\": \"u1\", \"content\": \"Hi\"}"), "messages[0].role is missing");
        assertRefused(export("{}", "{\"id\": \"u1\", \"role\": \"robot\", \"content\": \"Hi\"}"),
                "messages[0].role \"robot\" is not user, assistant or system");
        assertRefused(export("{}", u1 + ", {\"id\": \"a1\", \"parentId\": \"gone\", \"role\": \"assistant\", "
                + "\"content\": \"x\"}"), "messages[1] (id \"a1\"): parentId \"gone\" names no message in the file");
        assertRefused(export("{}", "{\"id\": \"a\", \"parentId\": \"b\", \"role\": \"user\", \"content\": \"x\"},"
                + "{\"id\": \"b\", \"parentId\": \"a\", \"role\": \"user\", \"content\": \"y\"}"), "form a loop");
        assertRefused(export("{}", u1 + ", " + u1), "messages[1].id \"u1\" is used by an earlier message too");
        assertRefused(export("{\"leafId\": \"zz\"}", u1), "session.leafId \"zz\" names no message");
        assertRefused(export("{\"state\": \"DREAMING\"}", u1), "session.state \"DREAMING\" is not one of");
        assertRefused(export("{\"createdAt\": \"yesterday\"}", u1), "session.createdAt is not a time");
        assertRefused(export("{}", "{\"id\": \"u1\", \"role\": \"user\", \"content\": \"Hi\", \"thinking\": {}}"),
                "messages[0].thinking is not an array");
        assertRefused(export("{}", "{\"id\": \"u1\", \"role\": \"user\", \"content\": 5}"),
                "messages[0].content is not a text");
        assertRefused(export("{}", u1) + " trailing", "not JSON");
        assertRefused("{\"format\": \"skill-fleet-session\", \"format\": \"skill-fleet-session\"}", "Duplicate field");

        assertThat(store.list()).isEmpty();
        assertThat(count("messages")).isZero();
    }

    @Test
    void aFileIsNamedInItsProblemsAndAMissingOrBinaryFileIsRefusedToo() throws Exception {
        Path file = Files.writeString(temp.resolve("broken.json"), "{}");
        assertThatThrownBy(() -> SessionImport.importFile(store, file, "tester")).isInstanceOf(SessionImport.Refused.class)
                .hasMessageStartingWith(file + ": not a Skill Fleet session export");
        assertThatThrownBy(() -> SessionImport.read(temp.resolve("absent.json")))
                .hasMessage("There is no file " + temp.resolve("absent.json"));
        Path binary = Files.write(temp.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThatThrownBy(() -> SessionImport.read(binary)).hasMessageContaining("not UTF-8 text");
        Path good = Files.writeString(temp.resolve("good.json"), export("{}", TWO), StandardCharsets.UTF_8);
        assertThat(SessionImport.read(good).messages()).isEqualTo(2);
    }

    @Test
    void aDatabaseFailureHalfwayWritesNothing() throws Exception {
        try (Statement s = store.database().connection().createStatement()) {
            s.execute("CREATE TRIGGER refuse_boom BEFORE INSERT ON messages WHEN new.content = 'boom' "
                    + "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END");
        }
        String messages = TWO + ", {\"id\": \"u2\", \"parentId\": \"a1\", \"role\": \"user\", \"content\": \"boom\"}";
        assertThatThrownBy(() -> SessionImport.importJson(store, export("{\"id\": \"s\"}", messages), "tester"))
                .isInstanceOf(StoreException.class).hasMessageContaining("Could not import the conversation")
                .hasMessageContaining("the disk is full");
        assertThat(count("sessions")).isZero();
        assertThat(count("messages")).isZero();
        assertThat(store.search("hello", 10)).isEmpty();
    }

    private void assertRefused(String json, String message) {
        assertThatThrownBy(() -> SessionImport.importJson(store, json, "tester"))
                .isInstanceOf(SessionImport.Refused.class).hasMessageContaining(message);
    }

    private int count(String table) throws Exception {
        try (Statement s = store.database().connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
