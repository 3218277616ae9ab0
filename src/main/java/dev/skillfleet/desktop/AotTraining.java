package dev.skillfleet.desktop;

import dev.skillfleet.desktop.cli.RootCommand;
import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.ui.fx.FirstFrame;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The start the installer build records a JDK AOT cache from ({@code -Dskillfleet.aot.training=true}, see
 * {@code packaging/Package.java}): the window opens as a user's would and the app exits once it is ready (the chat
 * and the conversations drawn). Every class that start loads goes into the cache, so a real start finds them already
 * parsed and linked.
 *
 * <p>It stops there on purpose. JDK 25 loads every class of the cache when the JVM starts, before the first frame:
 * a cache that also held what the first answer and the library load (the script this replaced) made every start
 * pay for them. Measured through the packaged launcher, headless, 15 interleaved launches: first frame 230 → 203 ms,
 * ready 395 → 371 ms. The first answer barely waits for those classes: once ready, the window warms the intent
 * classifier, the library scan and the markdown rendering up in the background.
 *
 * <p>It runs on a throwaway folder (settings, conversations, library, home), never the user's: it happens on the
 * build machine. Prints "aot-training done" and exits 0 when the window got ready; exits 3 when it did not within a
 * minute.
 */
final class AotTraining {

    static final String PROPERTY = "skillfleet.aot.training";
    private static final long TIME_LIMIT_MILLIS = 60_000;
    private static Path root;

    private AotTraining() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** The window's library and data folder: inside the throwaway folder. */
    static RootCommand.WindowOptions windowOptions() {
        Path folder = folder();
        return new RootCommand.WindowOptions(Optional.of(folder.resolve("skills")),
                Optional.of(folder.resolve("data")));
    }

    /** Settings and data in the throwaway folder instead of the OS's per-user folders. */
    static AppDirectories directories() {
        Path folder = folder();
        return new AppDirectories(folder.resolve("config"), folder.resolve("data"));
    }

    /** Exits once {@code scene}, just filled with the chat and the conversations, shows its next frame. */
    static void exitWhenReady(Scene scene) {
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(TIME_LIMIT_MILLIS);
                System.err.println("aot-training: the window did not get ready within a minute");
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException finished) {
                Thread.currentThread().interrupt();
            }
        });
        FirstFrame.then(scene, () -> {
            watchdog.interrupt();
            System.out.println("aot-training done");
            System.out.flush();
            Platform.exit();
        });
    }

    /** Created on first use; the home folder moves there too, so nothing reads or writes the build user's files. */
    private static synchronized Path folder() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("skill-fleet-aot-training");
                Files.createDirectories(root.resolve("home"));
                Files.createDirectories(root.resolve("skills"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the AOT training folder: " + e.getMessage(), e);
            }
            System.setProperty("user.home", root.resolve("home").toString());
            Path created = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(created)));
        }
        return root;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("aot-training: could not remove " + folder + ": " + e.getMessage());
        }
    }
}
