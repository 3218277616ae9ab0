package dev.skillfleet.desktop.ui.fx;

/**
 * Runs a flush on the UI thread "soon". The app's scheduler runs it on the next frame; tests run it at once on the
 * calling thread, so ViewModels are tested with no toolkit at all.
 */
@FunctionalInterface
public interface FlushScheduler {

    void schedule(Runnable flush);

    static FlushScheduler immediate() {
        return Runnable::run;
    }
}
