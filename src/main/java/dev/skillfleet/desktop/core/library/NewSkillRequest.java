package dev.skillfleet.desktop.core.library;

import java.util.Objects;

/**
 * What the "New skill" dialog asks for. Surrounding whitespace is dropped; nothing else is changed, so a bad name
 * is reported rather than silently "fixed".
 *
 * @param name        the skill's name and folder name (skill-format.md section 2), e.g. "redis-caching"
 * @param category    the category folder, "" for a flat library, or two levels such as "web/frontend"
 * @param description what the skill does and when to use it ("Use when …")
 * @param template    the shape of the new SKILL.md
 */
public record NewSkillRequest(String name, String category, String description, SkillTemplate template) {

    public NewSkillRequest {
        name = Objects.requireNonNullElse(name, "").strip();
        category = Objects.requireNonNullElse(category, "").strip();
        description = Objects.requireNonNullElse(description, "").strip();
        Objects.requireNonNull(template, "template");
    }
}
