package dev.skillfleet.desktop.ui.sessions;

import javafx.animation.PauseTransition;

import java.time.Duration;

/**
 * Runs an action on the FX thread after a while: the search's debounce and the end of an undo offer. Injected so
 * ViewModel tests move time forward by hand instead of sleeping. There is no cancel: each action checks that what it
 * was scheduled for is still current, so a stale one does nothing.
 */
@FunctionalInterface
public interface Delay {

    void after(Duration delay, Runnable action);

    /**
     * The app's: a {@link PauseTransition}, so the action runs on the FX thread with no timer thread of its own and no
     * {@code runLater} hop, and stops with the toolkit. Call it on the FX thread (the ViewModel's commands are).
     */
    static Delay fx() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        };
    }
}
