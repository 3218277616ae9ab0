package dev.skillfleet.desktop.core.refine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The fixes proposed for a skill folder on disk.
 *
 * @param dir    the skill folder
 * @param file   its SKILL.md (or skill.md)
 * @param text   the file's text when it was read; writing refuses if the file no longer holds it
 * @param result the proposal, the folder's new name if any, and validation before and after
 */
public record FolderFix(Path dir, Path file, String text, FixResult result) {

    public FolderFix {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(result, "result");
    }
}
