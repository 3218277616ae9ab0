package dev.skillfleet.desktop;

import dev.skillfleet.desktop.cli.RootCommand;
import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.core.config.DataLocation;
import javafx.application.Application;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Opens the window; kept apart from {@link Main} so headless commands never load a JavaFX class. */
final class DesktopApp {

    private DesktopApp() {
    }

    static void open(RootCommand.WindowOptions requested) {
        // The installer build's AOT training run starts exactly this way, on throwaway folders instead of the user's.
        boolean training = AotTraining.enabled();
        RootCommand.WindowOptions options = training ? AotTraining.windowOptions() : requested;
        App.libraryOverride = options.library();
        options.importFile().ifPresent(PackageRequests::request);
        PackageRequests.listenOnMacOs();
        // --data or SKILL_FLEET_DATA moves the conversations (and the window's other data) elsewhere.
        AppDirectories perUser = training ? AotTraining.directories() : AppDirectories.forCurrentUser();
        AppDirectories dirs = new AppDirectories(perUser.config(),
                DataLocation.resolve(options.data(), System.getenv(), Path.of("").toAbsolutePath(), perUser::data));
        // Reading the settings loads Jackson; done while the toolkit starts instead of after it.
        App.settings = CompletableFuture.supplyAsync(() -> App.LoadedSettings.from(dirs));
        // Opening the conversations loads SQLite's native library and checks the schema: also while the toolkit starts.
        App.sessions = App.settings.thenApplyAsync(loaded -> App.OpenedStore.open(loaded.dirs().data()));
        CompletableFuture.runAsync(App::cache);
        Application.launch(App.class);
    }
}
