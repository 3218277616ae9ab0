package dev.skillfleet.desktop.core.skill;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One skill folder as {@link SkillValidator#validateSkill} found it on disk.
 *
 * @param dir    the skill folder, absolute and normalized (the folder of a given SKILL.md)
 * @param name   the frontmatter name, stripped, when the SKILL.md has one as text; else the folder's name, as a
 *               library scan shows it ({@link Skill#name()})
 * @param report every error and warning
 */
public record ValidatedSkill(Path dir, String name, ValidationReport report) {

    public ValidatedSkill {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(report, "report");
    }

    /** No validation error (warnings allowed). */
    public boolean valid() {
        return report.valid();
    }
}
