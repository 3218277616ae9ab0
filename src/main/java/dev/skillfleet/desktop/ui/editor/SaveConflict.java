package dev.skillfleet.desktop.ui.editor;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A save that wrote nothing because another program changed (or deleted) the file since the editor read it: the
 * window asks "Keep mine (overwrite)" or "Reload (take the disk's text)".
 *
 * @param diskText the file's text now, when it exists and is readable text
 */
public record SaveConflict(Path file, String name, boolean deleted, Optional<String> diskText) {

    /** The question, in one sentence. */
    public String sentence() {
        return deleted ? name + " was deleted on disk since you opened it. Keep mine writes it again."
                : name + " changed on disk since you opened it. Keep mine (overwrite it) or reload the disk's text?";
    }
}
