package dev.skillfleet.desktop.core.assistant;

/** Thrown into a handler when the user pressed Stop; what was produced so far is kept. */
public final class TurnCancelledException extends RuntimeException {
    public TurnCancelledException() {
        super("Stopped by the user", null, false, false);
    }
}
