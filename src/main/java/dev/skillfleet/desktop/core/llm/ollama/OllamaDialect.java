package dev.skillfleet.desktop.core.llm.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillfleet.desktop.core.llm.ChatRequest;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.StreamListener;
import dev.skillfleet.desktop.core.llm.http.Requests;
import dev.skillfleet.desktop.core.llm.wire.BodyFormat;
import dev.skillfleet.desktop.core.llm.wire.Dialect;
import dev.skillfleet.desktop.core.llm.wire.Json;
import dev.skillfleet.desktop.core.llm.wire.Messages;
import dev.skillfleet.desktop.core.llm.wire.StreamDecoder;
import okhttp3.Request;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ollama's native API. Its base URL is the server root ({@code http://localhost:11434}); a base ending in
 * {@code /v1} or {@code /api}, as typed for another dialect, is reduced to the root.
 */
public final class OllamaDialect implements Dialect {

    @Override
    public BodyFormat format() {
        return BodyFormat.NDJSON;
    }

    @Override
    public String baseUrlHint() {
        return "Ollama's base URL is the server itself, e.g. http://localhost:11434";
    }

    @Override
    public Request chatRequest(Endpoint endpoint, ChatRequest request) throws ModelException {
        return chat(endpoint, request, true);
    }

    /**
     * Ollama refuses {@code "think": true} for a model that cannot think ({@code "… does not support thinking"},
     * HTTP 400) instead of ignoring it: the same turn is then asked again without it.
     */
    @Override
    public Request retryAfterRefusal(ModelException refusal, Endpoint endpoint, ChatRequest request)
            throws ModelException {
        boolean noThinking = refusal.kind() == ModelException.Kind.HTTP_STATUS && refusal.status() == 400
                && refusal.getMessage().toLowerCase(Locale.ROOT).contains("does not support thinking");
        return noThinking ? chat(endpoint, request, false) : null;
    }

    private static Request chat(Endpoint endpoint, ChatRequest request, boolean think) throws ModelException {
        ObjectNode body = Json.object();
        body.put("model", endpoint.model());
        body.set("messages", Messages.toJson(request.messages()));
        body.put("stream", true);
        if (think) {
            body.put("think", true);
        }
        return Requests.postJson(endpoint, root(endpoint) + "/api/chat", body, "application/x-ndjson");
    }

    @Override
    public StreamDecoder newDecoder(StreamListener listener) {
        return new OllamaLineDecoder(listener);
    }

    @Override
    public List<String> listModels(Endpoint endpoint, JsonGetter http) throws ModelException {
        JsonNode answer = http.get(Requests.get(endpoint, root(endpoint) + "/api/tags"));
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode model : answer.path("models")) {
            String name = Json.firstText(model, "name", "model");
            if (name != null && !name.isBlank()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    @Override
    public String testConnection(Endpoint endpoint, JsonGetter http) throws ModelException {
        return Messages.connected(listModels(endpoint, http), endpoint.model());
    }

    private static String root(Endpoint endpoint) {
        return Requests.serverRoot(endpoint, "/v1", "/api");
    }
}
