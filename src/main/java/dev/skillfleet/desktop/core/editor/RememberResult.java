package dev.skillfleet.desktop.core.editor;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link RecoveryStore#remember} did. It never throws: a recovery copy that cannot be written must not disturb the
 * user's editing, so a failure comes back here (and is logged) for the editor to show quietly.
 *
 * @param problem why the copy could not be written, for {@link Status#FAILED}
 */
public record RememberResult(Status status, Path file, Optional<String> problem) {

    public enum Status {
        /** The text was written as the file's recovery copy. */
        WRITTEN,
        /** The copy already holds this text: nothing written. */
        UNCHANGED,
        /** The text is what the file holds: there is nothing to recover, and any copy was removed. */
        NOTHING_UNSAVED,
        /** The copy could not be written; {@link #problem()} says why. The previous copy, if any, is still there. */
        FAILED
    }

    static RememberResult of(Status status, Path file) {
        return new RememberResult(status, file, Optional.empty());
    }

    static RememberResult failed(Path file, String problem) {
        return new RememberResult(Status.FAILED, file, Optional.of(problem));
    }
}
