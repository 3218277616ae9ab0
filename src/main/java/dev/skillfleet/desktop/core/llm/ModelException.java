package dev.skillfleet.desktop.core.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * A model call that failed, with a message written for the user: the server's own words where it gave any, what
 * to do next where there is something to do. Never contains the API key.
 */
public final class ModelException extends Exception {

    public enum Kind {
        /** The server answered with an error status before streaming. */
        HTTP_STATUS,
        /** Nothing listens at that address. */
        CONNECTION_REFUSED,
        /** The host name does not resolve. */
        UNKNOWN_HOST,
        /** No connection within the connect timeout. */
        CONNECT_TIMEOUT,
        /** The stream carried an error object after it started. */
        SERVER_ERROR,
        /** The stream stopped without its end marker: the answer is incomplete. */
        INTERRUPTED,
        /** The response could not be understood at all. */
        PROTOCOL,
        /** The user stopped it. */
        CANCELLED,
        /** Any other I/O failure. */
        IO
    }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;

    public ModelException(Kind kind, String message, int status, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public ModelException(Kind kind, String message) {
        this(kind, message, 0, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0. */
    public int status() {
        return status;
    }

    /** When the server asked to retry (429, 503 with Retry-After). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether the offline engine is a sensible suggestion (the server cannot be reached at all). */
    public boolean unreachable() {
        return kind == Kind.CONNECTION_REFUSED || kind == Kind.UNKNOWN_HOST || kind == Kind.CONNECT_TIMEOUT;
    }
}
