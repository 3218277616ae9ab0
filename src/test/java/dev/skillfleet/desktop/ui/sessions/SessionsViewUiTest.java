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
import dev.skillfleet.desktop.core.store.SessionStore;
import dev.skillfleet.desktop.testing.Corpus;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The sidebar alone in a headless window, over a real store: the list, search as you type, rename, delete, undo. */
@ExtendWith(ApplicationExtension.class)
class SessionsViewUiTest {

    @TempDir
    Path temp;
    private SessionStore store;
    private ExecutorService background;
    private final RecordingNavigator navigator = new RecordingNavigator();
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
        model = new SessionsViewModel(store, navigator, background, Platform::runLater,
                FxDelay.fx(), Clock.systemDefaultZone());
        model.start();
        stage.setScene(new Scene(new SessionsView(model), 260, 640));
        stage.show();
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

    @SuppressWarnings("unchecked")
    private static <T> ListView<T> list(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    @Test
    void showsTheConversationsAndTypingShowsMatchingMessagesThatOpenWhenClicked(FxRobot robot) throws Exception {
        ListView<SessionItem> sessions = list(robot, "#sessions-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sessions.getItems().size() == 2);
        assertThat(robot.lookup(".session-title").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Tell me about kafka streams", "Hello there, how are you?");

        robot.clickOn("#sessions-search").write("kafka");
        ListView<SessionHit> results = list(robot, "#sessions-results");
        // Settled: the answer to the whole word, not to a prefix typed on the way.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.isVisible() && !results.getItems().isEmpty()
                && model.queryProperty().get().equals("kafka") && !model.searchPendingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sessions.isVisible()).isFalse();
        assertThat(results.getItems()).extracting(SessionHit::sessionId).containsOnly(kafka);
        // The matched word is bold in the snippet (once the cell is filled and styled, a pulse later).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstHitCell(robot) != null
                && robot.from(firstHitCell(robot)).lookup(".snippet-mark").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold")));
        Node firstHit = firstHitCell(robot);
        List<Text> marked = robot.from(firstHit).lookup(".snippet-mark").queryAllAs(Text.class).stream().toList();
        assertThat(marked).isNotEmpty().allSatisfy(t -> {
            assertThat(t.getText()).isEqualToIgnoringCase("kafka");
            assertThat(t.getFont().getStyle()).containsIgnoringCase("bold");
        });
        assertThat(robot.from(firstHit).lookup(".snippet-text").queryAllAs(Text.class)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getFont().getStyle()).doesNotContainIgnoringCase("bold"));

        robot.clickOn(firstHit);
        WaitForAsyncUtils.waitForFxEvents();
        SessionHit opened = results.getItems().isEmpty() ? null : results.getItems().getFirst();
        assertThat(opened).as("the search ended").isNull();
        assertThat(navigator.calls).singleElement().asString().startsWith("openAt " + kafka + " ");
        String messageId = navigator.calls.getFirst().substring(("openAt " + kafka + " ").length());
        assertThat(store.allMessages(kafka)).anySatisfy(m -> assertThat(m.message().id()).isEqualTo(messageId));
        assertThat(robot.lookup("#sessions-search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(sessions.isVisible()).isTrue();
        assertThat(sessions.getSelectionModel().getSelectedItem().id()).isEqualTo(kafka);
    }

    /** The cell showing the best hit; null until the list has laid it out. */
    private static Node firstHitCell(FxRobot robot) {
        return robot.lookup("#sessions-results .session-hit-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getIndex() == 0 && ((ListCell<?>) n).getItem() != null)
                .findFirst().orElse(null);
    }

    @Test
    void renameInPlaceThenDeleteWithTheKeyAndUndo(FxRobot robot) throws Exception {
        ListView<SessionItem> sessions = list(robot, "#sessions-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sessions.getItems().size() == 2);

        robot.clickOn("Hello there, how are you?");
        assertThat(navigator.calls).containsExactly("open " + hello);
        robot.type(KeyCode.F2);
        TextField editor = robot.lookup("#sessions-list .text-field").queryAs(TextField.class);
        assertThat(editor.getText()).isEqualTo("Hello there, how are you?");
        robot.write("Greetings").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> store.summary(hello).orElseThrow().title().equals("Greetings"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".session-title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Greetings");

        robot.interact(() -> sessions.getSelectionModel().select(sessions.getItems().stream()
                .filter(i -> i.id().equals(hello)).findFirst().orElseThrow()));
        robot.type(KeyCode.DELETE);
        Node undoBar = robot.lookup("#sessions-undo-bar").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, undoBar::isVisible);
        assertThat(robot.lookup("#sessions-undo-text").queryAs(Label.class).getText())
                .isEqualTo("Deleted \u201cGreetings\u201d");
        assertThat(sessions.getItems()).extracting(SessionItem::id).containsExactly(kafka);
        assertThat(navigator.calls).as("it was shown: a new chat instead").endsWith("new");

        robot.clickOn("#sessions-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sessions.getItems().size() == 2);
        assertThat(undoBar.isVisible()).isFalse();
        assertThat(store.open(hello)).isPresent();
    }
}
