package dev.skillfleet.desktop.core.assistant;

/** A failure whose message is written for the user (what went wrong and what to do), shown as it is. */
public class UserFacingException extends Exception {
    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }

    public UserFacingException(String message) {
        super(message);
    }
}
