package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStoreTest {

    @TempDir
    Path temp;
    private SessionStore store;
    private TurnRunner runner;

    @BeforeEach
    void open() throws Exception {
        store = SessionStore.open(temp.resolve("data"));
        Path library = Files.createDirectories(temp.resolve("library"));
        runner = new TurnRunner(new StreamingAssistant(new IntentClassifier(),
                OfflineEngine.handlers(new SkillLibrary(library))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSessionIsStoredAsItGoesAndComesBackAfterReopening() {
        ConversationSession session = store.create("tester", "offline");
        assertThat(store.list()).as("an empty new chat is not stored").isEmpty();
        runner.run(session, "Hello there, how are you?", e -> { }, new CancelToken());
        runner.run(session, "Tell me a joke", e -> { }, new CancelToken());

        store.close();
        store = SessionStore.open(temp.resolve("data"));
        List<SessionSummary> list = store.list();
        assertThat(list).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(session.id());
            assertThat(s.title()).isEqualTo("Hello there, how are you?");
            assertThat(s.messages()).isEqualTo(4);
            assertThat(s.state()).isEqualTo(ConversationState.COMPLETED);
            assertThat(s.profileId()).isEqualTo("offline");
        });
        ConversationSession reopened = store.open(session.id()).orElseThrow();
        // Times are kept to the millisecond.
        assertThat(reopened.messages()).extracting(Message::id, Message::role, Message::content, Message::metadata,
                Message::thinkingText).isEqualTo(session.messages().stream().map(m -> org.assertj.core.groups.Tuple.tuple(
                        m.id(), m.role(), m.content(), m.metadata(), m.thinkingText())).toList());
        assertThat(reopened.messages().get(1).thinkingDuration().toMillis())
                .isEqualTo(session.messages().get(1).thinkingDuration().toMillis());
        assertThat(reopened.state()).isEqualTo(ConversationState.COMPLETED);

        runner.run(reopened, "And another one", e -> { }, new CancelToken());
        assertThat(store.page(session.id(), null, 100)).hasSize(6)
                .extracting(StoredMessage::depth).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void regeneratingMakesASiblingAndSwitchingShowsEachBranch() {
        ConversationSession session = store.create("tester", "offline");
        runner.run(session, "Hello", e -> { }, new CancelToken());
        Message user = session.messages().getFirst();
        Message first = session.messages().getLast();
        session.rewindTo(user.id());
        runner.regenerate(session, e -> { }, new CancelToken());
        Message second = session.messages().getLast();
        assertThat(second.id()).isNotEqualTo(first.id());

        List<StoredMessage> page = store.page(session.id(), null, 10);
        assertThat(page).extracting(StoredMessage::id).containsExactly(user.id(), second.id());
        assertThat(page.getLast().siblingIndex()).isEqualTo(1);
        assertThat(page.getLast().siblings()).isEqualTo(2);

        assertThat(store.switchSibling(session.id(), second.id(), -1)).isTrue();
        assertThat(store.page(session.id(), null, 10)).extracting(StoredMessage::id)
                .containsExactly(user.id(), first.id());
        assertThat(store.switchSibling(session.id(), first.id(), -1)).isFalse();
    }

    @Test
    void searchFindsWordsAndPrefixesAcrossSessions() {
        ConversationSession a = store.create("tester", null);
        runner.run(a, "Hello, tell me about zebrafishes in Python", e -> { }, new CancelToken());
        ConversationSession b = store.create("tester", null);
        runner.run(b, "Hello again: what is a context manager?", e -> { }, new CancelToken());

        assertThat(store.search("zebraf", 10)).isNotEmpty().extracting(SearchHit::sessionId).containsOnly(a.id());
        assertThat(store.search("hello", 10)).extracting(SearchHit::sessionId).contains(a.id(), b.id());
        assertThat(store.search("\"NEAR(", 10)).isEmpty();
        assertThat(store.search("zebrafishes", 10).getFirst().snippet()).contains("\u00abzebrafishes\u00bb");
        store.delete(a.id());
        assertThat(store.search("zebraf", 10)).isEmpty();
        store.undelete(a.id());
        assertThat(store.list()).hasSize(2);
        store.delete(a.id());
        assertThat(store.purgeDeleted()).isEqualTo(1);
        assertThat(store.search("zebraf", 10)).isEmpty();
        assertThat(store.open(a.id())).isEmpty();
    }

    @Test
    void anAnswerSavedWhileStreamingComesBackInterrupted() {
        ConversationSession session = store.create("tester", null);
        session.transitionTo(ConversationState.ACTIVE);
        session.addMessage(Message.user("Explain everything"));
        session.progress(new Message("reply-1", Role.ASSISTANT, "The first part", java.time.Instant.now(),
                java.util.Map.of(), List.of(), null));

        ConversationSession reopened = store.open(session.id()).orElseThrow();
        assertThat(reopened.state()).isEqualTo(ConversationState.ERROR);
        assertThat(reopened.messages().getLast().content()).isEqualTo("The first part");
        assertThat(reopened.messages().getLast().metadata()).containsEntry(Message.END, "interrupted");
    }

    @Test
    void aSessionThatNeverGotAMessageIsNotListed() {
        ConversationSession session = store.create("tester", null);
        session.transitionTo(ConversationState.ACTIVE);
        assertThat(store.list()).isEmpty();
        session.addMessage(Message.user("Now there is one"));
        assertThat(store.list()).extracting(SessionSummary::id).containsExactly(session.id());
    }

    @Test
    void aBackupCutShortByACrashIsRemovedOnTheNextStart() throws Exception {
        store.close();
        Path partial = temp.resolve("data").resolve("backups").resolve("sessions-daily-2020-01-01.db.partial");
        Files.writeString(partial, "half a copy");
        store = SessionStore.open(temp.resolve("data"));
        assertThat(partial).doesNotExist();
    }

    @Test
    void aRegenerateCutOffBeforeItsAnswerStartedShowsTheConversationAsItWas() {
        ConversationSession session = store.create("tester", null);
        runner.run(session, "Hello", e -> { }, new CancelToken());
        Message answer = session.messages().getLast();
        // What a regenerate does first, then the app is killed before the new answer's first save.
        session.rewindTo(session.messages().getFirst().id());
        session.transitionTo(ConversationState.ACTIVE);

        store.close();
        store = SessionStore.open(temp.resolve("data"));
        ConversationSession reopened = store.open(session.id()).orElseThrow();
        assertThat(reopened.messages().getLast().id()).isEqualTo(answer.id());
        assertThat(reopened.state()).isEqualTo(ConversationState.COMPLETED);
        assertThat(store.summary(session.id()).orElseThrow().messages()).isEqualTo(2);
    }

    @Test
    void anAnswerIsIndexedForSearchOnceItIsFinalNotWhileItStreams() {
        ConversationSession session = store.create("tester", null);
        session.transitionTo(ConversationState.ACTIVE);
        session.addMessage(Message.user("Tell me about okapis"));
        session.progress(new Message("reply-1", Role.ASSISTANT, "Quokkas are", java.time.Instant.now(),
                java.util.Map.of(), List.of(), null));
        assertThat(store.search("quokkas", 10)).as("still streaming").isEmpty();

        session.addMessage(new Message("reply-1", Role.ASSISTANT, "Quokkas are small marsupials",
                java.time.Instant.now(), java.util.Map.of(), List.of(), null));
        assertThat(store.search("quokkas", 10)).extracting(SearchHit::messageId).containsExactly("reply-1");
        assertThat(store.search("okapis", 10)).extracting(SearchHit::role).containsExactly(Role.USER);
    }
}
