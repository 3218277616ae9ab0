package dev.skillfleet.desktop.core.llm.http;

import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.ModelException.Kind;
import okhttp3.HttpUrl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/** Says why a server could not be reached, in words that tell the user what to check. */
final class IoFailures {

    private static final String OFFLINE = " You can switch to the built-in offline engine.";

    private IoFailures() {
    }

    /**
     * @param connected whether the call had a connection when it failed (see {@link ConnectTracker})
     * @param readTimeout the read timeout the call had ({@link Duration#ZERO} for streams)
     */
    static ModelException map(IOException e, HttpUrl url, boolean connected, Duration connectTimeout,
                              Duration readTimeout) {
        String origin = Addresses.origin(url);
        if (find(e, UnknownHostException.class) != null) {
            return new ModelException(Kind.UNKNOWN_HOST, "Unknown host \"" + url.host() + "\": check the server"
                    + " address in the endpoint settings, and the network." + OFFLINE, 0, null, e);
        }
        if (!connected && find(e, NoRouteToHostException.class) != null) {
            return new ModelException(Kind.CONNECTION_REFUSED, "No route to " + origin + " (host unreachable). Is"
                    + " the address right and the machine on the network?" + OFFLINE, 0, null, e);
        }
        if (!connected && find(e, ConnectException.class) != null) {
            return new ModelException(Kind.CONNECTION_REFUSED, "Nothing is listening at " + origin
                    + " (connection refused). Is the server running?" + OFFLINE, 0, null, e);
        }
        if (find(e, SocketTimeoutException.class) != null) {
            if (!connected) {
                return new ModelException(Kind.CONNECT_TIMEOUT, "No connection to " + origin + " within "
                        + seconds(connectTimeout) + " (connect timeout). Is the server running and reachable?"
                        + OFFLINE, 0, null, e);
            }
            if (!readTimeout.isZero()) {
                return new ModelException(Kind.IO, origin + " accepted the connection but sent no answer within "
                        + seconds(readTimeout) + ".", 0, null, e);
            }
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getMessage();
        return new ModelException(Kind.IO, "The connection to " + origin + " failed: " + detail, 0, null, e);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            // With fast fallback OkHttp throws one route's failure and attaches the others.
            for (Throwable other : t.getSuppressed()) {
                if (type.isInstance(other)) {
                    return type.cast(other);
                }
            }
        }
        return null;
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
