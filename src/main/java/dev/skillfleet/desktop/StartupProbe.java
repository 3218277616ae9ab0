package dev.skillfleet.desktop;

import dev.skillfleet.desktop.ui.fx.FirstFrame;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For the start-up benchmarks and the packaged app's smoke test: with {@code -Dskillfleet.probe.firstFrame=true} the
 * app prints "first-frame" when the window's first pulse has laid it out (the frame — the app bar's band and title,
 * theme, size — is rendered right after), then "window-ready" with the peak memory when the next frame has the chat
 * and the conversations in it, ready to type, and exits. The benchmarks time both lines from the moment they spawned
 * the process.
 */
final class StartupProbe {

    static final String PROPERTY = "skillfleet.probe.firstFrame";

    private StartupProbe() {
    }

    static void reportFirstFrame(Scene scene) {
        FirstFrame.then(scene, () -> {
            System.out.println("first-frame");
            System.out.flush();
        });
    }

    static void reportReadyAndExit(Scene scene) {
        FirstFrame.then(scene, () -> {
            System.out.println("window-ready peak-rss-kb=" + peakRssKb());
            System.out.flush();
            Platform.exit();
            System.exit(0);
        });
    }

    /** Linux's high-water mark of resident memory; -1 elsewhere. */
    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
