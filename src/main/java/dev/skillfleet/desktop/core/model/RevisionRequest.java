package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.engine.SkillNaming;
import dev.skillfleet.desktop.core.llm.ChatRequest;
import dev.skillfleet.desktop.core.skill.ValidationIssue;

import java.util.List;

/**
 * Asking a model to revise one SKILL.md, as the chat's REFINE ({@link ModelRefineHandler}) and the editor's
 * "Refine…" ({@link ModelSkillRefiner}) both do: the same prompt, size limit and fallback name, so the two never
 * drift apart.
 */
final class RevisionRequest {

    // Far beyond the 500 lines a skill should have; a bigger file would blow the model's context for nothing.
    static final int MAX_FILE_CHARS = 100_000;

    private RevisionRequest() {
    }

    /**
     * The request: the format rules and "keep the name", then the instruction, the validator's findings and the
     * file.
     */
    static ChatRequest of(String name, String instruction, String folder, List<ValidationIssue> findings,
                          String skillMd) {
        return Conversations.single(SkillPrompts.refineSystem(name),
                SkillPrompts.refineUser(instruction, folder, findings, skillMd));
    }

    /**
     * The folder name to use when the model's answer has no usable name: the skill's name as a valid name, else the
     * folder's, else the folder as it is (a name in another script normalises to nothing but is valid as it stands).
     */
    static String fallbackName(String name, String folder) {
        String fallback = name == null ? "" : SkillNaming.normalize(name);
        if (fallback.isEmpty() && folder != null) {
            fallback = SkillNaming.normalize(folder);
            if (fallback.isEmpty()) {
                fallback = folder;
            }
        }
        return fallback.isEmpty() ? "skill" : fallback;
    }

    /** The message when a file is over {@link #MAX_FILE_CHARS}; {@code what} names it ("/lib/x/SKILL.md"). */
    static String tooLarge(String what) {
        return what + " is larger than " + MAX_FILE_CHARS + " characters, too large to send to the model. Move "
                + "detailed material into references/ and ask again.";
    }
}
