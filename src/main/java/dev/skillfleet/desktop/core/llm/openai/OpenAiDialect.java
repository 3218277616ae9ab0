package dev.skillfleet.desktop.core.llm.openai;

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
import java.util.Set;

/** OpenAI-compatible chat completions: OpenAI, LM Studio, llama.cpp, vLLM, LiteLLM, OpenRouter, Ollama's /v1. */
public final class OpenAiDialect implements Dialect {

    @Override
    public BodyFormat format() {
        return BodyFormat.SSE;
    }

    @Override
    public String baseUrlHint() {
        return "OpenAI-compatible base URLs usually end in /v1, e.g. http://localhost:11434/v1";
    }

    @Override
    public Request chatRequest(Endpoint endpoint, ChatRequest request) throws ModelException {
        ObjectNode body = Json.object();
        body.put("model", endpoint.model());
        body.set("messages", Messages.toJson(request.messages()));
        body.put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        return Requests.postJson(endpoint, endpoint.url("/chat/completions"), body, "text/event-stream");
    }

    @Override
    public StreamDecoder newDecoder(StreamListener listener) {
        return new OpenAiChunkDecoder(listener);
    }

    @Override
    public List<String> listModels(Endpoint endpoint, JsonGetter http) throws ModelException {
        JsonNode answer = http.get(Requests.get(endpoint, endpoint.url("/models")));
        // {"data":[{"id"}]} is the standard; a bare array and {"models":[…]} come from looser servers.
        JsonNode items = answer.isArray() ? answer
                : answer.has("data") ? answer.get("data") : answer.path("models");
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : items) {
            String id = item.isTextual() ? item.asText() : Json.firstText(item, "id", "name", "model");
            if (id != null && !id.isBlank()) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    @Override
    public String testConnection(Endpoint endpoint, JsonGetter http) throws ModelException {
        return Messages.connected(listModels(endpoint, http), endpoint.model());
    }
}
