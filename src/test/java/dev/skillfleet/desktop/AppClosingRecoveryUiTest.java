package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.core.editor.RecoveryCopy;
import dev.skillfleet.desktop.core.editor.RecoveryStore;
import dev.skillfleet.desktop.testing.Corpus;
import dev.skillfleet.desktop.testing.LibraryEditorSteps;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.library.FileDialogs;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.CodeArea;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the app's window with an editor holding unsaved text: the editor hides with it and the app then shuts its
 * background executor down at once (as {@code App.stop} does). The text typed last must still be in the recovery
 * copy, offered on the next start; the skill file stays as it was.
 */
@ExtendWith(ApplicationExtension.class)
class AppClosingRecoveryUiTest {

    @TempDir
    Path temp;
    private Path skillMd;
    private String original;
    private Path data;
    private ExecutorService background;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        background = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("skill-fleet-", 0).factory());
        Path library = Corpus.mixedLibrary(temp.resolve("library")).toAbsolutePath().normalize();
        skillMd = library.resolve("skill-creator/SKILL.md");
        original = Files.readString(skillMd);
        AppDirectories dirs = new AppDirectories(temp.resolve("config"), temp.resolve("data"));
        data = dirs.data();
        App.showWindow(stage, library, App.LoadedSettings.from(dirs), background, DesktopActions.none(), null,
                FileDialogs.system());
        stage.setWidth(980);
        stage.setHeight(760);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    @Test
    void closingTheAppKeepsTheLastTypedTextInTheRecoveryCopy(FxRobot robot) throws Exception {
        CodeArea area = LibraryEditorSteps.openInEditor(robot, "skill creator", "skill-creator");

        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write("Typed just before closing.");
        String typed = WaitForAsyncUtils.asyncFx(() -> area.getText()).get(10, TimeUnit.SECONDS);
        assertThat(typed).endsWith("Typed just before closing.");

        // The user closes the main window; the desktop closes the windows it owns (natively: the headless platform
        // does not, so the test does); App.stop then shuts the executor down straight away.
        Window editorWindow = area.getScene().getWindow();
        robot.interact(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            editorWindow.hide();
            background.shutdownNow();
        });
        assertThat(stage.isShowing()).isFalse();

        List<RecoveryCopy> offered = new RecoveryStore(data).pending();
        assertThat(offered).singleElement().satisfies(copy -> {
            assertThat(copy.file()).isEqualTo(skillMd);
            assertThat(copy.text()).isEqualTo(typed);
        });
        assertThat(Files.readString(skillMd)).as("nothing saved").isEqualTo(original);
    }
}
