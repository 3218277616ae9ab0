package dev.skillfleet.desktop.core.refine;

import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SkillRefiner} proposes for one SKILL.md. Nothing is written: the editor shows the hunks and the user
 * accepts what they want.
 *
 * @param proposal      the new text as hunks, one reason per change (no hunks when nothing is to change)
 * @param newFolderName the name the folder must get to match the proposed name; empty when it already matches or
 *                      the folder is unknown. The folder is never renamed here.
 * @param before        validation of the text as it is, in its folder
 * @param after         validation of the text with every hunk applied, in the (renamed) folder
 * @param notes         what could not be done and advice, for the user ("the body has 612 lines…")
 * @param engine        who proposed it: "Built-in rules" or the model's name
 */
public record Refinement(Proposal proposal, Optional<String> newFolderName, ValidationReport before,
                         ValidationReport after, List<String> notes, String engine) {

    public Refinement {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(newFolderName, "newFolderName");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        notes = List.copyOf(notes);
        Objects.requireNonNull(engine, "engine");
    }

    /** Whether the proposal has no hunks (a folder rename alone may still be proposed). */
    public boolean isEmpty() {
        return proposal.isEmpty();
    }
}
