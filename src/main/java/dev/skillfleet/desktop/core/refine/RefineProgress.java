package dev.skillfleet.desktop.core.refine;

/**
 * How a refiner reports what it is doing and learns that the user stopped it. Called from the refiner's (background)
 * thread: the UI hands lines over to its own thread.
 */
public interface RefineProgress {

    /** One line for the user, e.g. "Asking gpt-x to revise the skill". */
    void step(String line);

    boolean cancelled();

    /** Runs {@code action} when the user stops the refine (at once if already stopped), e.g. cancels an HTTP call. */
    void onCancel(Runnable action);

    /** Never cancelled; ignores the steps. For callers with nothing to show, such as the CLI and tests. */
    static RefineProgress silent() {
        return new RefineProgress() {
            @Override
            public void step(String line) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public void onCancel(Runnable action) {
            }
        };
    }
}
