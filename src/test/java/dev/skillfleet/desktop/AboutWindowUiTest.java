package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import javafx.scene.control.Label;
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

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The About dialog, opened from the real main window (headless); needs no skill corpus. */
@ExtendWith(ApplicationExtension.class)
class AboutWindowUiTest {

    @TempDir
    Path temp;
    private final List<String> copied = new CopyOnWriteArrayList<>();
    private ExecutorService background;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        background = Executors.newVirtualThreadPerTaskExecutor();
        AppDirectories dirs = new AppDirectories(temp.resolve("config"), temp.resolve("data"));
        App.showWindow(stage, temp.resolve("skills"), App.LoadedSettings.from(dirs), background, new DesktopActions() {
            @Override
            public void copyToClipboard(String text) {
                copied.add(text);
            }

            @Override
            public void openLink(String url) {
            }

            @Override
            public void openFolder(Path folder) {
            }
        });
        stage.setWidth(960);
        stage.setHeight(720);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static Optional<Stage> aboutWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle().startsWith("About"))
                .map(Stage.class::cast).findFirst();
    }

    @Test
    void aboutShowsTheVersionsAndFoldersAndCopiesThem(FxRobot robot) {
        robot.clickOn("#open-about");
        WaitForAsyncUtils.waitForFxEvents();

        Stage about = aboutWindow().orElseThrow();
        assertThat(about.getTitle()).isEqualTo("About \u2014 Skill Fleet Desktop");
        assertThat(about.isShowing()).isTrue();
        String javafx = System.getProperty("javafx.runtime.version");
        assertThat(javafx).as("set by the running toolkit").isNotBlank();
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isEqualTo("Version dev");
        assertThat(robot.lookup("#about-javafx").queryAs(Label.class).getText()).isEqualTo(javafx);
        assertThat(robot.lookup("#about-java").queryAs(Label.class).getText())
                .startsWith(Runtime.version().toString());
        assertThat(robot.lookup("#about-data").queryAs(Label.class).getText())
                .isEqualTo(temp.resolve("data").toString());
        assertThat(robot.lookup("#about-skill-library").queryAs(Label.class).getText())
                .isEqualTo(temp.resolve("skills").toString());

        robot.clickOn("#copy-about-details");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(copied).hasSize(1);
        assertThat(copied.getFirst()).startsWith("Skill Fleet Desktop dev").contains("JavaFX:").contains(javafx)
                .contains(temp.resolve("data").toString());
        assertThat(robot.lookup("#about-status").queryAs(Label.class).getText()).contains("copied");

        robot.clickOn("#about-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(about.isShowing()).isFalse();
    }

    @Test
    void everyWindowWearsTheAppIcon(FxRobot robot) throws Exception {
        // Decoded off the FX thread, then put on the open windows.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !main.getIcons().isEmpty());
        assertThat(main.getIcons()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(icon -> assertThat(icon.isError()).isFalse())
                .anySatisfy(icon -> assertThat(icon.getWidth()).isEqualTo(16))
                .anySatisfy(icon -> assertThat(icon.getWidth()).isEqualTo(256));
        robot.clickOn("#open-about");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(aboutWindow().orElseThrow().getIcons()).isNotEmpty();
    }
}
