package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.library.SkillFolderFiles;

import java.util.Objects;

/**
 * A file the user opened from a skill's file list: its text, or why it is not shown as text. Each opening is a new
 * object (identity equality), so opening the same file again is seen as a change.
 */
public final class OpenedFile {

    private final LibrarySkill skill;
    private final SkillFolderFiles.Entry entry;
    private final SkillFolderFiles.Content content;

    OpenedFile(LibrarySkill skill, SkillFolderFiles.Entry entry, SkillFolderFiles.Content content) {
        this.skill = Objects.requireNonNull(skill);
        this.entry = Objects.requireNonNull(entry);
        this.content = Objects.requireNonNull(content);
    }

    public LibrarySkill skill() {
        return skill;
    }

    public SkillFolderFiles.Entry entry() {
        return entry;
    }

    public SkillFolderFiles.Content content() {
        return content;
    }

    /** E.g. "pdf/references/forms.md". */
    public String title() {
        return skill.name() + "/" + entry.relativePath();
    }
}
