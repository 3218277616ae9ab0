package dev.skillfleet.desktop;

import dev.skillfleet.desktop.core.config.AppDirectories;
import javafx.application.Application;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Opens the window; kept apart from {@link Main} so headless commands never load a JavaFX class. */
final class DesktopApp {

    private DesktopApp() {
    }

    static void open(Optional<Path> library) {
        App.libraryOverride = library;
        // Reading the settings loads Jackson; done while the toolkit starts instead of after it.
        App.settings = CompletableFuture.supplyAsync(
                () -> App.LoadedSettings.from(AppDirectories.forCurrentUser()));
        // Opening the conversations loads SQLite's native library and checks the schema: also while the toolkit starts.
        App.sessions = App.settings.thenApplyAsync(loaded -> App.OpenedStore.open(loaded.dirs().data()));
        Application.launch(App.class);
    }
}
