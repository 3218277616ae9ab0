package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.io.FileTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/** For systems without a usable trash: deletes for good, and says so, so the UI can ask "Delete permanently?". */
public final class NoTrash implements Trash {

    private final String why;

    /** @param why why there is no trash, as a sentence, e.g. "This Java runs without a desktop (headless)." */
    public NoTrash(String why) {
        this.why = Objects.requireNonNull(why, "why");
    }

    @Override
    public void moveToTrash(Path path) throws IOException {
        Path target = path.toAbsolutePath().normalize();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " does not exist, so there is nothing to delete.");
        }
        try {
            FileTrees.delete(target);
        } catch (IOException e) {
            throw new IOException("Could not delete " + target + " (" + LibraryPaths.reason(e) + "); what could not be "
                    + "deleted is still there.", e);
        }
    }

    @Override
    public String describe() {
        return "Deletes it permanently: there is no trash to move it to. " + why;
    }

    @Override
    public boolean permanent() {
        return true;
    }
}
