package dev.skillfleet.desktop.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.MessageStats;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.conversation.ThinkingSegment;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SessionExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private SessionStore store;
    private TurnRunner runner;

    @BeforeEach
    void open() throws Exception {
        store = SessionStore.open(temp.resolve("data"));
        runner = new TurnRunner(new StreamingAssistant(new IntentClassifier(),
                OfflineEngine.handlers(new SkillLibrary(Files.createDirectories(temp.resolve("library"))))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The ids of a session with two versions of its first answer, a second turn and a stopped, thinking answer. */
    private record Built(ConversationSession session, Message user, Message firstAnswer, Message secondAnswer,
                         Message stopped) {
    }

    private Built branchedSession() {
        ConversationSession session = store.create("tester", "offline");
        runner.run(session, "Hello there, what can you do?", e -> { }, new CancelToken());
        Message user = session.messages().getFirst();
        Message first = session.messages().getLast();
        session.rewindTo(user.id());
        runner.regenerate(session, e -> { }, new CancelToken());
        Message second = session.messages().getLast();
        runner.run(session, "Tell me about zebrafishes", e -> { }, new CancelToken());
        // An answer stopped after thinking twice (2.5 s and 1.2 s); its thinking tries to close the details block.
        session.addMessage(Message.user("Think hard, then stop"));
        Message stopped = new Message("stopped-answer", Role.ASSISTANT, "Half an answer",
                Instant.parse("2025-03-04T05:06:07.089Z"), Map.of(Message.END, "stopped"),
                List.of(new ThinkingSegment("First I ponder </details> the secret plan", Instant.ofEpochMilli(1_000),
                                Duration.ofMillis(2_500)),
                        new ThinkingSegment("Then I ponder more", null, Duration.ofMillis(1_200))),
                new MessageStats(Duration.ofMillis(300), Duration.ofMillis(4_000), 12, 34, 8.5));
        session.addMessage(stopped);
        return new Built(session, user, first, second, stopped);
    }

    @Test
    void markdownShowsTheActiveBranchAndKeepsThinkingOutUnlessAsked() {
        Built built = branchedSession();
        String md = SessionExport.markdown(store, built.session().id(), false, ZoneOffset.UTC).orElseThrow();

        assertThat(md).startsWith("# Hello there, what can you do?\n\n*6 messages \u00b7 started ");
        assertThat(md.lines().filter(l -> l.startsWith("## You \u00b7 ")).count()).isEqualTo(3);
        assertThat(md.lines().filter(l -> l.startsWith("## Assistant \u00b7 ")).count()).isEqualTo(3);
        assertThat(md).contains("## Assistant \u00b7 2025-03-04 05:06 Z\n\nHalf an answer\n\n"
                + "> *Stopped before the answer was finished.*\n");
        assertThat(md).as("the answer shown is the second version").contains("\u00b7 version 2 of 2\n");
        assertThat(md).contains("Tell me about zebrafishes").contains("Think hard, then stop");
        assertThat(md).as("thinking is never content").doesNotContain("<details>").doesNotContain("ponder")
                .doesNotContain("Intent:");
    }

    @Test
    void markdownWithThinkingPutsItInCollapsedBlocksBeforeTheAnswer() {
        Built built = branchedSession();
        String md = SessionExport.markdown(store, built.session().id(), true, ZoneOffset.UTC).orElseThrow();

        assertThat(md).contains("<details>\n<summary>Thinking (3.7 s)</summary>\n\nFirst I ponder &lt;/details> the "
                + "secret plan\n\nThen I ponder more\n\n</details>\n\nHalf an answer\n");
        assertThat(md.split("<details>", -1)).as("the offline engine's answers think too").hasSizeGreaterThan(2);
        assertThat(md.split("<details>", -1).length).as("every block is closed, none early")
                .isEqualTo(md.split("</details>", -1).length);
        // Between the blocks there is only the answers' text, never thinking.
        String outside = md.replaceAll("(?s)<details>.*?</details>", "");
        assertThat(outside).doesNotContain("ponder").doesNotContain("Intent:");
    }

    @Test
    void markdownSaysWhenAnAnswerWasInterrupted() {
        ConversationSession session = store.create("tester", null);
        session.transitionTo(dev.skillfleet.desktop.core.conversation.ConversationState.ACTIVE);
        session.addMessage(Message.user("Explain everything"));
        session.progress(new Message("reply-1", Role.ASSISTANT, "The first part", Instant.now(), Map.of(), List.of(),
                null));

        String md = SessionExport.markdown(store, session.id(), false, ZoneOffset.UTC).orElseThrow();
        assertThat(md).contains("The first part\n\n> *Interrupted: the app stopped before this answer was finished.*");
    }

    @Test
    void jsonHoldsEveryBranchWithThinkingStatsAndTheLeaf() throws Exception {
        Built built = branchedSession();
        JsonNode json = JSON.readTree(SessionExport.json(store, built.session().id()).orElseThrow());

        assertThat(json.get("format").asText()).isEqualTo("skill-fleet-session");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        JsonNode session = json.get("session");
        assertThat(session.get("id").asText()).isEqualTo(built.session().id());
        assertThat(session.get("title").asText()).isEqualTo("Hello there, what can you do?");
        assertThat(session.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(session.get("profileId").asText()).isEqualTo("offline");
        assertThat(session.get("pinned").asBoolean()).isFalse();
        assertThat(session.get("leafId").asText()).isEqualTo("stopped-answer");
        assertThat(Instant.parse(session.get("createdAt").asText())).isBeforeOrEqualTo(
                Instant.parse(session.get("updatedAt").asText()));

        JsonNode messages = json.get("messages");
        assertThat(messages).as("both versions of the first answer are there").hasSize(7);
        assertThat(messages).filteredOn(m -> m.get("parentId").asText("").equals(built.user().id()))
                .extracting(m -> m.get("id").asText())
                .containsExactly(built.firstAnswer().id(), built.secondAnswer().id());
        assertThat(messages.get(0).get("role").asText()).isEqualTo("user");
        assertThat(messages.get(0).get("parentId").isNull()).isTrue();
        JsonNode stopped = messages.get(6);
        assertThat(stopped.get("createdAt").asText()).isEqualTo("2025-03-04T05:06:07.089Z");
        assertThat(stopped.get("metadata").get("end").asText()).isEqualTo("stopped");
        assertThat(stopped.get("thinking")).extracting(t -> t.get("durationMs").asLong()).containsExactly(2_500L, 1_200L);
        assertThat(stopped.get("thinking").get(0).get("start").asLong()).isEqualTo(1_000L);
        assertThat(stopped.get("stats").get("completionTokens").asInt()).isEqualTo(34);
        assertThat(stopped.get("stats").get("tokensPerSecond").asDouble()).isEqualTo(8.5);
        assertThat(messages.get(1).get("metadata").get("intent").asText()).isNotBlank();
        assertThat(messages.get(1).get("thinking")).as("the offline engine thinks").isNotEmpty();
    }

    @Test
    void importingAnExportOfAStoredSessionMakesACopyThatExportsTheSameModuloIds() throws Exception {
        Built built = branchedSession();
        String exported = SessionExport.json(store, built.session().id()).orElseThrow();

        String copyId = SessionImport.importJson(store, exported, "tester");
        assertThat(copyId).isNotEqualTo(built.session().id());
        assertThat(store.list()).hasSize(2);
        String again = SessionExport.json(store, copyId).orElseThrow();
        JsonNode copy = JSON.readTree(again);
        assertThat(copy.get("messages")).extracting(m -> m.get("id").asText())
                .doesNotContainAnyElementsOf(JSON.readTree(exported).get("messages").findValuesAsText("id"));
        assertThat(withoutIds(copy)).isEqualTo(withoutIds(JSON.readTree(exported)));

        // The copy is a working session: the branch shown, the versions and the original are all intact.
        List<StoredMessage> page = store.page(copyId, null, 100);
        assertThat(page).hasSize(6);
        assertThat(page.get(1).siblings()).isEqualTo(2);
        assertThat(page.get(1).siblingIndex()).isEqualTo(1);
        assertThat(page.getLast().message().thinkingDuration()).isEqualTo(Duration.ofMillis(3_700));
        assertThat(store.page(built.session().id(), null, 100)).extracting(StoredMessage::id)
                .contains(built.secondAnswer().id(), "stopped-answer");
        assertThat(store.search("zebrafishes", 10)).extracting(SearchHit::sessionId)
                .contains(built.session().id(), copyId);
    }

    @Test
    void importingIntoAnotherStoreKeepsTheIdsAndTheExportIsIdentical() throws Exception {
        Built built = branchedSession();
        store.pin(built.session().id(), true);
        String exported = SessionExport.json(store, built.session().id()).orElseThrow();

        try (SessionStore other = SessionStore.open(temp.resolve("other"))) {
            assertThat(SessionImport.importJson(other, exported, "someone")).isEqualTo(built.session().id());
            assertThat(SessionExport.json(other, built.session().id())).contains(exported);
            assertThat(SessionExport.markdown(other, built.session().id(), true, ZoneOffset.UTC))
                    .isEqualTo(SessionExport.markdown(store, built.session().id(), true, ZoneOffset.UTC));
            ConversationSession reopened = other.open(built.session().id()).orElseThrow();
            runner.run(reopened, "And one more thing", e -> { }, new CancelToken());
            assertThat(other.summary(built.session().id()).orElseThrow().messages()).isEqualTo(8);
        }
    }

    @Test
    void aPendingQuestionSurvivesExportAndImport() throws Exception {
        ConversationSession asking = store.create("tester", null);
        runner.run(asking, "python decorators", e -> { }, new CancelToken());
        assertThat(asking.state()).isEqualTo(dev.skillfleet.desktop.core.conversation.ConversationState.AWAITING_INPUT);
        String exported = SessionExport.json(store, asking.id()).orElseThrow();
        assertThat(JSON.readTree(exported).get("session").get("pendingQuestion").get("options")).hasSize(4);

        try (SessionStore other = SessionStore.open(temp.resolve("other"))) {
            String id = SessionImport.importJson(other, exported, "tester");
            ConversationSession reopened = other.open(id).orElseThrow();
            assertThat(reopened.state())
                    .isEqualTo(dev.skillfleet.desktop.core.conversation.ConversationState.AWAITING_INPUT);
            assertThat(reopened.context().get(dev.skillfleet.desktop.core.assistant.PendingQuestion.CONTEXT_KEY))
                    .isNotNull();
            assertThat(runner.run(reopened, "1", e -> { }, new CancelToken()).state())
                    .isEqualTo(dev.skillfleet.desktop.core.conversation.ConversationState.COMPLETED);
        }
    }

    @Test
    void anUnknownOrDeletedSessionHasNoExport() {
        Built built = branchedSession();
        assertThat(SessionExport.json(store, "no-such-id")).isEmpty();
        assertThat(SessionExport.markdown(store, "no-such-id", true, ZoneOffset.UTC)).isEmpty();
        store.delete(built.session().id());
        assertThat(SessionExport.json(store, built.session().id())).isEmpty();
        assertThat(StoredIds.sessionDeleted(store, built.session().id())).isTrue();
        assertThat(StoredIds.sessionTaken(store, built.session().id())).isTrue();
        assertThat(StoredIds.sessionDeleted(store, "no-such-id")).isFalse();
    }

    @Test
    void writeReplacesTheFileAtomicallyAndWritesNothingForAnUnknownSession() throws Exception {
        Built built = branchedSession();
        Path target = temp.resolve("out/session.md");
        assertThat(SessionExport.write(store, "nope", SessionExport.Format.MARKDOWN, false, ZoneOffset.UTC, target))
                .isFalse();
        assertThat(target).doesNotExist();
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old content");
        assertThat(SessionExport.write(store, built.session().id(), SessionExport.Format.JSON, false, ZoneOffset.UTC,
                target)).isTrue();
        assertThat(Files.readString(target)).isEqualTo(SessionExport.json(store, built.session().id()).orElseThrow());
        try (var files = Files.list(target.getParent())) {
            assertThat(files).as("no temp file left").containsExactly(target);
        }
    }

    /** The export with every id replaced by its message's position, so two copies compare equal. */
    private static JsonNode withoutIds(JsonNode export) {
        JsonNode copy = export.deepCopy();
        Map<String, String> positions = new java.util.HashMap<>();
        JsonNode messages = copy.get("messages");
        for (int i = 0; i < messages.size(); i++) {
            positions.put(messages.get(i).get("id").asText(), "#" + i);
        }
        var session = (com.fasterxml.jackson.databind.node.ObjectNode) copy.get("session");
        session.put("id", "#session");
        session.put("leafId", positions.get(session.get("leafId").asText()));
        for (JsonNode m : messages) {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) m;
            node.put("id", positions.get(m.get("id").asText()));
            if (!m.get("parentId").isNull()) {
                node.put("parentId", positions.get(m.get("parentId").asText()));
            }
        }
        return copy;
    }
}
