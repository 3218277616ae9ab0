package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.skill.Skill;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A skill as the library shows it: the skill, the library root it was found in, and its badge.
 *
 * @param root the library root (absolute, normalized) the skill belongs to
 */
public record LibrarySkill(Path root, Skill skill, Validity validity) {

    public LibrarySkill {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(validity, "validity");
    }

    public static LibrarySkill of(Path root, Skill skill) {
        return new LibrarySkill(root, skill, Validity.of(skill));
    }

    public Path dir() {
        return skill.dir();
    }

    public String name() {
        return skill.name();
    }

    public String category() {
        return skill.category();
    }

    public boolean draft() {
        return skill.draft();
    }

    /** The draft's id (the folder under {@code _drafts/}); "" for a library skill. */
    public String draftId() {
        if (!skill.draft() || !skill.dir().startsWith(root)) {
            return "";
        }
        Path relative = root.relativize(skill.dir());
        return relative.getNameCount() >= 2 ? relative.getName(1).toString() : "";
    }

    /** The first line of the description, for one-line lists. */
    public String summary() {
        String description = skill.description().strip();
        int newline = description.indexOf('\n');
        return newline < 0 ? description : description.substring(0, newline).strip();
    }
}
