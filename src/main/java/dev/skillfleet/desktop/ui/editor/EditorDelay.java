package dev.skillfleet.desktop.ui.editor;

import javafx.animation.PauseTransition;

import java.time.Duration;

/**
 * Runs an action on the FX thread after a while: the editor's debounce of validation and highlighting. Injected so
 * ViewModel tests move time by hand instead of sleeping. There is no cancel: each action checks that the text it was
 * scheduled for is still current, so a stale one does nothing.
 */
@FunctionalInterface
public interface EditorDelay {

    void after(Duration delay, Runnable action);

    /** The app's: a {@link PauseTransition}, so no timer thread and no runLater hop. Call on the FX thread. */
    static EditorDelay fx() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        };
    }
}
