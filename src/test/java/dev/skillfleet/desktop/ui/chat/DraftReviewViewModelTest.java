package dev.skillfleet.desktop.ui.chat;

import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Review changes" on a refine draft's card, with no toolkit: work runs on the calling thread, flushes at once. */
class DraftReviewViewModelTest {

    @TempDir
    Path temp;
    private Path library;
    private SessionStore store;
    private TurnRunner runner;
    private final List<List<Path>> reviewed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        library = Corpus.mixedLibrary(temp.resolve("lib"));
        store = SessionStore.open(temp.resolve("data"));
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

    private static DraftCard ask(ChatViewModel chat, String text) {
        chat.inputProperty().set(text);
        chat.send();
        return chat.getMessages().getLast().draftProperty().get();
    }

    private void record(Path original, Path draft) {
        reviewed.add(List.of(original, draft));
    }

    @Test
    void theCommandHandsTheOriginalFolderAndTheDraftToTheReviewer() {
        ChatViewModel chat = chat();
        DraftCard card = ask(chat, "Refine the brand-guidelines skill");
        assertThat(chat.canReviewDraftsProperty().get()).as("no reviewer wired yet").isFalse();

        chat.setDraftReview(this::record);
        assertThat(chat.canReviewDraftsProperty().get()).isTrue();
        chat.reviewDraft(card);

        assertThat(reviewed).containsExactly(List.of(library.resolve("brand-guidelines"), card.skillFile()));
        assertThat(card.skillFile()).startsWith(library.resolve("_drafts")).isRegularFile();
        assertThat(chat.noticeProperty().get()).isEmpty();
    }

    @Test
    void withoutAReviewerTheCommandDoesNothing() {
        ChatViewModel chat = chat();
        DraftCard card = ask(chat, "Refine the brand-guidelines skill");

        chat.reviewDraft(card);

        assertThat(chat.noticeProperty().get()).isEmpty();
        chat.setDraftReview(this::record);
        chat.setDraftReview(null);
        assertThat(chat.canReviewDraftsProperty().get()).isFalse();
        chat.reviewDraft(card);
        assertThat(reviewed).isEmpty();
    }

    @Test
    void aNewSkillsDraftHasNothingToReview() {
        ChatViewModel chat = chat();
        chat.setDraftReview(this::record);
        DraftCard card = ask(chat, "Create a Redis caching skill");
        assertThat(card.isRefine()).isFalse();

        chat.reviewDraft(card);

        assertThat(reviewed).isEmpty();
        assertThat(chat.noticeProperty().get()).isEmpty();
    }

    @Test
    void aVanishedOriginalIsSaidPlainlyAndNothingOpens() throws Exception {
        ChatViewModel chat = chat();
        chat.setDraftReview(this::record);
        DraftCard card = ask(chat, "Refine the brand-guidelines skill");
        Files.delete(library.resolve("brand-guidelines/SKILL.md"));

        chat.reviewDraft(card);

        assertThat(reviewed).isEmpty();
        assertThat(chat.noticeProperty().get()).contains("original skill is no longer at")
                .contains(library.resolve("brand-guidelines").toString()).contains(card.skillFile().toString());
    }

    @Test
    void aPromotedOrDeletedDraftIsSaidPlainly() throws Exception {
        ChatViewModel chat = chat();
        chat.setDraftReview(this::record);
        DraftCard card = ask(chat, "Refine the brand-guidelines skill");
        Files.delete(card.skillFile());

        chat.reviewDraft(card);

        assertThat(reviewed).isEmpty();
        assertThat(chat.noticeProperty().get()).contains(card.skillFile().toString()).contains("no longer exists");
    }

    @Test
    void aReviewerThatFailsBecomesANoticeNotALostFlush() {
        ChatViewModel chat = chat();
        chat.setDraftReview((original, draft) -> {
            throw new IllegalStateException("the editor could not read the draft");
        });
        DraftCard card = ask(chat, "Refine the brand-guidelines skill");

        chat.reviewDraft(card);

        assertThat(chat.noticeProperty().get()).contains("Could not open the review")
                .contains("the editor could not read the draft");
    }

    @Test
    void aStoredConversationsCardCanStillBeReviewedAfterARestart() {
        ChatViewModel before = chat();
        DraftCard written = ask(before, "Refine the brand-guidelines skill");
        String id = before.sessionIdProperty().get();
        store.close();
        store = SessionStore.open(temp.resolve("data"));

        ChatViewModel after = chat();
        after.setDraftReview(this::record);
        after.open(id);
        DraftCard loaded = after.getMessages().getLast().draftProperty().get();
        after.reviewDraft(loaded);

        assertThat(loaded).isEqualTo(written);
        assertThat(reviewed).containsExactly(List.of(library.resolve("brand-guidelines"), written.skillFile()));
    }
}
