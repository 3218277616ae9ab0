package dev.skillfleet.desktop.ui.chat;

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
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.testing.Corpus;
import dev.skillfleet.desktop.ui.fx.FlushScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat over a real store on disk: what is saved comes back after a restart, page by page, branch by branch. */
class StoredChatTest {

    @TempDir
    Path temp;
    private Path library;
    private Path data;
    private SessionStore store;
    private TurnRunner runner;

    @BeforeEach
    void setUp() {
        library = Corpus.mixedLibrary(temp.resolve("lib"));
        data = temp.resolve("data");
        store = SessionStore.open(data);
        runner = new TurnRunner(new StreamingAssistant(new IntentClassifier(),
                OfflineEngine.handlers(new SkillLibrary(library))));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ChatViewModel chat() {
        return new ChatViewModel(profile -> runner, Runnable::run, FlushScheduler.immediate(), library, "tester", store);
    }

    /** Closes the store and opens it again, as a restart of the app does. */
    private void restart() {
        store.close();
        store = SessionStore.open(data);
    }

    @Test
    void aConversationComesBackAfterARestartWithThinkingDraftAndItsQuestion() {
        ChatViewModel before = chat();
        before.inputProperty().set("Create a Redis caching skill");
        before.send();
        before.inputProperty().set("python decorators");
        before.send();
        String id = before.sessionIdProperty().get();
        assertThat(before.stateProperty().get()).isEqualTo(ConversationState.AWAITING_INPUT);
        List<String> options = List.copyOf(before.getMessages().getLast().getOptions());

        restart();
        ChatViewModel after = chat();
        after.open(id);

        assertThat(after.sessionIdProperty().get()).isEqualTo(id);
        assertThat(after.getMessages()).hasSize(4);
        MessageViewModel draftAnswer = after.getMessages().get(1);
        assertThat(draftAnswer.draftProperty().get()).isNotNull();
        assertThat(draftAnswer.draftProperty().get().name()).isEqualTo("redis-caching");
        assertThat(draftAnswer.hasThinkingProperty().get()).isTrue();
        assertThat(draftAnswer.thinkingTextProperty().get()).contains("Intent: create");
        MessageViewModel question = after.getMessages().getLast();
        assertThat(after.stateProperty().get()).isEqualTo(ConversationState.AWAITING_INPUT);
        assertThat(question.awaitingAnswerProperty().get()).isTrue();
        assertThat(question.getOptions()).isEqualTo(options);

        after.answer(question, options.getFirst());
        assertThat(after.stateProperty().get()).isNotEqualTo(ConversationState.ERROR);
        assertThat(after.getMessages()).hasSize(6);
        assertThat(question.awaitingAnswerProperty().get()).isFalse();
    }

    @Test
    void aLongConversationShowsItsLastPageAndReadsOlderPagesOnRequest() {
        ConversationSession session = store.create("tester", null);
        for (int i = 0; i < 60; i++) {
            runner.run(session, "Hello number " + i, e -> { }, new CancelToken());
        }
        ChatViewModel chat = chat();
        chat.open(session.id());
        assertThat(chat.getMessages()).hasSize(StoredHistory.PAGE);
        assertThat(chat.messageCountProperty().get()).isEqualTo(120);
        assertThat(chat.hasOlderProperty().get()).isTrue();
        assertThat(chat.getMessages().getLast().role()).isEqualTo(Role.ASSISTANT);

        chat.loadOlder();
        assertThat(chat.getMessages()).hasSize(2 * StoredHistory.PAGE);
        chat.loadOlder();
        assertThat(chat.getMessages()).hasSize(120);
        assertThat(chat.hasOlderProperty().get()).isFalse();
        assertThat(chat.getMessages().getFirst().getContent()).isEqualTo("Hello number 0");

        // The conversation goes on where it ended; the model's context is the newest messages.
        chat.inputProperty().set("And one more");
        chat.send();
        assertThat(chat.messageCountProperty().get()).isEqualTo(122);
        assertThat(store.summary(session.id()).orElseThrow().messages()).isEqualTo(122);
    }

    @Test
    void editingAQuestionMakesANewVersionAndTheSwitcherMovesBetweenThem() {
        ChatViewModel chat = chat();
        chat.inputProperty().set("Hello");
        chat.send();
        chat.inputProperty().set("What skills exist?");
        chat.send();
        MessageViewModel second = chat.getMessages().get(2);

        chat.editAndResend(second, "Do I have anything about testing?");

        assertThat(chat.getMessages()).hasSize(4);
        MessageViewModel edited = chat.getMessages().get(2);
        assertThat(edited.getContent()).isEqualTo("Do I have anything about testing?");
        assertThat(edited.siblingIndexProperty().get()).isEqualTo(1);
        assertThat(edited.siblingsProperty().get()).isEqualTo(2);
        assertThat(chat.messageCountProperty().get()).isEqualTo(4);
        // The model's context is the active branch: the first version is not in it.
        assertThat(chat.session().contextWindow()).extracting(Message::content)
                .doesNotContain("What skills exist?");

        chat.showSibling(edited, -1);
        assertThat(chat.getMessages()).hasSize(4);
        assertThat(chat.getMessages().get(2).getContent()).isEqualTo("What skills exist?");
        assertThat(chat.getMessages().get(2).siblingIndexProperty().get()).isZero();
        assertThat(chat.focusProperty().get()).isSameAs(chat.getMessages().get(2));

        restart();
        ChatViewModel reopened = chat();
        reopened.open(chat.sessionIdProperty().get());
        assertThat(reopened.getMessages().get(2).getContent()).as("the branch last shown").isEqualTo("What skills exist?");
    }

    @Test
    void anAnswerCutOffByACrashIsShownInterruptedAndRetryAnswersAgain() {
        ConversationSession session = store.create("tester", null);
        session.transitionTo(ConversationState.ACTIVE);
        session.addMessage(Message.user("Hello"));
        session.progress(new Message("partial", Role.ASSISTANT, "Hel", Instant.now(), Map.of(), List.of(), null));

        restart();
        ChatViewModel chat = chat();
        chat.open(session.id());
        MessageViewModel cut = chat.getMessages().getLast();
        assertThat(cut.getContent()).isEqualTo("Hel");
        assertThat(cut.endProperty().get()).isEqualTo(MessageViewModel.End.INTERRUPTED);
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.ERROR);
        assertThat(chat.canRetry(cut)).isTrue();

        chat.retry();
        assertThat(chat.getMessages()).hasSize(2);
        assertThat(chat.getMessages().getLast().getContent()).startsWith("Hello");
        assertThat(chat.getMessages().getLast().siblingsProperty().get()).isEqualTo(2);
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.COMPLETED);
    }

    @Test
    void aQuestionWhoseAnswerNeverStartedCanBeRetried() {
        ConversationSession session = store.create("tester", null);
        session.transitionTo(ConversationState.ACTIVE);
        session.addMessage(Message.user("Hello"));

        restart();
        ChatViewModel chat = chat();
        chat.open(session.id());
        assertThat(chat.getMessages()).hasSize(2);
        MessageViewModel placeholder = chat.getMessages().getLast();
        assertThat(placeholder.endProperty().get()).isEqualTo(MessageViewModel.End.INTERRUPTED);
        assertThat(chat.canRetry(placeholder)).isTrue();

        chat.retry();
        assertThat(chat.getMessages()).hasSize(2);
        assertThat(chat.getMessages().getLast().getContent()).isNotBlank();
        assertThat(chat.getMessages().getLast().siblingsProperty().get()).isEqualTo(1);
        assertThat(store.page(session.id(), null, 10)).hasSize(2);
    }

    @Test
    void aMessageTheStoreCannotSaveIsNotShownAsSentAndGoesBackToTheInput() {
        ChatViewModel chat = chat();
        store.close();
        chat.inputProperty().set("Hello there");
        chat.send();

        assertThat(chat.getMessages()).isEmpty();
        assertThat(chat.inputProperty().get()).isEqualTo("Hello there");
        assertThat(chat.noticeProperty().get()).contains("Could not save").contains("back in the input");
        assertThat(chat.busyProperty().get()).isFalse();
        store = SessionStore.open(data);
    }
}
