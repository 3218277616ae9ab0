package dev.skillfleet.desktop.core.llm.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.core.llm.ChatRequest;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.StreamListener;
import okhttp3.Request;

import java.util.List;

/** What differs between the servers a model client talks to: their requests, their streams, their listings. */
public interface Dialect {

    BodyFormat format();

    /** What a right base URL looks like, for messages about a wrong one. */
    String baseUrlHint();

    Request chatRequest(Endpoint endpoint, ChatRequest request) throws ModelException;

    /** A fresh decoder for one turn's stream. */
    StreamDecoder newDecoder(StreamListener listener);

    /**
     * A second request worth trying when the server refused the first before streaming anything, or null. Only
     * refusals qualify, so nothing can be streamed twice.
     */
    default Request retryAfterRefusal(ModelException refusal, Endpoint endpoint, ChatRequest request)
            throws ModelException {
        return null;
    }

    List<String> listModels(Endpoint endpoint, JsonGetter http) throws ModelException;

    /** One line for the user: whether the server answered and what it has. */
    String testConnection(Endpoint endpoint, JsonGetter http) throws ModelException;

    /** Runs a short request whose answer is JSON. */
    @FunctionalInterface
    interface JsonGetter {
        JsonNode get(Request request) throws ModelException;
    }
}
