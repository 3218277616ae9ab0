package dev.skillfleet.desktop.ui.sessions;

import dev.skillfleet.desktop.ui.fx.FxDelay;
import atlantafx.base.theme.PrimerLight;
import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.engine.OfflineEngine;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.store.SessionExport;
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.ui.library.FileDialogs;
import dev.skillfleet.desktop.testing.Corpus;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sidebar with export and import, headless over a real store: a conversation's menu exports it to the file the
 * chooser answers with, and Import… brings that file back as a new conversation, which the chat is asked to open.
 */
@ExtendWith(ApplicationExtension.class)
class SessionTransfersUiTest {

    @TempDir
    Path temp;
    private SessionStore store;
    private ExecutorService background;
    private final RecordingNavigator navigator = new RecordingNavigator();
    /** What the choosers were asked, and the file they answer with. */
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile Path chosen;
    private String kafka;
    private String hello;
    private SessionsViewModel model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        background = Executors.newVirtualThreadPerTaskExecutor();
        store = SessionStore.open(temp.resolve("data"));
        TurnRunner runner = new TurnRunner(new StreamingAssistant(new IntentClassifier(),
                OfflineEngine.handlers(new SkillLibrary(Corpus.mixedLibrary(temp.resolve("lib"))))));
        hello = stored(runner, "Hello there, how are you?");
        kafka = stored(runner, "Tell me about kafka streams");
        model = new SessionsViewModel(store, navigator, background, Platform::runLater, FxDelay.fx(),
                Clock.systemDefaultZone());
        SessionTransfersViewModel transfers = new SessionTransfersViewModel(store, model, navigator, background,
                Platform::runLater, ZoneId.systemDefault(), "tester");
        model.start();
        stage.setScene(new Scene(new SessionsView(model, transfers, dialogs()), 260, 640));
        stage.show();
    }

    private FileDialogs dialogs() {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseFolder(Window owner, String title, Path initial) {
                asked.add("folder " + title);
                return Optional.empty();
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String description,
                                           String extension) {
                asked.add("save " + title + " | " + initialName + " | " + extension);
                return Optional.ofNullable(chosen);
            }

            @Override
            public Optional<Path> openFile(Window owner, String title, String description, String... extensions) {
                asked.add("open " + title + " | " + String.join(",", extensions));
                return Optional.ofNullable(chosen);
            }
        };
    }

    private String stored(TurnRunner runner, String text) {
        ConversationSession session = store.create("tester", null);
        runner.run(session, text, e -> { }, new CancelToken());
        return session.id();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    @Test
    void exportAsJsonFromTheMenuThenImportItBackAsANewConversation(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<SessionItem> sessions = robot.lookup("#sessions-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sessions.getItems().size() == 2);
        Node message = robot.lookup("#sessions-transfer-message").query();
        assertThat(message.getParent().isVisible()).as("nothing to say yet").isFalse();

        Path file = temp.resolve("exports/kafka.json");
        chosen = file;
        robot.rightClickOn("Tell me about kafka streams");
        robot.clickOn("Export as JSON\u2026");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && message.getParent().isVisible()
                && ((Label) message).getText().startsWith("Exported"));
        assertThat(asked).containsExactly("save Export as JSON | Tell me about kafka streams.json | json");
        assertThat(((Label) message).getText()).isEqualTo("Exported \u201cTell me about kafka streams\u201d to "
                + file);
        assertThat(Files.readString(file)).isEqualTo(SessionExport.json(store, kafka).orElseThrow());

        robot.clickOn("#sessions-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sessions.getItems().size() == 3
                && ((Label) message).getText().startsWith("Imported"));
        assertThat(asked).last().isEqualTo("open Import a conversation | json");
        String copy = sessions.getItems().stream().map(SessionItem::id)
                .filter(id -> !id.equals(kafka) && !id.equals(hello)).findFirst().orElseThrow();
        assertThat(store.summary(copy).orElseThrow().title()).isEqualTo("Tell me about kafka streams");
        assertThat(store.allMessages(copy)).hasSameSizeAs(store.allMessages(kafka));
        assertThat(navigator.calls).containsExactly("open " + copy);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sessions.getSelectionModel().getSelectedItem().id()).as("the chat shows the copy").isEqualTo(copy);
        assertThat(robot.lookup("#sessions-transfer-error").queryAs(Label.class).getParent().isVisible()).isFalse();
    }

    @Test
    void aRefusedImportIsShownNamingTheFileAndTheSidebarWithoutTransfersHasNoImport(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<SessionItem> sessions = robot.lookup("#sessions-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sessions.getItems().size() == 2);
        Path notes = temp.resolve("notes.json");
        Files.writeString(notes, "not an export");
        chosen = notes;

        robot.clickOn("#sessions-import");
        Label error = robot.lookup("#sessions-transfer-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> error.getParent().isVisible());
        assertThat(error.getText()).startsWith("Not imported: " + notes + ": ");
        assertThat(sessions.getItems()).hasSize(2);
        assertThat(navigator.calls).isEmpty();

        Node[] without = new Node[1];
        robot.interact(() -> without[0] = new SessionsView(model));
        assertThat(without[0].lookup("#sessions-import")).isNull();
        assertThat(without[0].lookup("#sessions-transfer-message")).isNull();
    }
}
