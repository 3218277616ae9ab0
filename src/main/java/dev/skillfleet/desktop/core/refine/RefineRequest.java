package dev.skillfleet.desktop.core.refine;

import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked the editor's "Refine…" to do with one SKILL.md: a quick action, or their own words.
 *
 * @param skillMd     the SKILL.md as the editor holds it (any line breaks, a byte order mark is kept)
 * @param folderName  the skill's folder name, null when unknown (then no folder rename is proposed)
 * @param action      the quick action; empty for an instruction in the user's words
 * @param instruction the user's words; for a quick action, the action's {@link RefineAction#instruction()}
 */
public record RefineRequest(String skillMd, String folderName, Optional<RefineAction> action, String instruction) {

    public RefineRequest {
        Objects.requireNonNull(skillMd, "skillMd");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(instruction, "instruction");
    }

    public static RefineRequest quick(String skillMd, String folderName, RefineAction action) {
        Objects.requireNonNull(action, "action");
        return new RefineRequest(skillMd, folderName, Optional.of(action), action.instruction());
    }

    /** @throws IllegalArgumentException when the instruction is blank: there is nothing to do */
    public static RefineRequest instruction(String skillMd, String folderName, String instruction) {
        if (instruction == null || instruction.isBlank()) {
            throw new IllegalArgumentException(
                    "Say what should change, e.g. \u201cadd an example for large files\u201d.");
        }
        return new RefineRequest(skillMd, folderName, Optional.empty(), instruction.strip());
    }

    /** What a model is told to do: the action's words or the user's. */
    public String wording() {
        return action.map(RefineAction::instruction).orElse(instruction);
    }
}
