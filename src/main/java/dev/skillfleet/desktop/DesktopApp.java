package dev.skillfleet.desktop;

import javafx.application.Application;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the window; kept apart from {@link Main} so headless commands never load a JavaFX class. */
final class DesktopApp {

    private DesktopApp() {
    }

    static void open(Optional<Path> library) {
        App.libraryOverride = library;
        Application.launch(App.class);
    }
}
