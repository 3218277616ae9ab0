package dev.skillfleet.desktop.core.editor;

import java.nio.file.Path;
import java.util.Optional;

/** What a save did: wrote the file, or wrote nothing because the file had changed on disk since it was read. */
public sealed interface SaveOutcome {

    Path file();

    /** The file now holds the saved text; {@code fingerprint} is of the bytes written. */
    record Saved(Path file, FileFingerprint fingerprint) implements SaveOutcome {
    }

    /**
     * Nothing was written: since the editor read the file, another program changed or deleted it. The user chooses:
     * keep their text ({@link EditedFile#saveOverwriting}) or take the disk's ({@link EditedFile#reload}).
     *
     * @param onDisk     the file's fingerprint now; empty when it was deleted
     * @param diskText   the file's text now (editor form), to show beside the user's; empty when it was deleted or
     *                   is no longer readable text
     * @param unreadable why the disk's text cannot be shown, when it exists but is not valid text
     */
    record ChangedOnDisk(Path file, Optional<FileFingerprint> onDisk, Optional<String> diskText,
                         Optional<String> unreadable) implements SaveOutcome {

        public boolean deleted() {
            return onDisk.isEmpty();
        }
    }
}
