package dev.skillfleet.desktop.core.library;

import java.awt.AWTError;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The Windows Recycle Bin or the macOS Trash through {@link Desktop#moveToTrash}, which the JDK supports on exactly
 * those two systems (on Linux the action is unsupported, hence {@link FreedesktopTrash}).
 *
 * <p>Touching {@code Desktop} loads the AWT toolkit, so this class does it as late as possible: not when it is
 * created, only in {@link #moveToTrash}, and only after {@link GraphicsEnvironment#isHeadless()} (which reads a
 * property and the environment, nothing native) said there is a desktop. On macOS the toolkit joins the NSApplication
 * that JavaFX already runs on the main thread, and it waits for that thread while starting: if the FX thread were
 * blocked waiting for this call, both would wait forever. So call it from a background thread that the FX thread
 * does not wait on (as every disk operation is called anyway). Loading the toolkit this way opens no window; its
 * threads are daemons or end by themselves (AWT's auto-shutdown), so they do not keep the JVM alive.
 */
public final class DesktopTrash implements Trash {

    private final String place;

    /** @param place what the system calls its trash, e.g. "Recycle Bin" or "Trash" */
    public DesktopTrash(String place) {
        this.place = Objects.requireNonNull(place, "place");
    }

    @Override
    public void moveToTrash(Path path) throws IOException {
        Path target = path.toAbsolutePath().normalize();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " does not exist, so there is nothing to move to the " + place + ".");
        }
        if (!supported()) {
            throw new IOException("This system's desktop does not let applications move files to the " + place + ", so "
                    + target + " was left in place.");
        }
        boolean moved;
        try {
            moved = Desktop.getDesktop().moveToTrash(target.toFile());
        } catch (RuntimeException e) {
            throw new IOException("Could not move " + target + " to the " + place + " (" + e.getMessage() + "); it was "
                    + "left in place.", e);
        }
        if (!moved) {
            throw new IOException("The system did not move " + target + " to the " + place + "; it was left in place.");
        }
    }

    @Override
    public String describe() {
        return "Moves it to the " + place + ".";
    }

    /** Whether this JVM has a desktop that can move files to the trash; loads the AWT toolkit unless headless. */
    public static boolean supported() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.MOVE_TO_TRASH);
        } catch (RuntimeException | AWTError | LinkageError e) {
            return false; // no usable toolkit (e.g. a trimmed runtime without java.desktop's native parts)
        }
    }
}
