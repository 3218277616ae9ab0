package dev.skillfleet.desktop.ui.sessions;

import dev.skillfleet.desktop.testing.QueuedExecutor;
import dev.skillfleet.desktop.testing.ManualDelay;
import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.store.SearchHit;
import dev.skillfleet.desktop.core.store.SessionDatabase;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.SessionSummary;
import dev.skillfleet.desktop.core.store.StoredMessage;
import dev.skillfleet.desktop.testing.Corpus;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sidebar's ViewModel over a real store on disk, with no toolkit: store calls on the calling thread (or queued,
 * to make answers late), results applied at once, time moved by hand.
 */
class SessionsViewModelTest {

    @TempDir
    Path temp;
    private SessionStore store;
    private TurnRunner runner;
    private TestClock clock;
    private final ManualDelay delay = new ManualDelay();
    private final RecordingNavigator navigator = new RecordingNavigator();

    @BeforeEach
    void setUp() {
        clock = new TestClock(Instant.parse("2025-06-02T10:00:00Z"));
        store = new SessionStore(SessionDatabase.open(temp.resolve("data")), clock);
        runner = new TurnRunner(new StreamingAssistant(new IntentClassifier(),
                OfflineEngine.handlers(new SkillLibrary(Corpus.mixedLibrary(temp.resolve("lib"))))));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    /** A stored conversation, one minute after the previous one, titled by its first message. */
    private String conversation(String... userMessages) {
        clock.advance(Duration.ofMinutes(1));
        ConversationSession session = store.create("tester", null);
        for (String text : userMessages) {
            runner.run(session, text, e -> { }, new CancelToken());
        }
        return session.id();
    }

    private SessionsViewModel sidebar(Executor background) {
        SessionsViewModel model = new SessionsViewModel(store, navigator, background, Runnable::run, delay, clock);
        model.start();
        return model;
    }

    private SessionsViewModel sidebar() {
        return sidebar(Runnable::run);
    }

    private static SessionItem item(SessionsViewModel model, String id) {
        return model.getItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(SessionsViewModel model) {
        return model.getItems().stream().map(SessionItem::id).toList();
    }

    @Test
    void listsNewestFirstWithPinnedOnTopAndTheirTitlesTimesAndCounts() {
        String first = conversation("Hello there, how are you?");
        String second = conversation("What skills exist?");
        String third = conversation("Do I have anything about testing?");
        clock.advance(Duration.ofMinutes(4));

        SessionsViewModel model = sidebar();
        assertThat(ids(model)).containsExactly(third, second, first);
        SessionItem newest = model.getItems().getFirst();
        assertThat(newest.title()).isEqualTo("Do I have anything about testing?");
        assertThat(newest.untitled()).isFalse();
        assertThat(newest.when()).isEqualTo("4 min ago");
        assertThat(newest.messages()).isEqualTo(2);
        assertThat(newest.pinned()).isFalse();
        assertThat(model.loadedProperty().get()).isTrue();

        model.togglePin(item(model, first));
        assertThat(ids(model)).containsExactly(first, third, second);
        assertThat(item(model, first).pinned()).isTrue();
        assertThat(store.list()).extracting(SessionSummary::id).containsExactly(first, third, second);

        model.togglePin(item(model, first));
        assertThat(ids(model)).containsExactly(third, second, first);
        assertThat(store.summary(first).orElseThrow().pinned()).isFalse();
    }

    @Test
    void renameTrimsTheTitleAndRefusesABlankOne() {
        String id = conversation("Hello there, how are you?");
        SessionsViewModel model = sidebar();

        assertThat(model.rename(item(model, id), "   Redis notes  ")).isTrue();
        assertThat(item(model, id).title()).isEqualTo("Redis notes");
        assertThat(store.summary(id).orElseThrow().title()).isEqualTo("Redis notes");

        assertThat(model.rename(item(model, id), "  \t ")).isFalse();
        assertThat(model.rename(item(model, id), null)).isFalse();
        assertThat(item(model, id).title()).isEqualTo("Redis notes");
        assertThat(store.summary(id).orElseThrow().title()).isEqualTo("Redis notes");

        // A title the user gave stays when the conversation goes on.
        ConversationSession session = store.open(id).orElseThrow();
        runner.run(session, "And another thing", e -> { }, new CancelToken());
        model.refresh();
        assertThat(item(model, id).title()).isEqualTo("Redis notes");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void deleteHidesTheConversationAndUndoBringsItBack() {
        String older = conversation("Hello there, how are you?");
        String doomed = conversation("What skills exist?");
        String newer = conversation("Do I have anything about testing?");
        SessionsViewModel model = sidebar();

        model.delete(item(model, doomed));
        assertThat(ids(model)).containsExactly(newer, older);
        assertThat(model.undoAvailableProperty().get()).isTrue();
        assertThat(model.undoTitleProperty().get()).isEqualTo("What skills exist?");
        assertThat(store.list()).extracting(SessionSummary::id).doesNotContain(doomed);
        assertThat(navigator.calls).as("it was not the one shown").isEmpty();

        model.undo();
        assertThat(ids(model)).containsExactly(newer, doomed, older);
        assertThat(model.undoAvailableProperty().get()).isFalse();
        assertThat(model.undoTitleProperty().get()).isEmpty();
        assertThat(store.open(doomed)).isPresent();

        // The old offer's end changes nothing any more.
        delay.elapse(SessionsViewModel.UNDO_FOR.plusSeconds(1));
        assertThat(store.open(doomed)).isPresent();
        assertThat(ids(model)).containsExactly(newer, doomed, older);
    }

    @Test
    void whenTheUndoOfferEndsTheConversationIsRemovedForGood() {
        String kept = conversation("Hello there, how are you?");
        String doomed = conversation("What skills exist?");
        SessionsViewModel model = sidebar();

        model.delete(item(model, doomed));
        delay.elapse(SessionsViewModel.UNDO_FOR.minusSeconds(1));
        assertThat(model.undoAvailableProperty().get()).isTrue();
        assertThat(model.undoTitleProperty().get()).isEqualTo("What skills exist?");

        delay.elapse(Duration.ofSeconds(1));
        assertThat(model.undoAvailableProperty().get()).isFalse();
        // Gone for good: even the store's own undelete finds nothing to bring back.
        store.undelete(doomed);
        assertThat(store.open(doomed)).isEmpty();
        assertThat(store.list()).extracting(SessionSummary::id).containsExactly(kept);
        assertThat(store.allMessages(doomed)).isEmpty();
        assertThat(ids(model)).containsExactly(kept);
    }

    @Test
    void aSecondDeletionEndsTheFirstOfferAndOnlyTheSecondCanBeUndone() {
        String first = conversation("Hello there, how are you?");
        String second = conversation("What skills exist?");
        SessionsViewModel model = sidebar();

        model.delete(item(model, first));
        model.delete(item(model, second));
        assertThat(model.undoTitleProperty().get()).isEqualTo("What skills exist?");
        assertThat(model.getItems()).isEmpty();
        store.undelete(first);
        assertThat(store.open(first)).as("purged when the second deletion replaced its offer").isEmpty();

        model.undo();
        assertThat(ids(model)).containsExactly(second);
        assertThat(store.open(second)).isPresent();
    }

    @Test
    void closingEndsThePendingOfferAndStartingRemovesLeftoversOfAnEarlierRun() {
        String kept = conversation("Hello there, how are you?");
        String doomed = conversation("What skills exist?");
        String leftover = conversation("Do I have anything about testing?");
        store.delete(leftover); // deleted in a run that stopped before its offer ended

        SessionsViewModel model = sidebar();
        assertThat(ids(model)).containsExactly(doomed, kept);
        store.undelete(leftover);
        assertThat(store.open(leftover)).isEmpty();

        model.delete(item(model, doomed));
        model.close();
        store.undelete(doomed);
        assertThat(store.open(doomed)).isEmpty();
        assertThat(store.open(kept)).isPresent();
    }

    @Test
    void deletingTheConversationShownStartsANewChatAndUndoShowsItAgain() {
        String other = conversation("Hello there, how are you?");
        String shown = conversation("What skills exist?");
        SessionsViewModel model = sidebar();
        model.open(item(model, shown));
        assertThat(navigator.calls).containsExactly("open " + shown);
        assertThat(model.selectedProperty().get().id()).isEqualTo(shown);

        model.delete(item(model, shown));
        assertThat(navigator.calls).containsExactly("open " + shown, "new");
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(ids(model)).containsExactly(other);

        model.undo();
        assertThat(navigator.calls).containsExactly("open " + shown, "new", "open " + shown);
        assertThat(model.selectedProperty().get().id()).isEqualTo(shown);
    }

    @Test
    void theSelectionFollowsTheChatAndSurvivesARefresh() {
        String first = conversation("Hello there, how are you?");
        String second = conversation("What skills exist?");
        SessionsViewModel model = sidebar();
        assertThat(model.selectedProperty().get()).isNull();

        navigator.openSession(first);
        assertThat(model.selectedProperty().get().id()).isEqualTo(first);
        model.open(item(model, first));
        assertThat(navigator.calls).as("already shown: not opened again").containsExactly("open " + first);

        String third = conversation("Do I have anything about testing?");
        model.refresh();
        assertThat(ids(model)).containsExactly(third, second, first);
        assertThat(model.selectedProperty().get().id()).isEqualTo(first);

        model.newSession();
        assertThat(navigator.calls).endsWith("new");
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void searchFindsAWordAcrossConversationsAndOpensTheHitOnItsMessage() {
        String kafkaA = conversation("Create a Kafka consumer skill");
        String plain = conversation("Hello there, how are you?");
        String kafkaB = conversation("What about kafka partitions?");
        SessionsViewModel model = sidebar();

        model.queryProperty().set("kafka");
        assertThat(model.searchingProperty().get()).isTrue();
        assertThat(model.searchPendingProperty().get()).isTrue();
        assertThat(model.getResults()).as("waits for the typing to pause").isEmpty();

        delay.elapse(SessionSearch.DEBOUNCE);
        assertThat(model.searchPendingProperty().get()).isFalse();
        assertThat(model.getResults()).extracting(SessionHit::sessionId).contains(kafkaA, kafkaB).doesNotContain(plain);
        SessionHit hit = model.getResults().stream().filter(h -> h.sessionId().equals(kafkaB)).findFirst().orElseThrow();
        assertThat(hit.sessionTitle()).isEqualTo("What about kafka partitions?");
        assertThat(hit.snippet()).filteredOn(SessionHit.Part::marked).extracting(SessionHit.Part::text)
                .isNotEmpty().allSatisfy(word -> assertThat(word).isEqualToIgnoringCase("kafka"));
        assertThat(hit.text()).doesNotContain(SearchHit.MARK_START).containsIgnoringCase("kafka");
        StoredMessage message = store.allMessages(kafkaB).stream()
                .filter(m -> m.message().id().equals(hit.messageId())).findFirst().orElseThrow();
        assertThat(message.message().content()).containsIgnoringCase("kafka");

        model.openHit(hit);
        assertThat(navigator.calls).containsExactly("openAt " + kafkaB + " " + hit.messageId());
        assertThat(model.queryProperty().get()).isEmpty();
        assertThat(model.searchingProperty().get()).isFalse();
        assertThat(model.getResults()).isEmpty();
        assertThat(model.selectedProperty().get().id()).isEqualTo(kafkaB);
    }

    @Test
    void typingFastAsksTheStoreOnceAndASlowOlderAnswerNeverReplacesANewerOne() {
        conversation("Create a Kafka consumer skill");
        String python = conversation("Tell me about python decorators");
        QueuedExecutor background = new QueuedExecutor();
        SessionsViewModel model = sidebar(background);
        background.runAll();
        List<List<String>> shown = new ArrayList<>();
        model.getResults().addListener((ListChangeListener<SessionHit>) c ->
                shown.add(model.getResults().stream().map(SessionHit::sessionId).distinct().toList()));

        model.queryProperty().set("kaf");
        model.queryProperty().set("kafka");
        delay.elapse(SessionSearch.DEBOUNCE); // only "kafka" is asked: "kaf" was typed over
        model.queryProperty().set("python");
        delay.elapse(SessionSearch.DEBOUNCE);
        background.runAll(); // "kafka" answers now, after "python" was typed, then "python"

        assertThat(shown).containsExactly(List.of(python));
        assertThat(model.getResults()).allSatisfy(h -> assertThat(h.text()).containsIgnoringCase("python"));

        model.queryProperty().set("  ");
        assertThat(model.searchingProperty().get()).isFalse();
        assertThat(model.getResults()).isEmpty();
        delay.elapse(SessionSearch.DEBOUNCE);
        assertThat(background.isEmpty()).as("a blank query asks nothing").isTrue();
    }

    @Test
    void storeFailuresBecomeAMessageNotAnException() {
        String id = conversation("Hello there, how are you?");
        SessionsViewModel model = sidebar();
        SessionItem item = item(model, id);
        store.close();

        model.refresh();
        assertThat(model.errorProperty().get()).startsWith("Could not list the conversations");

        model.dismissError();
        assertThat(model.errorProperty().get()).isEmpty();
        model.rename(item, "New name");
        assertThat(model.errorProperty().get()).startsWith("Could not rename the conversation");

        model.dismissError();
        model.delete(item);
        assertThat(model.errorProperty().get()).startsWith("Could not delete the conversation");
        assertThat(model.undoAvailableProperty().get()).as("nothing was deleted, nothing to undo").isFalse();

        model.queryProperty().set("hello");
        delay.elapse(SessionSearch.DEBOUNCE);
        assertThat(model.errorProperty().get()).startsWith("Could not search the conversations");
        assertThat(model.searchPendingProperty().get()).isFalse();
    }
}
