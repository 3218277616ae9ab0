package dev.skillfleet.desktop.core.refine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What writing a {@link FolderFix} did.
 *
 * @param file          the SKILL.md as it is now (inside the renamed folder when the rename happened)
 * @param fileWritten   whether the SKILL.md was rewritten (false when only the folder needed renaming)
 * @param renamedTo     the folder's new path when it was renamed
 * @param renameProblem why the folder could not be renamed after the SKILL.md was written, for the user; empty when
 *                      the rename was not needed or succeeded
 */
public record AppliedFix(Path file, boolean fileWritten, Optional<Path> renamedTo, Optional<String> renameProblem) {

    public AppliedFix {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(renamedTo, "renamedTo");
        Objects.requireNonNull(renameProblem, "renameProblem");
    }

    /** Everything proposed was applied. */
    public boolean complete() {
        return renameProblem.isEmpty();
    }
}
