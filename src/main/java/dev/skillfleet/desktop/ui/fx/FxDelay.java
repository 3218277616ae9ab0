package dev.skillfleet.desktop.ui.fx;

import javafx.animation.PauseTransition;

import java.time.Duration;

/**
 * Runs an action on the FX thread after a while: debounces (search, validation, highlighting) and timed offers (undo).
 * Injected so ViewModel tests move time forward by hand instead of sleeping. There is no cancel: each action checks that
 * what it was scheduled for is still current, so a stale one does nothing.
 */
@FunctionalInterface
public interface FxDelay {

    void after(Duration delay, Runnable action);

    /**
     * The app's: a {@link PauseTransition}, so the action runs on the FX thread with no timer thread of its own and no
     * {@code runLater} hop, and stops with the toolkit. Call it on the FX thread (ViewModel commands are).
     */
    static FxDelay fx() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        };
    }
}
