package dev.skillfleet.desktop.ui.sessions;

import dev.skillfleet.desktop.testing.QueuedExecutor;
import dev.skillfleet.desktop.testing.ManualDelay;
import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.store.SessionDatabase;
import dev.skillfleet.desktop.core.store.SessionExport;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.core.store.SessionSummary;
import dev.skillfleet.desktop.core.store.StoredMessage;
import dev.skillfleet.desktop.testing.Corpus;
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
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and import from the sidebar over a real store and real files, with no toolkit: files and the store used on
 * the calling thread (or queued, to see what shows meanwhile), results applied at once.
 */
class SessionTransfersViewModelTest {

    @TempDir
    Path temp;
    private SessionStore store;
    private TurnRunner runner;
    private TestClock clock;
    private final ManualDelay delay = new ManualDelay();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private SessionsViewModel sidebar;

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

    private String conversation(String... userMessages) {
        clock.advance(Duration.ofMinutes(1));
        ConversationSession session = store.create("tester", null);
        for (String text : userMessages) {
            runner.run(session, text, e -> { }, new CancelToken());
        }
        return session.id();
    }

    private SessionTransfersViewModel transfers(Executor background) {
        sidebar = new SessionsViewModel(store, navigator, Runnable::run, Runnable::run, delay, clock);
        sidebar.start();
        return new SessionTransfersViewModel(store, sidebar, navigator, background, Runnable::run, ZoneOffset.UTC,
                "importer");
    }

    private SessionTransfersViewModel transfers() {
        return transfers(Runnable::run);
    }

    private SessionItem item(String id) {
        return sidebar.getItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> ids() {
        return sidebar.getItems().stream().map(SessionItem::id).toList();
    }

    @Test
    void markdownExportHoldsTheMessagesAndTheThinkingOnlyWhenAskedFor() throws Exception {
        String id = conversation("Hello there, how are you?", "What skills exist?");
        SessionTransfersViewModel model = transfers();
        List<Message> messages = store.allMessages(id).stream().map(StoredMessage::message).toList();
        Message answer = messages.stream().filter(m -> m.role() == Role.ASSISTANT && !m.thinking().isEmpty())
                .findFirst().orElseThrow();
        String thought = answer.thinking().getFirst().text().strip();

        Path plain = temp.resolve("out/plain.md");
        model.exportSession(item(id), SessionExport.Format.MARKDOWN, false, plain);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.messageProperty().get())
                .isEqualTo("Exported \u201cHello there, how are you?\u201d to " + plain);
        String md = Files.readString(plain);
        assertThat(md).startsWith("# Hello there, how are you?\n")
                .contains("Hello there, how are you?", "What skills exist?", answer.content().strip())
                .doesNotContain("<details>").doesNotContain(thought);

        Path thinking = temp.resolve("out/thinking.md");
        model.exportSession(item(id), SessionExport.Format.MARKDOWN, true, thinking);
        assertThat(model.messageProperty().get()).endsWith(" to " + thinking);
        assertThat(Files.readString(thinking)).contains("<details>", thought, answer.content().strip(),
                "What skills exist?");
    }

    @Test
    void aJsonExportImportedBackIsASecondConversationThatTheChatOpens() throws Exception {
        String original = conversation("Tell me about kafka streams", "What skills exist?");
        SessionTransfersViewModel model = transfers();
        Path file = temp.resolve("kafka.json");
        model.exportSession(item(original), SessionExport.Format.JSON, false, file);
        assertThat(model.messageProperty().get()).isEqualTo("Exported \u201cTell me about kafka streams\u201d to "
                + file);

        model.importSession(file);

        assertThat(model.errorProperty().get()).isEmpty();
        int count = store.allMessages(original).size();
        assertThat(model.messageProperty().get())
                .isEqualTo("Imported \u201cTell me about kafka streams\u201d (" + count + " messages)");
        assertThat(ids()).hasSize(2).contains(original);
        String copy = ids().stream().filter(i -> !i.equals(original)).findFirst().orElseThrow();
        assertThat(navigator.calls).containsExactly("open " + copy);
        assertThat(sidebar.selectedProperty().get().id()).isEqualTo(copy);
        SessionSummary imported = store.summary(copy).orElseThrow();
        assertThat(imported.title()).isEqualTo("Tell me about kafka streams");
        assertThat(store.allMessages(copy)).extracting(m -> m.message().content())
                .containsExactlyElementsOf(store.allMessages(original).stream().map(m -> m.message().content())
                        .toList());
        assertThat(store.open(copy).orElseThrow().userId()).isEqualTo("importer");
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedNamingItAndNothingIsAdded() throws Exception {
        String only = conversation("Hello there, how are you?");
        SessionTransfersViewModel model = transfers();
        Path notes = temp.resolve("notes.json");
        Files.writeString(notes, "# just some notes\n");

        model.importSession(notes);

        assertThat(model.errorProperty().get()).startsWith("Not imported: " + notes + ": not JSON");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(ids()).containsExactly(only);
        assertThat(store.list()).extracting(SessionSummary::id).containsExactly(only);
        assertThat(navigator.calls).isEmpty();

        model.dismissError();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void exportingAConversationDeletedMeanwhileSaysSoAndWritesNothing() {
        String doomed = conversation("Hello there, how are you?");
        SessionTransfersViewModel model = transfers();
        SessionItem item = item(doomed);
        sidebar.delete(item);
        Path target = temp.resolve("doomed.md");

        model.exportSession(item, SessionExport.Format.MARKDOWN, false, target);

        assertThat(model.errorProperty().get()).isEqualTo("\u201cHello there, how are you?\u201d was not exported to "
                + target + ": it has been deleted");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(target).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAndNothingIsLost() throws Exception {
        String id = conversation("Hello there, how are you?");
        SessionTransfersViewModel model = transfers();
        Path blocker = temp.resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");
        Path target = blocker.resolve("out.md");

        model.exportSession(item(id), SessionExport.Format.MARKDOWN, false, target);

        assertThat(model.errorProperty().get()).isEqualTo("Could not write " + target + ": " + blocker
                + " is a file, not a folder");
        assertThat(Files.readString(blocker)).isEqualTo("a file, not a folder");

        Path folder = Files.createDirectory(temp.resolve("empty-folder"));
        model.exportSession(item(id), SessionExport.Format.MARKDOWN, false, folder);
        assertThat(model.errorProperty().get()).isEqualTo("Could not write " + folder + ": it is a folder");
        assertThat(folder).isEmptyDirectory();

        Path existing = temp.resolve("existing.md");
        Files.writeString(existing, "old");
        model.exportSession(item(id), SessionExport.Format.MARKDOWN, false, existing);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(Files.readString(existing)).as("replaced when chosen").startsWith("# Hello there");
    }

    @Test
    void theWorkRunsInTheBackgroundAndSaysWhatItIsDoingMeanwhile() throws Exception {
        String id = conversation("Hello there, how are you?");
        QueuedExecutor background = new QueuedExecutor();
        SessionTransfersViewModel model = transfers(background);
        Path file = temp.resolve("hello.json");

        model.exportSession(item(id), SessionExport.Format.JSON, false, file);
        assertThat(model.messageProperty().get()).isEqualTo("Exporting \u201cHello there, how are you?\u201d\u2026");
        assertThat(file).doesNotExist();
        model.importSession(file);
        assertThat(model.messageProperty().get()).isEqualTo("Importing hello.json\u2026");

        // In order: the export is written before the import reads it.
        background.runAll();
        assertThat(file).exists();
        assertThat(model.messageProperty().get()).startsWith("Imported \u201cHello there, how are you?\u201d (");
        assertThat(ids()).hasSize(2);
    }

    @Test
    void theOfferedFileNameIsTheTitleMadeSafe() {
        assertThat(SessionTransfersViewModel.fileName(item("Kafka: streams / joins?", false),
                SessionExport.Format.MARKDOWN)).isEqualTo("Kafka streams joins.md");
        assertThat(SessionTransfersViewModel.fileName(item("  ..notes.  ", false), SessionExport.Format.JSON))
                .isEqualTo("notes.json");
        assertThat(SessionTransfersViewModel.fileName(item(SessionItem.UNTITLED, true), SessionExport.Format.JSON))
                .isEqualTo("conversation.json");
        assertThat(SessionTransfersViewModel.fileName(item("???", false), SessionExport.Format.MARKDOWN))
                .isEqualTo("conversation.md");
        assertThat(SessionTransfersViewModel.fileName(item("con", false), SessionExport.Format.MARKDOWN))
                .isEqualTo("con_.md");
        assertThat(SessionTransfersViewModel.fileName(item("x".repeat(200), false), SessionExport.Format.MARKDOWN))
                .isEqualTo("x".repeat(80) + ".md");
    }

    private static SessionItem item(String title, boolean untitled) {
        return new SessionItem("id", title, untitled, "now", 0, false,
                dev.skillfleet.desktop.core.conversation.ConversationState.IDLE);
    }
}
