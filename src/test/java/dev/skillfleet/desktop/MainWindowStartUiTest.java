package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.ui.chat.ChatViewModel;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.library.FileDialogs;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own start: the frame is shown first (the app bar's band with the title, in the theme) and its first frame
 * drawn before the chat, the conversations and the bar's controls are built; they go in right after, the band keeping
 * its height. A shortcut that needs them before that builds them first.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowStartUiTest {

    @TempDir
    Path temp;
    private Stage stage;
    private MainWindow window;
    private ExecutorService background;
    private final CompletableFuture<Boolean> chatInFirstFrame = new CompletableFuture<>();
    private final CompletableFuture<Boolean> switchInFirstFrame = new CompletableFuture<>();
    private final CompletableFuture<Double> barHeightInFirstFrame = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = Executors.newVirtualThreadPerTaskExecutor();
        AppDirectories dirs = WindowUnderTest.dirs(temp);
        App.OpenedStore store = App.OpenedStore.open(dirs.data());
        window = MainWindow.show(stage, temp.resolve("skills"), App.LoadedSettings.from(dirs), background,
                DesktopActions.none(), FileDialogs.system(), () -> store, null);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> store.store().close());
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            chatInFirstFrame.complete(stage.getScene().lookup("#chat-input") != null);
            switchInFirstFrame.complete(stage.getScene().lookup("#show-library") != null);
            barHeightInFirstFrame.complete(stage.getScene().lookup("#app-bar").getLayoutBounds().getHeight());
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    @Test
    void theFirstFrameHasTheAppBarAndTheChatComesRightAfter(FxRobot robot) throws Exception {
        CompletableFuture<ChatViewModel> filled = new CompletableFuture<>();
        Platform.runLater(() -> window.fillAfterFirstFrame(filled::complete));

        assertThat(chatInFirstFrame.get(10, TimeUnit.SECONDS)).as("the chat is in the first frame").isFalse();
        assertThat(switchInFirstFrame.get(10, TimeUnit.SECONDS)).as("the bar's controls are in the first frame")
                .isFalse();
        ChatViewModel chat = filled.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        double filledBarHeight = WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#app-bar").query().getLayoutBounds().getHeight()).get(10, TimeUnit.SECONDS);
        assertThat(filledBarHeight).as("the bar's band keeps its height when its controls come in")
                .isEqualTo(barHeightInFirstFrame.get(10, TimeUnit.SECONDS));
        Node input = robot.lookup("#chat-input").query();
        assertThat(input.isFocused()).as("the input has the focus once it is there").isTrue();
        assertThat(robot.lookup("#show-chat").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#sessions-list").tryQuery()).isPresent();

        robot.clickOn("#chat-input").write("What can you do?").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chat.getMessages().size() == 2 && !chat.busyProperty()
                .get());
        assertThat(WaitForAsyncUtils.asyncFx(window::fill).get(10, TimeUnit.SECONDS)).as("filled once").isSameAs(chat);
    }

    @Test
    void theLibraryAskedForBeforeTheChatIsInBuildsWhatItNeedsFirst(FxRobot robot) throws Exception {
        assertThat(chatInFirstFrame.get(10, TimeUnit.SECONDS)).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#library-search").tryQuery()).isPresent();
        robot.clickOn("#show-chat");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chat-input").tryQuery()).as("the chat was built for the library's editors")
                .isPresent();
    }
}
