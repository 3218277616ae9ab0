package dev.skillfleet.desktop;

import dev.skillfleet.desktop.cli.RootCommand;
import dev.skillfleet.desktop.core.config.AppDirectories;
import dev.skillfleet.desktop.ui.chat.ChatViewModel;
import dev.skillfleet.desktop.ui.fx.FirstFrame;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.util.Duration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scripted start the installer build records a JDK AOT cache from ({@code -Dskillfleet.aot.training=true}, see
 * {@code packaging/Package.java}): the window opens as a user's would, the offline engine answers one message, the
 * library is shown once and the chat again, then the app exits. Every class that path loads goes into the cache, so a
 * real start finds them already parsed and linked. It runs on a throwaway folder (library, settings, conversations,
 * home), never the user's: it happens on the build machine. Prints "aot-training done" and exits 0 when the script
 * ran to its end; exits 3 when it did not finish within a minute.
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

    /** The window's library and data folder: inside the throwaway folder, with one skill for the library to scan. */
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

    /** Runs the script once {@code scene} shows its first frame; the app exits at its end. */
    static void exercise(Scene scene, ChatViewModel chat) {
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(TIME_LIMIT_MILLIS);
                System.err.println("aot-training: the scripted start did not finish within a minute");
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException finished) {
                Thread.currentThread().interrupt();
            }
        });
        FirstFrame.then(scene, () -> {
            chat.busyProperty().addListener((obs, was, busy) -> {
                if (was && !busy) {
                    // The answer is in: what opening the library and coming back to the chat loads, then stop.
                    click(scene, "#show-library");
                    after(1500, () -> {
                        click(scene, "#show-chat");
                        after(300, () -> {
                            watchdog.interrupt();
                            System.out.println("aot-training done");
                            System.out.flush();
                            Platform.exit();
                        });
                    });
                }
            });
            chat.inputProperty().set("Create a skill for caching Redis queries in a Python web service");
            chat.send();
        });
    }

    private static void click(Scene scene, String selector) {
        Node node = scene.lookup(selector);
        if (node instanceof ButtonBase button) {
            button.fire();
        } else {
            System.err.println("aot-training: no " + selector + " in the window; that part is not trained");
        }
    }

    private static void after(long millis, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    /** Created on first use; the home folder moves there too, so nothing reads or writes the build user's files. */
    private static synchronized Path folder() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("skill-fleet-aot-training");
                Files.createDirectories(root.resolve("home"));
                Path skill = Files.createDirectories(root.resolve("skills").resolve("caching").resolve("redis-basics"));
                Files.writeString(skill.resolve("SKILL.md"), """
                        ---
                        name: redis-basics
                        description: Caches query results in Redis with expiry. Use when a service repeats slow reads.
                        ---
                        # Redis basics

                        ## When to Use

                        - A read is slow and its result can be a few minutes old.
                        """);
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
