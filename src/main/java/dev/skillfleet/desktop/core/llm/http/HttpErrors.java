package dev.skillfleet.desktop.core.llm.http;

import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.wire.ErrorText;
import okhttp3.Response;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an error status into a message in the server's own words: {@code HTTP 401: Incorrect API key provided.},
 * plus what to do where there is something to do (wait, check the key, check the base URL).
 */
public final class HttpErrors {

    /** Enough for any error document; a server that answers an error with megabytes is not read further. */
    private static final long MAX_BODY_BYTES = 64 * 1024;

    /** HTTP/2 has no reason phrases, and some servers send none. */
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(413, "Content Too Large"),
            Map.entry(422, "Unprocessable Content"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private HttpErrors() {
    }

    /** Reads the error body (a bounded amount) of a response with a non-success status. */
    public static ModelException from(Response response, Endpoint endpoint, String baseUrlHint) {
        int code = response.code();
        String words = ErrorText.fromBody(peek(response));
        Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), Instant.now());
        StringBuilder message = new StringBuilder("HTTP ").append(code).append(": ")
                .append(sentence(words != null ? ErrorText.clip(words) : reason(code, response.message())));
        boolean loading = code == 503 && words != null && words.toLowerCase(Locale.ROOT).contains("loading");
        if (loading) {
            // llama.cpp answers every request this way until its model is in memory.
            message.append(" The server is still loading the model; try again in ")
                    .append(retryAfter == null ? "a moment" : RetryAfter.describe(retryAfter)).append('.');
        } else if (retryAfter != null) {
            message.append(" Try again in ").append(RetryAfter.describe(retryAfter)).append('.');
        } else if (code == 401) {
            message.append(endpoint.apiKey().isPresent() ? " Check the API key in the endpoint settings."
                    : " This server needs an API key: add one in the endpoint settings.");
        } else if (code == 403) {
            message.append(" Check the API key and what it is allowed to use.");
        } else if (code == 404 && (words == null || words.equalsIgnoreCase("not found"))) {
            message.append(" Check the base URL (").append(baseUrlHint).append(") and the model name.");
        }
        return new ModelException(ModelException.Kind.HTTP_STATUS, message.toString(), code, retryAfter, null);
    }

    private static String peek(Response response) {
        try {
            return response.peekBody(MAX_BODY_BYTES).string();
        } catch (IOException | IllegalStateException e) {
            return null;
        }
    }

    private static String reason(int code, String phrase) {
        if (phrase != null && !phrase.isBlank()) {
            return phrase;
        }
        return REASONS.getOrDefault(code, code >= 500 ? "Server error" : "Request refused");
    }

    private static String sentence(String words) {
        String text = words.strip();
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") || text.endsWith("…")
                ? text : text + ".";
    }
}
