package dev.skillfleet.desktop.core.skill;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One skill as loaded from a library: loading is lenient, so a skill with errors is still here with its report.
 *
 * @param dir         the skill folder
 * @param file        its SKILL.md (or skill.md), null when the folder has none
 * @param name        the frontmatter name, or the folder name when that is missing or the file is broken
 * @param description the frontmatter description, trimmed; "" when there is none
 * @param category    the folder path between the library root and the skill, joined by "/"; "" in a flat layout.
 *                    For a draft, the path after {@code _drafts/<draft-id>/}
 * @param body        the Markdown after the frontmatter; "" when broken
 * @param frontmatter the parsed frontmatter (see {@link SkillDocument}); empty when broken
 * @param report      validation errors and warnings
 * @param broken      the SKILL.md could not be read as frontmatter plus body (missing, unreadable, binary, not
 *                    UTF-8, too large, no frontmatter, invalid YAML, not a mapping); the report says why and where
 * @param draft       the skill lives under {@code <root>/_drafts/}
 */
public record Skill(Path dir, Path file, String name, String description, String category, String body,
                    Map<String, Object> frontmatter, ValidationReport report, boolean broken, boolean draft) {

    public Skill {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        category = category == null ? "" : category;
        body = body == null ? "" : body;
        frontmatter = frontmatter == null ? Map.of() : frontmatter;
        report = report == null ? ValidationReport.empty() : report;
    }

    /** Loaded and free of validation errors (warnings allowed). */
    public boolean valid() {
        return !broken && report.valid();
    }

    /** "category/name", or just the name in a flat layout: how the skill is shown in lists and search results. */
    public String qualifiedName() {
        return category.isEmpty() ? name : category + "/" + name;
    }
}
