package dev.skillfleet.desktop.core.llm.skillfleet;

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
import dev.skillfleet.desktop.core.llm.wire.StreamDecoder;
import okhttp3.Request;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Skill Fleet server ({@code skill-fleet serve}). Its base URL is the server root ({@code http://localhost:8000});
 * a base typed with {@code /api/v1} or {@code /api} is reduced to the root. The server picks its own model, so
 * there are no models to list.
 */
public final class SkillFleetDialect implements Dialect {

    private static final Set<String> HEALTHY = Set.of("ok", "healthy", "up", "pass", "alive", "ready", "running");

    @Override
    public BodyFormat format() {
        return BodyFormat.SSE;
    }

    @Override
    public String baseUrlHint() {
        return "a Skill Fleet server's base URL is the server itself, e.g. http://localhost:8000";
    }

    /** {@code session_id} is left out when there is none, rather than sent empty as if it named a session. */
    @Override
    public Request chatRequest(Endpoint endpoint, ChatRequest request) throws ModelException {
        ObjectNode body = Json.object();
        body.put("message", request.lastUserMessage());
        if (!request.sessionId().isBlank()) {
            body.put("session_id", request.sessionId());
        }
        body.set("context", HistoryContext.build(request));
        return Requests.postJson(endpoint, root(endpoint) + "/api/v1/chat/stream", body, "text/event-stream");
    }

    @Override
    public StreamDecoder newDecoder(StreamListener listener) {
        return new SkillFleetDecoder(listener);
    }

    @Override
    public List<String> listModels(Endpoint endpoint, JsonGetter http) {
        return List.of();
    }

    @Override
    public String testConnection(Endpoint endpoint, JsonGetter http) throws ModelException {
        JsonNode health = http.get(Requests.get(endpoint, root(endpoint) + "/health"));
        String status = Json.text(health, "status");
        if (status != null && !HEALTHY.contains(status.strip().toLowerCase(Locale.ROOT))) {
            return "Connected, but the Skill Fleet server reports \"" + status.strip() + "\"";
        }
        String version = Json.text(health, "version");
        return "Connected: Skill Fleet server is up" + (version == null || version.isBlank() ? "" : " (version "
                + version.strip() + ")");
    }

    private static String root(Endpoint endpoint) {
        return Requests.serverRoot(endpoint, "/api/v1", "/api");
    }
}
