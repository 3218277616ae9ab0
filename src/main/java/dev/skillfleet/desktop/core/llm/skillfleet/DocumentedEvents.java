package dev.skillfleet.desktop.core.llm.skillfleet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.StreamEvent;
import dev.skillfleet.desktop.core.llm.StreamListener;
import dev.skillfleet.desktop.core.llm.wire.ErrorText;
import dev.skillfleet.desktop.core.llm.wire.Failures;
import dev.skillfleet.desktop.core.llm.wire.Json;

import java.util.Set;

/**
 * The documented v1 chat stream (wire-formats.md §4.1): named events {@code thinking}, {@code response},
 * {@code error}, {@code complete}. Data that is not JSON is taken as the text itself.
 */
final class DocumentedEvents {

    static final Set<String> NAMES = Set.of("thinking", "response", "error", "complete");

    private final StreamListener listener;

    DocumentedEvents(StreamListener listener) {
        this.listener = listener;
    }

    /**
     * @return whether the event was a {@code complete}; that alone does not end the turn, since a successful
     *         stream sends two of them
     */
    boolean onEvent(String name, String data) throws ModelException {
        JsonNode json = Json.parseOrNull(data);
        switch (name) {
            case "thinking" -> {
                // Each thinking event is one step; the newline keeps steps apart once joined.
                String step = json != null && json.isObject() ? Json.text(json, "content") : data;
                if (step != null && !step.isBlank()) {
                    listener.onEvent(new StreamEvent.Reasoning(step + "\n"));
                }
            }
            case "response" -> {
                String chunk = json != null && json.isObject() ? Json.text(json, "content") : data;
                if (chunk != null && !chunk.isEmpty()) {
                    listener.onEvent(new StreamEvent.Content(chunk));
                }
            }
            case "error" -> throw Failures.serverError(errorWords(json, data));
            case "complete" -> {
                return true;
            }
            default -> {
                // Only the four documented names reach here.
            }
        }
        return false;
    }

    /** {@code {"error": "…", "type": "ValueError"}} reads as "… (ValueError)"; plain text as itself. */
    private static String errorWords(JsonNode json, String data) {
        if (json == null || !json.isObject()) {
            return data;
        }
        String words = ErrorText.fromJson(json);
        String type = Json.text(json, "type");
        if (words == null) {
            return type;
        }
        return type == null || type.isBlank() || type.equals("error") ? words : words + " (" + type + ")";
    }
}
