package dev.skillfleet.desktop.core.assistant;

import java.nio.file.Path;

/**
 * A draft a turn wrote, as the chat shows it: name, where it is, whether it validates. {@code refines} is the folder of
 * the skill a refine draft is an improved copy of (the original, which the draft never changes), so the chat can
 * offer to review the proposal against it; null for a new skill's draft.
 */
public record DraftCard(String name, String category, Path skillFile, boolean valid, int errors, int warnings,
                        Path refines) {

    /** A new skill's draft: it refines nothing. */
    public DraftCard(String name, String category, Path skillFile, boolean valid, int errors, int warnings) {
        this(name, category, skillFile, valid, errors, warnings, null);
    }

    public Path folder() {
        return skillFile.getParent();
    }

    /** True for an improved copy of an existing skill (REFINE), false for a new skill's draft. */
    public boolean isRefine() {
        return refines != null;
    }
}
