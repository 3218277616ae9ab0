package dev.skillfleet.desktop.core.skill;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * What changed on disk under one watched library root, after a burst of changes settled (see
 * {@link LibraryWatcher}).
 *
 * <p>To apply it: when {@code rescanNeeded}, scan the root again; otherwise, for each folder in
 * {@code changedSkillDirs}, {@link SkillLibrary#load(Path) load} it again if it still holds a SKILL.md and drop it
 * from the view if it does not (the skill was removed or renamed away; its new name is in the set too).
 *
 * @param root             the watched root, absolute and normalized, as passed to {@link LibraryWatcher#watch(Path)}
 * @param changedSkillDirs skill folders that were added, removed, or whose files changed (SKILL.md, references,
 *                         scripts …), as paths under {@code root}; may be empty when {@code rescanNeeded}
 * @param rescanNeeded     the change could not be followed folder by folder (events were lost, the root was deleted
 *                         or replaced, a link changed): scan the whole root again
 */
public record LibraryChange(Path root, Set<Path> changedSkillDirs, boolean rescanNeeded) {

    public LibraryChange {
        Objects.requireNonNull(root, "root");
        changedSkillDirs = Set.copyOf(changedSkillDirs);
    }
}
