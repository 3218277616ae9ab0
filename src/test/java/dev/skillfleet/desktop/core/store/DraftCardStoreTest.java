package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.assistant.DraftCards;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnResult;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A refine draft's card, with the original it refines, survives a restart, an export and an import. */
class DraftCardStoreTest {

    @TempDir
    Path temp;
    private Path library;
    private Path data;
    private SessionStore store;
    private TurnRunner runner;

    @BeforeEach
    void open() {
        library = Corpus.mixedLibrary(temp.resolve("library"));
        data = temp.resolve("data");
        store = SessionStore.open(data);
        runner = new TurnRunner(new StreamingAssistant(new IntentClassifier(),
                OfflineEngine.handlers(new SkillLibrary(library))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void restart() {
        store.close();
        store = SessionStore.open(data);
    }

    private static DraftCard lastCard(SessionStore in, String sessionId) {
        List<StoredMessage> messages = in.allMessages(sessionId);
        return DraftCards.fromMetadata(messages.getLast().message().metadata()).orElseThrow();
    }

    private TurnResult refine(ConversationSession session) {
        return runner.run(session, "Refine the brand-guidelines skill", e -> { }, new CancelToken());
    }

    @Test
    void aRefineCardComesBackAfterARestartWithItsOriginal() {
        ConversationSession session = store.create("tester", "offline");
        DraftCard written = refine(session).draft().orElseThrow();

        restart();

        DraftCard loaded = lastCard(store, session.id());
        assertThat(loaded).isEqualTo(written);
        assertThat(loaded.refines()).isEqualTo(library.resolve("brand-guidelines"));
    }

    @Test
    void aCardSavedByAnOlderBuildStillLoads() {
        ConversationSession session = store.create("tester", "offline");
        session.addMessage(Message.user("Create a Redis caching skill"));
        Path draft = library.resolve("_drafts/old/databases/redis-caching/SKILL.md");
        session.addMessage(new Message("old-answer", dev.skillfleet.desktop.core.conversation.Role.ASSISTANT,
                "I wrote a draft.", Instant.parse("2025-01-02T03:04:05Z"),
                Map.of(Message.DRAFT, draft.toString(), "draftName", "redis-caching", "draftCategory", "databases",
                        "draftValid", "true", "draftErrors", "0", "draftWarnings", "1"),
                List.of(), null));

        restart();

        DraftCard loaded = lastCard(store, session.id());
        assertThat(loaded).isEqualTo(new DraftCard("redis-caching", "databases", draft, true, 0, 1));
        assertThat(loaded.refines()).isNull();
    }

    @Test
    void anExportCarriesTheOriginalAndAnImportIntoAnotherStoreKeepsIt() throws Exception {
        ConversationSession session = store.create("tester", "offline");
        DraftCard written = refine(session).draft().orElseThrow();

        String exported = SessionExport.json(store, session.id()).orElseThrow();
        assertThat(exported).contains("\"draftRefines\"");

        try (SessionStore other = SessionStore.open(temp.resolve("other"))) {
            String id = SessionImport.importJson(other, exported, "someone");
            assertThat(lastCard(other, id)).isEqualTo(written);
            assertThat(lastCard(other, id).refines()).isEqualTo(library.resolve("brand-guidelines"));
        }
    }

    @Test
    void anExportWrittenBeforeTheFieldExistedImportsWithItsCard() throws Exception {
        String draft = library.resolve("_drafts/old/brand-guidelines/SKILL.md").toString().replace("\\", "\\\\");
        String json = "{\"format\": \"skill-fleet-session\", \"version\": 1, \"session\": {\"id\": \"old\"}, "
                + "\"messages\": [{\"id\": \"u1\", \"parentId\": null, \"role\": \"user\", \"content\": "
                + "\"Improve the brand-guidelines skill\", \"createdAt\": \"2025-01-02T10:11:12Z\"}, "
                + "{\"id\": \"a1\", \"parentId\": \"u1\", \"role\": \"assistant\", \"content\": \"Done\", "
                + "\"createdAt\": \"2025-01-02T10:11:13Z\", \"metadata\": {\"draft\": \"" + draft + "\", "
                + "\"draftName\": \"brand-guidelines\", \"draftCategory\": \"\", \"draftValid\": \"true\", "
                + "\"draftErrors\": \"0\", \"draftWarnings\": \"0\"}}]}";

        String id = SessionImport.importJson(store, json, "tester");

        DraftCard card = lastCard(store, id);
        assertThat(card.name()).isEqualTo("brand-guidelines");
        assertThat(card.skillFile().toString()).isEqualTo(library.resolve("_drafts/old/brand-guidelines/SKILL.md")
                .toString());
        assertThat(card.refines()).isNull();
    }
}
