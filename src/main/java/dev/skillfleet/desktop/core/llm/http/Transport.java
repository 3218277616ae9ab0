package dev.skillfleet.desktop.core.llm.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.wire.Failures;
import dev.skillfleet.desktop.core.llm.wire.Json;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * Runs HTTP calls on one shared OkHttpClient (its pool and dispatcher), with per-call timeouts: the endpoint's
 * connect timeout, no read timeout for streams (a model may think for minutes before its first byte), a short one
 * for listings and connection tests, which have no Stop button.
 */
public final class Transport {

    /** For GET requests that should answer at once. */
    static final Duration SHORT_READ_TIMEOUT = Duration.ofSeconds(30);

    private final OkHttpClient base;

    public Transport(OkHttpClient base) {
        this.base = Objects.requireNonNull(base);
    }

    /**
     * Sends a streaming request and returns its response once the status says success; the caller reads (and
     * closes) the body. The call is cancelled as soon as the token is.
     */
    public Response openStream(Endpoint endpoint, Request request, CancelToken cancel, String baseUrlHint)
            throws ModelException {
        ConnectTracker tracker = new ConnectTracker();
        Call call = client(endpoint, tracker, Duration.ZERO).newCall(request);
        cancel.onCancel(call::cancel);
        Response response = execute(call, endpoint, tracker, Duration.ZERO);
        if (!response.isSuccessful()) {
            try (response) {
                throw HttpErrors.from(response, endpoint, baseUrlHint);
            }
        }
        return response;
    }

    /** Runs a short request and parses its JSON answer. */
    public JsonNode getJson(Endpoint endpoint, Request request, String baseUrlHint) throws ModelException {
        ConnectTracker tracker = new ConnectTracker();
        Call call = client(endpoint, tracker, SHORT_READ_TIMEOUT).newCall(request);
        try (Response response = execute(call, endpoint, tracker, SHORT_READ_TIMEOUT)) {
            if (!response.isSuccessful()) {
                throw HttpErrors.from(response, endpoint, baseUrlHint);
            }
            String body;
            try {
                body = response.body().string();
            } catch (IOException e) {
                throw IoFailures.map(e, request.url(), true, endpoint.connectTimeout(), SHORT_READ_TIMEOUT);
            }
            JsonNode json = Json.parseOrNull(body);
            if (json == null) {
                boolean page = body.stripLeading().startsWith("<");
                throw Failures.protocol(Addresses.origin(request.url()) + " answered " + request.url().encodedPath()
                        + (page ? " with a web page" : " with something") + " that is not JSON. Check the base URL ("
                        + baseUrlHint + ").", null);
            }
            return json;
        }
    }

    private OkHttpClient client(Endpoint endpoint, ConnectTracker tracker, Duration readTimeout) {
        EventListener.Factory original = base.eventListenerFactory();
        return base.newBuilder()
                .connectTimeout(endpoint.connectTimeout())
                .readTimeout(readTimeout)
                .callTimeout(Duration.ZERO)
                .eventListenerFactory(call -> original.create(call).plus(tracker))
                .build();
    }

    private static Response execute(Call call, Endpoint endpoint, ConnectTracker tracker, Duration readTimeout)
            throws ModelException {
        try {
            return call.execute();
        } catch (IOException e) {
            if (call.isCanceled()) {
                throw Failures.cancelled();
            }
            throw IoFailures.map(e, call.request().url(), tracker.connected(), endpoint.connectTimeout(), readTimeout);
        }
    }
}
