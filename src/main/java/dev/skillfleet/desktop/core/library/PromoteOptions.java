package dev.skillfleet.desktop.core.library;

/**
 * What the user agreed to for one promotion.
 *
 * @param force     promote even when the draft fails validation
 * @param overwrite replace a skill that already exists at the target (the old one is deleted, not merged)
 */
public record PromoteOptions(boolean force, boolean overwrite) {

    /** Neither: the first attempt, which asks before doing anything the user may not want. */
    public static final PromoteOptions SAFE = new PromoteOptions(false, false);
}
