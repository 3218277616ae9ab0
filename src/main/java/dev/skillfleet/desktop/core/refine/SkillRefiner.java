package dev.skillfleet.desktop.core.refine;

/**
 * Turns a {@link RefineRequest} into a {@link Refinement}: the built-in rules ({@link RuleRefiner}) or a model.
 * Blocking: call it on a background thread. Never writes a file.
 */
public interface SkillRefiner {

    /** Who proposes, for the UI: "Built-in rules" or the model's name. */
    String engineName();

    /**
     * @throws RefineException when nothing can be proposed (the model failed, the file is too large), with a message
     *                         for the user; {@link RefineException#cancelled()} when the progress was cancelled
     */
    Refinement refine(RefineRequest request, RefineProgress progress) throws RefineException;
}
