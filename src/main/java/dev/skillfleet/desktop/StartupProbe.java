package dev.skillfleet.desktop;

import dev.skillfleet.desktop.ui.fx.FirstFrame;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For the start-up benchmark (and, later, an AOT training run): with {@code -Dskillfleet.probe.firstFrame=true}
 * the app prints "first-frame" when the window's first pulse has laid it out (it is rendered right after), with the
 * peak memory, then exits. The benchmark times the line from the moment it spawned the process.
 */
final class StartupProbe {

    static final String PROPERTY = "skillfleet.probe.firstFrame";

    private StartupProbe() {
    }

    static void reportFirstFrameAndExit(Scene scene) {
        FirstFrame.then(scene, () -> {
            System.out.println("first-frame peak-rss-kb=" + peakRssKb());
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
