package dev.skillfleet.desktop.core.store;

/** The conversation database failed; the message is written for the user and names what to do. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
