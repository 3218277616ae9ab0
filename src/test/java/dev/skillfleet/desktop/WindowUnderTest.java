package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.ui.fx.DesktopActions;
import dev.skillfleet.desktop.ui.library.FileDialogs;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The app's main window in a TestFX test, over temporary folders ({@code <temp>/config}, {@code <temp>/data}) and the
 * offline engine: {@link #show} from the test's {@code @Start}, {@link #close} from its {@code @AfterEach}.
 */
final class WindowUnderTest {

    private final Stage stage;
    private final ExecutorService background;

    private WindowUnderTest(Stage stage, ExecutorService background) {
        this.stage = stage;
        this.background = background;
    }

    /** The per-user folders the window uses under {@code temp}, for a test that prepares them first. */
    static AppDirectories dirs(Path temp) {
        return new AppDirectories(temp.resolve("config"), temp.resolve("data"));
    }

    static WindowUnderTest show(Stage stage, Path library, Path temp) throws Exception {
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        App.showWindow(stage, library, App.LoadedSettings.from(dirs(temp)), background, DesktopActions.none(), null,
                FileDialogs.system());
        stage.setWidth(980);
        stage.setHeight(760);
        return new WindowUnderTest(stage, background);
    }

    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
    }
}
