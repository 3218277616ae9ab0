package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.testing.Corpus;
import dev.skillfleet.desktop.ui.chat.ChatViewModel;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window, driven headless through JavaFX 26's headless platform. */
@ExtendWith(ApplicationExtension.class)
class ChatWindowUiTest {

    @TempDir
    Path temp;
    private final List<Path> openedFolders = new CopyOnWriteArrayList<>();
    private final List<String> copied = new CopyOnWriteArrayList<>();
    private ExecutorService background;
    private ChatViewModel chat;

    @Start
    void start(Stage stage) {
        background = Executors.newVirtualThreadPerTaskExecutor();
        Path library = Corpus.mixedLibrary(temp.resolve("library"));
        AppDirectories dirs = new AppDirectories(temp.resolve("config"), temp.resolve("data"));
        chat = App.showWindow(stage, library, App.LoadedSettings.from(dirs), background, new DesktopActions() {
            @Override
            public void copyToClipboard(String text) {
                copied.add(text);
            }

            @Override
            public void openLink(String url) {
            }

            @Override
            public void openFolder(Path folder) {
                openedFolders.add(folder);
            }
        });
        stage.setWidth(960);
        stage.setHeight(720);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void typingACreateRequestShowsThinkingTheAnswerAndTheDraftCard(FxRobot robot) throws Exception {
        robot.clickOn("#chat-input").write("Create a Redis caching skill").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".draft-card").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Node thinking = robot.lookup(".thinking-panel").query();
        assertThat(thinking.isVisible()).isTrue();
        ToggleButton header = robot.lookup(".thinking-header").queryAs(ToggleButton.class);
        assertThat(header.getText()).contains("Thought for").endsWith(" s");
        assertThat(header.isSelected()).as("collapsed once the answer started").isFalse();

        String answer = robot.lookup(".answer").queryAll().stream()
                .flatMap(n -> robot.from(n).lookup((Node t) -> t instanceof Text).queryAll().stream())
                .map(t -> ((Text) t).getText()).collect(Collectors.joining());
        assertThat(answer).contains("redis-caching").contains("databases");

        Label draftName = robot.lookup(".draft-name").queryAs(Label.class);
        assertThat(draftName.getText()).isEqualTo("redis-caching");
        robot.clickOn("Open folder");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openedFolders).hasSize(1);
        assertThat(openedFolders.getFirst().getFileName().toString()).isEqualTo("redis-caching");

        Label state = robot.lookup("#chat-state").queryAs(Label.class);
        assertThat(state.getText()).contains("COMPLETED").contains("2 messages");
        assertThat(robot.lookup("#chat-input").queryAs(TextArea.class).getText()).isEmpty();
    }

    @Test
    void theThinkingPanelOpensAgainWhenClicked(FxRobot robot) throws Exception {
        robot.clickOn("#chat-input").write("Hello").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !chat.busyProperty().get()
                && robot.lookup(".thinking-header").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton header = robot.lookup(".thinking-header").queryAs(ToggleButton.class);
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(header.isSelected()).isTrue();
        assertThat(robot.lookup(".thinking-text").queryAs(Label.class).getText()).contains("Intent: chat");
    }

    @Test
    void shiftEnterAddsALineAndBlankInputIsNotSent(FxRobot robot) {
        robot.clickOn("#chat-input").press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chat.getMessages()).isEmpty();
        assertThat(robot.lookup("#send").queryAs(Button.class).isDisabled()).isTrue();

        robot.write("first line").press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT).write("second line");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chat-input").queryAs(TextArea.class).getText()).contains("first line\nsecond line");
        assertThat(chat.getMessages()).isEmpty();
    }

    @Test
    void optionButtonsAnswerAQuestion(FxRobot robot) throws Exception {
        robot.clickOn("#chat-input").write("python decorators").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> chat.stateProperty().get() == ConversationState.AWAITING_INPUT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Create a skill");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".draft-card").tryQuery().isPresent());
        assertThat(chat.getMessages()).hasSize(4);
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.COMPLETED);
    }

    @Test
    void theThemeCanBeSwitchedInTheApp(FxRobot robot) {
        robot.clickOn("#theme-dark");
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
        assertThat(robot.lookup("#theme-dark").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#theme-light");
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("light");
        robot.clickOn("#theme-light");
        assertThat(robot.lookup("#theme-light").queryAs(ToggleButton.class).isSelected())
                .as("a segment stays on when clicked again").isTrue();
    }

    @Test
    void copyPutsOnlyTheAnswerOnTheClipboardNeverTheThinking(FxRobot robot) throws Exception {
        robot.clickOn("#chat-input").write("Hello").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !chat.busyProperty().get()
                && chat.getMessages().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Copy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(copied).hasSize(1);
        assertThat(copied.getFirst()).startsWith("Hello!").doesNotContain("Intent:");
    }

    @Test
    void aMegabyteMessageIsSentShownAsAPreviewAndAnswered(FxRobot robot) throws Exception {
        String huge = "Create a skill for " + "log shipping and retention ".repeat(40_000);
        robot.interact(() -> chat.inputProperty().set(huge));
        robot.clickOn("#send");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".draft-card").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chat.session().messages().getFirst().content()).isEqualTo(huge);
        assertThat(robot.lookup("Copy full message").tryQuery()).isPresent();
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText().startsWith("Showing the first 20,000 of"))
                .tryQuery()).isPresent();
        assertThat(chat.stateProperty().get()).isEqualTo(ConversationState.COMPLETED);
    }

    @Test
    void theChatShowsItsEngineAndTheEndpointsWindowOpens(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Object> engine = robot.lookup("#profile-choice").queryAs(ComboBox.class);
        assertThat(engine.getValue().toString()).contains("offline");
        robot.clickOn("#open-settings");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> profiles = robot.lookup("#profile-list").queryAs(javafx.scene.control.ListView.class);
        assertThat(profiles.getItems()).hasSize(1);
        robot.clickOn("#open-diagnostics");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cache-table").tryQuery()).isPresent();
    }
}
