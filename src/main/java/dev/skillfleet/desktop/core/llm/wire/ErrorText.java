package dev.skillfleet.desktop.core.llm.wire;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the server's own words in an error document, whichever server wrote it, so the user reads what the server
 * said rather than a status code.
 */
public final class ErrorText {

    /** Error documents can hold whole stack traces; a message box cannot. */
    private static final int MAX_CHARS = 500;
    private static final int MAX_DETAILS = 3;

    private ErrorText() {
    }

    /**
     * The words of an error document, or null when it holds none. Shapes understood: OpenAI, Ollama's /v1 and
     * OpenRouter {@code {"error":{"message","type","code"}}}; Ollama {@code {"error":"…"}}; Skill Fleet
     * {@code {"error","request_id","details"}}; its agent and stream errors {@code {"message"}} and
     * {@code {"data":{"message"}}}; FastAPI's default {@code {"detail": "…" | [{"loc","msg"}]}}.
     */
    public static String fromJson(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String text = blankToNull(node.asText());
            return text == null ? null : clip(text);
        }
        if (!node.isObject()) {
            return null;
        }
        String words = errorField(node.get("error"));
        if (words == null) {
            words = Json.firstText(node, "message", "detail");
        }
        if (words == null) {
            words = Json.firstText(Json.object(node, "data"), "message", "error");
        }
        if (words == null) {
            words = details(node.get("detail"));
        } else {
            String details = details(node.get("details"));
            words = details == null ? words : words + " (" + details + ")";
        }
        if (words == null) {
            return null;
        }
        String requestId = Json.text(node, "request_id");
        return requestId == null || requestId.isBlank() ? clip(words) : clip(words) + " [request " + requestId + "]";
    }

    /** The words in an error body: from its JSON, else the plain text itself, never a web page's markup. */
    public static String fromBody(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode json = Json.parseOrNull(body);
        if (json != null && (json.isObject() || json.isTextual())) {
            return fromJson(json);
        }
        String trimmed = body.strip();
        if (trimmed.startsWith("<")) {
            return null;
        }
        String plain = blankToNull(trimmed.replaceAll("\\s+", " "));
        return plain == null ? null : clip(plain);
    }

    /**
     * Whether a non-JSON stream payload is clearly an error: it starts with "error" (as in {@code Error: model not
     * found}), "internal server error" or "traceback". Anything else that is not JSON is noise to skip, never an
     * error: a stray keep-alive must not end a good answer.
     */
    public static boolean looksLikeError(String plain) {
        String start = plain.strip().toLowerCase(Locale.ROOT);
        return start.startsWith("error") || start.startsWith("internal server error") || start.startsWith("traceback");
    }

    public static String clip(String words) {
        String text = words.strip();
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1) + "…";
    }

    private static String errorField(JsonNode error) {
        if (error == null || error.isNull()) {
            return null;
        }
        if (error.isTextual()) {
            return blankToNull(error.asText());
        }
        if (error.isObject()) {
            String words = Json.firstText(error, "message", "msg", "error", "detail");
            if (words != null) {
                return words;
            }
            JsonNode typeOrCode = error.hasNonNull("type") ? error.get("type") : error.get("code");
            return typeOrCode == null || typeOrCode.isNull() ? null : blankToNull(typeOrCode.asText());
        }
        return null;
    }

    /** A short summary of validation details: {@code body.message: Field required}. */
    private static String details(JsonNode details) {
        if (details == null || details.isNull()) {
            return null;
        }
        if (details.isTextual()) {
            return blankToNull(details.asText());
        }
        List<String> parts = new ArrayList<>();
        Iterable<JsonNode> items = details.isArray() ? details : List.of(details);
        for (JsonNode item : items) {
            if (parts.size() == MAX_DETAILS) {
                break;
            }
            String part = detail(item);
            if (part != null) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String detail(JsonNode item) {
        if (item.isTextual()) {
            return blankToNull(item.asText());
        }
        String msg = Json.firstText(item, "msg", "message");
        if (msg == null) {
            return null;
        }
        JsonNode loc = item.get("loc");
        if (loc == null || !loc.isArray() || loc.isEmpty()) {
            return msg;
        }
        List<String> path = new ArrayList<>();
        loc.forEach(step -> path.add(step.asText()));
        return String.join(".", path) + ": " + msg;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
