package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link SkillImporter#apply} did.
 *
 * @param target   the skill folder now in the library
 * @param files    files written
 * @param bytes    their total size
 * @param replaced an existing skill at the target was replaced (and then deleted)
 * @param leftOut  junk not imported
 * @param report   the imported skill's validation report (it may hold errors when the import was forced)
 */
public record ImportResult(Path target, int files, long bytes, boolean replaced, List<String> leftOut,
                           ValidationReport report) {

    public ImportResult {
        leftOut = List.copyOf(leftOut);
    }
}
