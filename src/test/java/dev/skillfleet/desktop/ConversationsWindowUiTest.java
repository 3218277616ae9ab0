package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.testing.Corpus;
import dev.skillfleet.desktop.ui.chat.ChatViewModel;
import dev.skillfleet.desktop.ui.chat.MessageViewModel;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.sessions.SessionItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window over a real conversation database: what is said is listed in the sidebar, survives closing the
 * window, is found by search, and regenerating an answer adds a version with a switcher.
 */
@ExtendWith(ApplicationExtension.class)
class ConversationsWindowUiTest {

    @TempDir
    Path temp;
    private ExecutorService background;
    private Stage stage;
    private ChatViewModel chat;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = Executors.newVirtualThreadPerTaskExecutor();
        chat = open(stage);
    }

    private ChatViewModel open(Stage window) {
        Path library = temp.resolve("library");
        if (!java.nio.file.Files.isDirectory(library)) {
            Corpus.mixedLibrary(library);
        }
        AppDirectories dirs = new AppDirectories(temp.resolve("config"), temp.resolve("data"));
        ChatViewModel opened = App.showWindow(window, library, App.LoadedSettings.from(dirs), background, DesktopActions.none());
        window.setWidth(980);
        window.setHeight(720);
        return opened;
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void aConversationIsListedSurvivesReopeningIsFoundAndCanBeRegenerated(FxRobot robot) throws Exception {
        robot.clickOn("#chat-input").write("Tell me about zebrafish care please").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !chat.busyProperty().get()
                && chat.getMessages().size() == 2);
        @SuppressWarnings("unchecked")
        ListView<SessionItem> list = robot.lookup("#sessions-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> list.getItems().size() == 1));
        assertThat(onFx(() -> list.getItems().getFirst().title())).isEqualTo("Tell me about zebrafish care please");
        String id = chat.sessionIdProperty().get();

        // Closing the window and opening it again over the same data: the conversation is there to open.
        robot.interact(() -> stage.hide());
        robot.interact(() -> {
            chat = open(stage);
        });
        @SuppressWarnings("unchecked")
        ListView<SessionItem> reopened = robot.lookup("#sessions-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> reopened.getItems().size() == 1));
        assertThat(chat.getMessages()).as("a new window starts with a new chat").isEmpty();

        // Search across conversations, open the hit.
        robot.clickOn("#sessions-search").write("zebraf");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> !robot.lookup("#sessions-results").queryListView().getItems().isEmpty()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#sessions-results .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null).tryQuery().isPresent()));
        robot.clickOn(robot.lookup("#sessions-results .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> id.equals(chat.sessionIdProperty().get())
                && chat.getMessages().size() == 2));
        assertThat(onFx(() -> chat.getMessages().getFirst().getContent()))
                .isEqualTo("Tell me about zebrafish care please");

        // Regenerate: a second version of the answer, with its switcher.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#transcript .regenerate")
                .match(javafx.scene.Node::isVisible).tryQuery().isPresent()));
        // The answer's footer may be below the fold (the view scrolled to the hit): press the button itself.
        javafx.scene.control.Button regenerate = robot.lookup("#transcript .regenerate")
                .match(javafx.scene.Node::isVisible).queryButton();
        robot.interact(regenerate::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !chat.busyProperty().get()
                && chat.getMessages().getLast().siblingsProperty().get() == 2
                && chat.getMessages().getLast().id() != null));
        WaitForAsyncUtils.waitForFxEvents();
        Label position = robot.lookup("#transcript .branch-position").match(javafx.scene.Node::isVisible).queryAs(Label.class);
        assertThat(position.getText()).isEqualTo("2/2");
        MessageViewModel second = chat.getMessages().getLast();
        javafx.scene.control.Button previous = robot.lookup("#transcript .branch-previous")
                .match(javafx.scene.Node::isVisible).queryButton();
        robot.interact(previous::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> chat.getMessages().getLast() != second
                && chat.getMessages().getLast().siblingIndexProperty().get() == 0));
    }

    @Test
    void aLongConversationOpensAtItsEndAndReadsOlderMessagesWhenScrolledToTheTop(FxRobot robot) throws Exception {
        // 120 messages written by the offline engine through the store, as earlier sessions of the app would have.
        String id;
        try (dev.skillfleet.desktop.core.store.SessionStore other =
                     dev.skillfleet.desktop.core.store.SessionStore.open(temp.resolve("data"))) {
            dev.skillfleet.desktop.core.assistant.TurnRunner runner = new dev.skillfleet.desktop.core.assistant.TurnRunner(
                    new dev.skillfleet.desktop.core.assistant.StreamingAssistant(
                            new dev.skillfleet.desktop.core.intent.IntentClassifier(),
                            dev.skillfleet.desktop.core.engine.OfflineEngine.handlers(
                                    new dev.skillfleet.desktop.core.skill.SkillLibrary(temp.resolve("library")))));
            var session = other.create("tester", null);
            for (int i = 0; i < 60; i++) {
                runner.run(session, "Long history question " + i, e -> { },
                        new dev.skillfleet.desktop.core.assistant.CancelToken());
            }
            id = session.id();
        }
        robot.interact(() -> chat.open(id));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> id.equals(chat.sessionIdProperty().get())));
        assertThat(onFx(() -> chat.getMessages().size())).isEqualTo(50);
        assertThat(onFx(() -> chat.hasOlderProperty().get())).isTrue();

        // The user scrolls to the top: the next page is read and put above, the message in view stays in view.
        MessageViewModel firstShown = onFx(() -> chat.getMessages().getFirst());
        javafx.scene.control.ListView<?> transcript = robot.lookup("#transcript").queryListView();
        robot.interact(() -> transcript.scrollTo(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> chat.getMessages().size() == 100));
        assertThat(onFx(() -> chat.getMessages().get(50))).isSameAs(firstShown);
        robot.interact(() -> transcript.scrollTo(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> chat.getMessages().size() == 120));
        assertThat(onFx(() -> chat.getMessages().getFirst().getContent())).isEqualTo("Long history question 0");
        assertThat(onFx(() -> chat.hasOlderProperty().get())).isFalse();
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
