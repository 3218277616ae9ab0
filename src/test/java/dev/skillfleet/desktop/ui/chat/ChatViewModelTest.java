package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnRequest;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.testing.Corpus;
import dev.skillfleet.desktop.ui.fx.FlushScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat ViewModel with no toolkit: work runs on the calling thread and flushes happen at once. */
class ChatViewModelTest {

    @TempDir
    Path temp;
    private Path library;

    @BeforeEach
    void library() {
        library = Corpus.mixedLibrary(temp.resolve("lib"));
    }

    private ChatViewModel chat(Executor executor, FlushScheduler scheduler, IntentHandler... custom) {
        SkillLibrary skills = new SkillLibrary(library);
        StreamingAssistant assistant = new StreamingAssistant(new IntentClassifier(), OfflineEngine.handlers(skills));
        for (IntentHandler handler : custom) {
            assistant.register(handler);
        }
        return new ChatViewModel(new TurnRunner(assistant), executor, scheduler, library, "tester");
    }

    private ChatViewModel chat() {
        return chat(Runnable::run, FlushScheduler.immediate());
    }

    @Test
    void sendingShowsTheUserMessageAndTheStreamedAnswerWithItsDraft() {
        ChatViewModel chat = chat();
        chat.inputProperty().set("Create a Redis caching skill");
        chat.send();

        assertThat(chat.inputProperty().get()).isEmpty();
        assertThat(chat.getMessages()).hasSize(2);
        MessageViewModel user = chat.getMessages().get(0);
        MessageViewModel reply = chat.getMessages().get(1);
        assertThat(user.role()).isEqualTo(Role.USER);
        assertThat(user.getContent()).isEqualTo("Create a Redis caching skill");
        assertThat(reply.role()).isEqualTo(Role.ASSISTANT);
        assertThat(reply.getContent()).contains("redis-caching");
        assertThat(reply.draftProperty().get()).isNotNull();
        assertThat(reply.draftProperty().get().name()).isEqualTo("redis-caching");
        assertThat(reply.streamingProperty().get()).isFalse();
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.COMPLETED);
        assertThat(chat.messageCountProperty().get()).isEqualTo(2);
        assertThat(chat.busyProperty().get()).isFalse();
    }

    @Test
    void thinkingIsShownThenCollapsesWhenTheAnswerStartsAndKeepsItsDuration() {
        ChatViewModel chat = chat();
        List<Boolean> expandedHistory = new ArrayList<>();
        chat.getMessages().addListener((javafx.collections.ListChangeListener<MessageViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(m -> m.thinkingExpandedProperty().subscribe((Boolean b) -> expandedHistory.add(b)));
            }
        });
        chat.inputProperty().set("Create a Redis caching skill");
        chat.send();

        MessageViewModel reply = chat.getMessages().get(1);
        assertThat(reply.hasThinkingProperty().get()).isTrue();
        assertThat(reply.thinkingTextProperty().get()).contains("Category: databases");
        assertThat(reply.thinkingProperty().get()).as("no longer thinking").isFalse();
        assertThat(expandedHistory).containsSubsequence(true, false);
        assertThat(reply.thinkingExpandedProperty().get()).isFalse();
        assertThat(reply.thinkingDurationProperty().get()).isPositive();
    }

    @Test
    void theKeepOpenSettingKeepsThinkingOpen() {
        ChatViewModel chat = chat();
        chat.keepThinkingOpenProperty().set(true);
        chat.inputProperty().set("Create a Redis caching skill");
        chat.send();
        assertThat(chat.getMessages().get(1).thinkingExpandedProperty().get()).isTrue();
    }

    @Test
    void blankInputIsNeverSent() {
        ChatViewModel chat = chat();
        chat.inputProperty().set("  \n  ");
        assertThat(chat.canSendProperty().get()).isFalse();
        chat.send();
        assertThat(chat.getMessages()).isEmpty();
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.IDLE);
    }

    @Test
    void whileATurnRunsNothingElseCanBeSentAndStopKeepsThePartialAnswer() {
        List<Runnable> pending = new ArrayList<>();
        ChatViewModel chat = chat(pending::add, FlushScheduler.immediate());
        chat.inputProperty().set("Hello");
        chat.send();
        assertThat(chat.busyProperty().get()).isTrue();
        chat.inputProperty().set("another");
        assertThat(chat.canSendProperty().get()).isFalse();
        chat.send();
        assertThat(chat.getMessages()).as("a message shows once it is saved, by the turn's thread").isEmpty();

        chat.stop();
        pending.forEach(Runnable::run);
        assertThat(chat.getMessages()).hasSize(2);

        MessageViewModel reply = chat.getMessages().get(1);
        assertThat(reply.endProperty().get()).isEqualTo(MessageViewModel.End.STOPPED);
        assertThat(chat.busyProperty().get()).isFalse();
        assertThat(chat.canSendProperty().get()).isTrue();
    }

    @Test
    void optionsAreOfferedAndAnsweringOneContinuesTheTurn() {
        ChatViewModel chat = chat();
        chat.inputProperty().set("python decorators");
        chat.send();

        MessageViewModel asking = chat.getMessages().get(1);
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.AWAITING_INPUT);
        assertThat(asking.getOptions()).contains("Create a skill");
        assertThat(asking.awaitingAnswerProperty().get()).isTrue();
        assertThat(asking.questionProperty().get()).isNotBlank();

        chat.answer(asking, "Create a skill");

        assertThat(asking.awaitingAnswerProperty().get()).isFalse();
        assertThat(chat.getMessages()).hasSize(4);
        assertThat(chat.getMessages().get(2).getContent()).isEqualTo("Create a skill");
        assertThat(chat.getMessages().get(3).draftProperty().get()).isNotNull();
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.COMPLETED);
    }

    @Test
    void aFailedTurnShowsTheErrorOnTheMessage() throws Exception {
        java.nio.file.Files.writeString(library.resolve("_drafts"), "in the way");
        ChatViewModel chat = chat();
        chat.inputProperty().set("Create a Redis caching skill");
        chat.send();
        MessageViewModel reply = chat.getMessages().get(1);
        assertThat(reply.errorProperty().get()).contains("Could not write the draft");
        assertThat(reply.endProperty().get()).isEqualTo(MessageViewModel.End.FAILED);
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.ERROR);
        assertThat(chat.busyProperty().get()).isFalse();
    }

    @Test
    void retryResendsTheLastMessageAfterAFailure() throws Exception {
        Path blocker = library.resolve("_drafts");
        java.nio.file.Files.writeString(blocker, "in the way");
        ChatViewModel chat = chat();
        chat.inputProperty().set("Create a Redis caching skill");
        chat.send();
        MessageViewModel failed = chat.getMessages().get(1);
        assertThat(chat.canRetry(failed)).isTrue();

        java.nio.file.Files.delete(blocker);
        chat.retry();

        // A new version of the answer to the same message; the failed one is kept as the first version.
        assertThat(chat.getMessages()).hasSize(2);
        assertThat(chat.getMessages().get(0).getContent()).isEqualTo("Create a Redis caching skill");
        MessageViewModel answer = chat.getMessages().get(1);
        assertThat(answer.draftProperty().get()).isNotNull();
        assertThat(answer.siblingIndexProperty().get()).isEqualTo(1);
        assertThat(answer.siblingsProperty().get()).isEqualTo(2);
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.COMPLETED);
        assertThat(chat.canRetry(failed)).isFalse();

        chat.showSibling(answer, -1);
        MessageViewModel first = chat.getMessages().get(1);
        assertThat(first.errorProperty().get()).as("the failed answer stays as it was").contains("Could not write");
        assertThat(first.siblingIndexProperty().get()).isZero();
        assertThat(first.siblingsProperty().get()).isEqualTo(2);
    }

    @Test
    void aNewSessionStartsEmptyAndIdle() {
        ChatViewModel chat = chat();
        chat.inputProperty().set("Hello");
        chat.send();
        chat.newSession();
        assertThat(chat.getMessages()).isEmpty();
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.IDLE);
        assertThat(chat.messageCountProperty().get()).isZero();
    }

    @Test
    void aMegabyteMessageIsHandled() {
        ChatViewModel chat = chat();
        chat.inputProperty().set("Create a skill for " + "log shipping and retention ".repeat(40_000));
        chat.send();
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.COMPLETED);
        assertThat(chat.getMessages().get(0).getContent().length()).isGreaterThan(1_000_000);
    }

    @Test
    void aThousandDeltasInOneFrameAreOnePropertyChange() {
        List<Runnable> frames = new ArrayList<>();
        IntentHandler streamer = new IntentHandler() {
            @Override
            public boolean canHandle(TurnRequest request) {
                return request.message().equals("stream please");
            }

            @Override
            public void handle(TurnRequest request, TurnOutput out) {
                out.thinking("planning\n");
                for (int i = 0; i < 1000; i++) {
                    out.response("x");
                }
            }
        };
        ChatViewModel chat = chat(Runnable::run, frames::add, streamer);
        AtomicInteger changes = new AtomicInteger();
        // The saved message and its answer arrive in the same flush as the deltas: count from when they show.
        chat.getMessages().addListener((javafx.collections.ListChangeListener<MessageViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(m -> m.contentProperty().addListener((obs, old, now) -> {
                    if (m.role() == dev.skillfleet.desktop.core.conversation.Role.ASSISTANT) {
                        changes.incrementAndGet();
                    }
                }));
            }
        });
        chat.inputProperty().set("stream please");
        chat.send();

        assertThat(frames).as("one flush requested for the whole burst").hasSize(1);
        frames.removeFirst().run();
        MessageViewModel reply = chat.getMessages().get(1);

        assertThat(reply.getContent()).isEqualTo("x".repeat(1000));
        assertThat(changes.get()).isEqualTo(1);
        assertThat(frames).isEmpty();
    }

    @Test
    void severalThinkingSegmentsAddUpAndTheDurationStaysWithTheMessage() {
        IntentHandler thinker = new IntentHandler() {
            @Override
            public boolean canHandle(TurnRequest request) {
                return request.message().equals("think twice");
            }

            @Override
            public void handle(TurnRequest request, TurnOutput out) throws Exception {
                out.thinking("first thought");
                Thread.sleep(30);
                out.response("part one. ");
                out.thinking(" second thought");
                Thread.sleep(30);
                out.response("part two.");
            }
        };
        ChatViewModel chat = chat(Runnable::run, FlushScheduler.immediate(), thinker);
        chat.inputProperty().set("think twice");
        chat.send();

        MessageViewModel reply = chat.getMessages().get(1);
        assertThat(reply.thinkingTextProperty().get()).isEqualTo("first thought second thought");
        assertThat(reply.getContent()).isEqualTo("part one. part two.");
        var stored = chat.session().messages().getLast();
        assertThat(stored.thinking()).hasSize(2);
        assertThat(reply.thinkingDurationProperty().get()).isEqualTo(stored.thinkingDuration());
        assertThat(stored.thinkingDuration()).isGreaterThanOrEqualTo(java.time.Duration.ofMillis(60));

        chat.inputProperty().set("Hello");
        chat.send();
        assertThat(reply.thinkingDurationProperty().get()).as("kept after later turns").isEqualTo(stored.thinkingDuration());
    }

    @Test
    void eachChatUsesItsChosenProfileAndANewChatTheActiveOne() {
        dev.skillfleet.desktop.core.profiles.EndpointProfile model = dev.skillfleet.desktop.core.profiles.EndpointProfile
                .of("lab", "Lab model", dev.skillfleet.desktop.core.profiles.ProfileKind.OPENAI, "http://127.0.0.1:9/v1", "m");
        List<String> used = new ArrayList<>();
        SkillLibrary skills = new SkillLibrary(library);
        TurnRunner offline = new TurnRunner(new StreamingAssistant(new IntentClassifier(), OfflineEngine.handlers(skills)));
        ChatViewModel chat = new ChatViewModel((Engines) profile -> {
            used.add(profile.id());
            return offline;
        }, Runnable::run, FlushScheduler.immediate(), library, "tester",
                new dev.skillfleet.desktop.core.store.SessionStore(dev.skillfleet.desktop.core.store.SessionDatabase.inMemory()));
        chat.setProfiles(List.of(dev.skillfleet.desktop.core.profiles.EndpointProfile.OFFLINE, model), model);
        assertThat(chat.profileProperty().get().id()).as("the open chat keeps its choice").isEqualTo("offline");

        chat.inputProperty().set("Hello");
        chat.send();
        chat.profileProperty().set(model);
        chat.inputProperty().set("Hello again");
        chat.send();
        chat.newSession();

        assertThat(used).containsExactly("offline", "lab");
        assertThat(chat.profileProperty().get()).isEqualTo(model);
    }
}
