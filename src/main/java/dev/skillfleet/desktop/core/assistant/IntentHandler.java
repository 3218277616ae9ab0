package dev.skillfleet.desktop.core.assistant;

/**
 * The handler SPI. Handlers are registered in code or discovered with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/dev.skillfleet.desktop.core.assistant.IntentHandler} file on the class path); custom
 * handlers are asked before the built-in ones, and the first that can handle a message gets it.
 */
public interface IntentHandler {

    /** Cheap and side-effect free: whether this handler takes the message (e.g. messages starting with "/echo"). */
    boolean canHandle(TurnRequest request);

    /**
     * Produces the turn's events through {@code out}. Throwing ends the turn in ERROR with the exception's message;
     * what was already emitted is kept.
     */
    void handle(TurnRequest request, TurnOutput out) throws Exception;
}
