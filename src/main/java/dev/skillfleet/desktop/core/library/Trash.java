package dev.skillfleet.desktop.core.library;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where discarded drafts go: the system trash where there is one, so a discard can be undone from the file manager.
 * Implementations move links as links and never follow them.
 */
public interface Trash {

    /**
     * Moves a file or folder to the trash.
     *
     * @throws IOException with a complete sentence naming the path when it was not trashed; it is then left in place
     *                     (except for {@link NoTrash}, whose failure may leave it partly deleted, as its message says)
     */
    void moveToTrash(Path path) throws IOException;

    /** What {@link #moveToTrash} does, for the UI, e.g. "Moves it to the Trash (/home/ana/.local/share/Trash)." */
    String describe();

    /** True when {@link #moveToTrash} deletes for good, so the UI asks "Delete permanently?" first. */
    default boolean permanent() {
        return false;
    }

    /**
     * The trash of the running system: the freedesktop.org home trash on Linux and other Unix desktops, the desktop's
     * Recycle Bin / Trash through {@code java.awt.Desktop} on Windows and macOS, and permanent deletion where there is
     * no desktop (a headless JVM). Choosing never starts the AWT toolkit: {@link DesktopTrash} probes lazily, on the
     * first discard, which runs on a background thread.
     */
    static Trash forThisSystem() {
        return TrashChooser.forThisSystem();
    }
}
