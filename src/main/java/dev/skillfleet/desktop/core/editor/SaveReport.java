package dev.skillfleet.desktop.core.editor;

import java.util.Optional;

/**
 * A save through {@link EditorFiles}: what it did to the file, and the history version it kept.
 *
 * @param outcome        saved, or not written because the file changed on disk
 * @param version        the newest history version after the save (the saved content); empty when nothing was saved
 *                       or the history could not be written
 * @param historyProblem why the history could not be written: the file itself was saved, only its version is missing
 */
public record SaveReport(SaveOutcome outcome, Optional<HistoryVersion> version, Optional<String> historyProblem) {

    public boolean saved() {
        return outcome instanceof SaveOutcome.Saved;
    }
}
