package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.testing.KillableChild;
import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The promise of the store, tested the hard way: a separate JVM writes turns as fast as it can and is killed with
 * SIGKILL at random moments, 50 times, on the same database. After each kill the file must open as it is — no repair
 * — and be whole, and the store must hold every write the writer saw acknowledged, exactly, plus at most the one
 * write that was in flight, entirely or not at all. An answer killed while streaming comes back as far as it was
 * saved, marked interrupted.
 *
 * <p>The writer's choices and the delays before each kill come from a seed printed with any failure; {@code
 * -Dcrash.seed=N} (or {@code CRASH_SEED}) replays them (where exactly a kill lands still depends on timing).
 */
class SessionCrashTest {

    private static final int KILLS = 50;
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path temp;

    @Test
    void aWriterKilledAtFiftyRandomMomentsLosesNoAcknowledgedWrite() throws Exception {
        long seed = seed();
        Random random = new Random(seed);
        Path data = temp.resolve("data");
        AcknowledgedWrites model = new AcknowledgedWrites();
        int interrupted = 0;
        int inFlight = 0;
        int landedInFlight = 0;
        int writes = 0;
        for (int run = 1; run <= KILLS; run++) {
            String where = "seed " + seed + " (replay with -Dcrash.seed=" + seed + "), kill " + run;
            KillableChild writer = WriterProcess.start(data, random.nextLong(), temp);
            try {
                if (!writer.awaitFirstAck(60)) {
                    fail(where + ": the writer acknowledged nothing in 60 s (alive: " + writer.isAlive() + "):\n"
                            + writer.errors());
                }
                Thread.sleep(random.nextInt(250));
                assertThat(writer.kill()).as(where + ": the writer died of SIGKILL, not otherwise; its errors:\n%s",
                        writer.errors()).isEqualTo(SIGKILL_EXIT);
            } finally {
                if (writer.isAlive()) {
                    writer.kill();
                }
            }
            List<String> lines = writer.lines();
            writes += lines.size() / 2;
            model.read(lines);
            where += " (the writer's last lines: " + lines.subList(Math.max(0, lines.size() - 4), lines.size()) + ")";
            assertFileWhole(data, where);
            Outcome outcome = verifyStore(data, model, where);
            interrupted += outcome.interrupted() ? 1 : 0;
            inFlight += outcome.inFlight() ? 1 : 0;
            landedInFlight += outcome.landed() ? 1 : 0;
        }
        System.out.printf("SessionCrashTest: seed %d, %d kills, %d acknowledged writes, %d kills during a write "
                        + "(%d of those writes landed), %d answers interrupted mid-stream, %d sessions%n", seed, KILLS,
                writes, inFlight, landedInFlight, interrupted, model.sessions().size());
        assertThat(interrupted).as("seed " + seed + ": some kills landed while an answer was streaming")
                .isPositive();
    }

    /** The file as it is, through a plain connection: whole, its foreign keys and search index consistent. */
    private static void assertFileWhole(Path data, String where) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SessionDatabase.FILE_NAME))) {
            assertThat(pragma(c, "integrity_check")).as(where + ": integrity_check").containsExactly("ok");
            assertThat(pragma(c, "quick_check")).as(where + ": quick_check").containsExactly("ok");
            assertThat(pragma(c, "foreign_key_check")).as(where + ": foreign_key_check").isEmpty();
            assertThat(pragma(c, "journal_mode")).as(where + ": still write-ahead logged").containsExactly("wal");
            try (Statement s = c.createStatement()) {
                // FTS5's own check that the index matches the messages it indexes (it reads, it repairs nothing).
                s.execute("INSERT INTO message_text (message_text) VALUES ('integrity-check')");
            } catch (SQLException e) {
                fail(where + ": the full-text index does not match the messages: " + e.getMessage());
            }
        }
    }

    private static List<String> pragma(Connection c, String name) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** What a kill did: whether a write was in flight, whether it landed, whether it cut a streaming answer. */
    private record Outcome(boolean inFlight, boolean landed, boolean interrupted) {
    }

    /**
     * Opens the store as the app does after a crash and compares it with what was acknowledged (and the write in
     * flight, if it landed).
     */
    private static Outcome verifyStore(Path data, AcknowledgedWrites model, String where) {
        try (SessionStore store = SessionStore.open(data)) {
            // Every session the writer touched, as the store has it (the sidebar lists only those with a message).
            Map<String, SessionSummary> listed = new LinkedHashMap<>();
            java.util.Set<String> touched = new java.util.LinkedHashSet<>(model.sessions().keySet());
            model.pending().ifPresent(w -> touched.add(w.sessionId()));
            for (String id : touched) {
                store.summary(id).ifPresent(summary -> listed.put(id, summary));
            }
            boolean landed = landed(store, listed, model, where);
            if (landed) {
                model.apply(model.pending().orElseThrow());
            }
            // A new session's row is written with its first state in one transaction: never half there.
            assertThat(listed.keySet()).as(where + ": the stored sessions are the acknowledged ones")
                    .containsExactlyInAnyOrderElementsOf(model.sessions().keySet());
            assertThat(store.list()).extracting(SessionSummary::id).as(where + ": listed: those with a message")
                    .containsExactlyInAnyOrderElementsOf(model.sessions().values().stream()
                            .filter(m -> !m.messages.isEmpty()).map(m -> m.id).toList());

            for (AcknowledgedWrites.SessionModel expected : model.sessions().values()) {
                verifySession(store, listed.get(expected.id), expected, where + ", session " + expected.id);
            }
            verifySearch(store, model, where);

            Optional<AcknowledgedWrites.Write> last = model.lastLanded(landed);
            if (last.isPresent() && last.get().isMessage() && last.get().message().kind().equals("part")) {
                AcknowledgedWrites.MessageWrite part = last.get().message();
                // Opened again (as the window does): the answer is there as far as it was saved, marked interrupted.
                ConversationSession reopened = store.open(part.sessionId()).orElseThrow();
                Message shown = reopened.messages().getLast();
                assertThat(shown.id()).as(where + ": the interrupted answer ends its branch").isEqualTo(part.messageId());
                assertThat(CrashingWriter.sha256(shown.content())).as(where + ": saved part").isEqualTo(part.hash());
                assertThat(shown.metadata()).as(where).containsEntry(Message.END, MessageRows.INTERRUPTED);
                assertThat(reopened.state()).as(where).isEqualTo(ConversationState.ERROR);
                return new Outcome(model.pending().isPresent(), landed, true);
            }
            return new Outcome(model.pending().isPresent(), landed, false);
        }
    }

    /** Whether the write in flight reached the disk; if it did, completely. */
    private static boolean landed(SessionStore store, Map<String, SessionSummary> listed, AcknowledgedWrites model,
                                  String where) {
        Optional<AcknowledgedWrites.Write> pending = model.pending();
        if (pending.isEmpty() || !listed.containsKey(pending.get().sessionId())) {
            return false;
        }
        AcknowledgedWrites.Write write = pending.get();
        String session = write.sessionId();
        return switch (write.type()) {
            case "MSG" -> store.allMessages(session).stream()
                    .filter(m -> m.id().equals(write.message().messageId()))
                    .anyMatch(m -> CrashingWriter.sha256(m.message().content()).equals(write.message().hash()));
            case "STATE" -> listed.get(session).state().name().equals(write.fields().get(0));
            case "LEAF" -> {
                AcknowledgedWrites.SessionModel known = model.sessions().get(session);
                yield !known.branch.equals(model.branchIfLanded(known))
                        && ids(store.page(session, null, Integer.MAX_VALUE)).equals(model.branchIfLanded(known));
            }
            default -> fail(where + ": unknown write " + write);
        };
    }

    private static void verifySession(SessionStore store, SessionSummary summary,
                                      AcknowledgedWrites.SessionModel expected, String where) {
        assertThat(summary.state()).as(where + ": state").isEqualTo(expected.state);
        List<StoredMessage> branch = store.page(expected.id, null, Integer.MAX_VALUE);
        assertThat(ids(branch)).as(where + ": the active branch").isEqualTo(expected.branch);
        for (int i = 0; i < branch.size(); i++) {
            assertThat(branch.get(i).parentId()).as(where + ": parent")
                    .isEqualTo(i == 0 ? null : branch.get(i - 1).id());
            assertThat(branch.get(i).depth()).as(where + ": depth").isEqualTo(i);
        }
        assertThat(summary.messages()).as(where + ": messages on the branch").isEqualTo(expected.branch.size());
        if (!branch.isEmpty()) {
            assertThat(summary.title()).as(where + ": title from the first message")
                    .isEqualTo(SessionStore.titleOf(branch.getFirst().message().content()));
        }

        Map<String, StoredMessage> stored = store.allMessages(expected.id).stream()
                .collect(Collectors.toMap(StoredMessage::id, Function.identity()));
        assertThat(stored.keySet()).as(where + ": every acknowledged message, no other")
                .containsExactlyInAnyOrderElementsOf(expected.messages.keySet());
        for (AcknowledgedWrites.MessageWrite message : expected.messages.values()) {
            Message m = stored.get(message.messageId()).message();
            String what = where + ", message " + message.messageId() + " (" + message.kind() + ")";
            assertThat(CrashingWriter.sha256(m.content())).as(what + ": content").isEqualTo(message.hash());
            if (message.kind().equals("part")) {
                assertThat(m.metadata()).as(what + ": marked interrupted")
                        .containsEntry(Message.END, MessageRows.INTERRUPTED);
            } else {
                assertThat(m.metadata()).as(what + ": not interrupted").doesNotContainKey(Message.END);
            }
        }

        // Opened as the app opens it: a session that was mid-turn becomes an error the user can retry.
        ConversationSession opened = store.open(expected.id).orElseThrow();
        if (expected.state == ConversationState.ACTIVE) {
            List<String> repaired = expected.branchAfterCrash();
            boolean movedBack = repaired.size() > expected.branch.size();
            assertThat(opened.state()).as(where + ": a turn cut short")
                    .isEqualTo(movedBack ? ConversationState.COMPLETED : ConversationState.ERROR);
            expected.state = opened.state();
            expected.branch.clear();
            expected.branch.addAll(repaired);
            expected.questionHash = "-";
        } else {
            assertThat(opened.state()).as(where + ": state after opening").isEqualTo(expected.state);
        }
        if (expected.state == ConversationState.AWAITING_INPUT) {
            Object question = opened.context().get(PendingQuestion.CONTEXT_KEY);
            assertThat(question).as(where + ": the question it waits on").isInstanceOf(PendingQuestion.class);
            assertThat(CrashingWriter.sha256(CrashingWriter.questionText((PendingQuestion) question)))
                    .as(where + ": question and options").isEqualTo(expected.questionHash);
        }
        assertThat(opened.messageCount()).as(where).isEqualTo(expected.branch.size());
        if (!expected.branch.isEmpty()) {
            assertThat(opened.messages().getLast().id()).as(where + ": shown last").isEqualTo(expected.branch.getLast());
        }
    }

    /** The newest acknowledged user message is found by its own word. */
    private static void verifySearch(SessionStore store, AcknowledgedWrites model, String where) {
        AcknowledgedWrites.MessageWrite newest = model.newestUserMessage();
        if (newest == null) {
            return;
        }
        String id = newest.messageId();
        String content = store.allMessages(newest.sessionId()).stream().filter(m -> m.id().equals(id))
                .findFirst().orElseThrow().message().content();
        String word = content.split(" ")[1];
        assertThat(store.search(word, 5)).as(where + ": search for " + word).extracting(SearchHit::messageId)
                .contains(id);
    }

    private static List<String> ids(List<StoredMessage> messages) {
        return messages.stream().map(StoredMessage::id).toList();
    }

    private static long seed() {
        String given = System.getProperty("crash.seed", System.getenv("CRASH_SEED"));
        return given != null && !given.isBlank() ? Long.parseLong(given.strip()) : new Random().nextLong();
    }
}
