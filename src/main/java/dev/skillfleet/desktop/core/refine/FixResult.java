package dev.skillfleet.desktop.core.refine;

import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SkillFixer} proposes for one SKILL.md.
 *
 * @param proposal      the new text as hunks, with one reason per change (no hunks when nothing is to change)
 * @param newFolderName the name the skill's folder must get to match the fixed name; empty when it already matches
 *                      or the folder is unknown. The folder is never renamed here: whoever applies the proposal does.
 * @param before        validation of the text as it is
 * @param after         validation of the text with every hunk applied, in the renamed folder
 */
public record FixResult(Proposal proposal, Optional<String> newFolderName, ValidationReport before,
                        ValidationReport after) {

    public FixResult {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(newFolderName, "newFolderName");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Whether applying the result would change anything: a hunk, or the folder's name. */
    public boolean changesAnything() {
        return !proposal.isEmpty() || newFolderName.isPresent();
    }
}
