package dev.skillfleet.desktop.core.refine;

/** A refine that produced nothing: the message is written for the user; {@link #cancelled()} when they stopped it. */
public class RefineException extends Exception {

    private final boolean cancelled;

    public RefineException(String userMessage) {
        this(userMessage, null);
    }

    public RefineException(String userMessage, Throwable cause) {
        this(userMessage, cause, false);
    }

    private RefineException(String userMessage, Throwable cause, boolean cancelled) {
        super(userMessage, cause);
        this.cancelled = cancelled;
    }

    public static RefineException cancelledByUser() {
        return new RefineException("Stopped: nothing was changed.", null, true);
    }

    /** True when the user stopped the refine: nothing to report as a failure. */
    public boolean cancelled() {
        return cancelled;
    }
}
