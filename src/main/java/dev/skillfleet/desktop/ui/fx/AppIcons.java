package dev.skillfleet.desktop.ui.fx;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The app's icon on every window it opens — the main window, endpoints, editors, dialogs — in the sizes rendered from
 * {@code assets/icon.svg} (by {@code packaging/icons/render.sh}); the window manager picks the one that fits its
 * title bar, task bar or switcher.
 *
 * <p>Decoding the seven PNGs takes tens of milliseconds on a cold start, so it happens on a background thread while
 * the window builds and shows; the icons are put on every open window once decoded (a window may show the platform's
 * default icon for that moment).
 */
public final class AppIcons {

    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final String FOLDER = "/dev/skillfleet/desktop/icons/";

    // FX thread only.
    private static List<Image> images = List.of();
    private static boolean started;

    private AppIcons() {
    }

    /**
     * Puts the icon on {@code main} and, from now on, on every other window the app shows unless it set its own:
     * done once here instead of in each place that makes a Stage. Call on the FX thread.
     */
    public static void install(Stage main) {
        if (!started) {
            started = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(AppIcons::apply);
                }
            });
            Thread.ofVirtual().name("app-icons").start(() -> {
                List<Image> loaded = load();
                Platform.runLater(() -> {
                    images = loaded;
                    Window.getWindows().forEach(AppIcons::apply);
                });
            });
        }
        apply(main);
    }

    /** The largest icon, for a dialog's header; empty until the icons are decoded. */
    public static Optional<Image> largest() {
        return images.isEmpty() ? Optional.empty() : Optional.of(images.getLast());
    }

    private static List<Image> load() {
        List<Image> loaded = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(FOLDER + "icon-" + size + ".png")) {
                if (in != null) {
                    loaded.add(new Image(in));
                }
            } catch (IOException e) {
                // A missing icon is cosmetic: the window keeps the platform's default one.
            }
        }
        return List.copyOf(loaded);
    }

    private static void apply(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty() && !images.isEmpty()) {
            stage.getIcons().setAll(images);
        }
    }
}
