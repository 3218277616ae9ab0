package dev.skillfleet.desktop;

import javafx.application.Platform;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code .skill} packages the OS asks the app to open: the one argument of a double-click on Linux and Windows, and on
 * macOS "open documents" events, which come after launch (also while the app runs) rather than as arguments. They
 * wait here until the window takes them; the window offers each in the library's import preview.
 */
final class PackageRequests {

    private static final List<Path> waiting = new ArrayList<>();
    private static Consumer<Path> window;

    private PackageRequests() {
    }

    /** Offers {@code file} to the window now (on the FX thread) if one takes packages, else when one does. */
    static synchronized void request(Path file) {
        if (window != null) {
            Consumer<Path> receiver = window;
            Platform.runLater(() -> receiver.accept(file));
        } else {
            waiting.add(file);
        }
    }

    /** {@code receiver} gets every package asked for so far and from now on, on the FX thread. */
    static synchronized void deliverTo(Consumer<Path> receiver) {
        window = receiver;
        for (Path file : waiting) {
            Platform.runLater(() -> receiver.accept(file));
        }
        waiting.clear();
    }

    /** The window closed: later requests wait for another. */
    static synchronized void stopDeliveringTo(Consumer<Path> receiver) {
        if (window == receiver) {
            window = null;
        }
    }

    /** Drops requests no window took (tests). */
    static synchronized void forgetWaiting() {
        waiting.clear();
    }

    /**
     * On macOS, takes the system's "open documents" events (a double-clicked {@code .skill}, one dropped on the Dock
     * icon) through AWT's Desktop, the one Java API for them. Set before the toolkit starts, so the event of the
     * double-click that launched the app is not missed. Elsewhere it does nothing.
     */
    static void listenOnMacOs() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(event -> {
                    for (File file : event.getFiles()) {
                        request(file.toPath().toAbsolutePath().normalize());
                    }
                });
            }
        } catch (RuntimeException | LinkageError e) {
            System.getLogger("skill-fleet").log(System.Logger.Level.WARNING,
                    "Double-clicked .skill files cannot be opened here: " + e);
        }
    }
}
