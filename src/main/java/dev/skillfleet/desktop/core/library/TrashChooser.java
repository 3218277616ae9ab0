package dev.skillfleet.desktop.core.library;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/** Picks the {@link Trash} for an operating system; separate from {@link Trash} so tests can pass any system. */
final class TrashChooser {

    private TrashChooser() {
    }

    static Trash forThisSystem() {
        return choose(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")),
                GraphicsEnvironment.isHeadless(), Clock.systemDefaultZone());
    }

    /** @param headless {@link GraphicsEnvironment#isHeadless()}, which reads settings only and starts no toolkit */
    static Trash choose(String osName, Map<String, String> environment, Path userHome, boolean headless, Clock clock) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean windows = os.startsWith("windows");
        boolean mac = os.startsWith("mac") || os.startsWith("darwin");
        if (windows || mac) {
            return headless
                    ? new NoTrash("This Java runs without a desktop (headless), so the " + (windows ? "Recycle Bin"
                            : "Trash") + " cannot be reached.")
                    : new DesktopTrash(windows ? "Recycle Bin" : "Trash");
        }
        // Linux and the BSDs: the freedesktop.org trash is plain files, so it works headless too (e.g. over SSH).
        return FreedesktopTrash.home(environment, userHome, clock);
    }
}
