package dev.skillfleet.desktop.core.llm.skillfleet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.StreamEvent;
import dev.skillfleet.desktop.core.llm.StreamListener;
import dev.skillfleet.desktop.core.llm.wire.ErrorText;
import dev.skillfleet.desktop.core.llm.wire.Failures;
import dev.skillfleet.desktop.core.llm.wire.Json;

/**
 * The current server's data-only events (wire-formats.md §4.2): {@code {"type": T, "data": {…}}}.
 *
 * <ul>
 * <li>{@code stream} {@code {"field","content"}}: a chunk of the {@code response} field (or of
 *     {@code reasoning}), delivered at once.</li>
 * <li>{@code prediction} {@code fields.reasoning} and {@code fields.response}, and {@code agent_message}'s text
 *     (as the response): whole texts. <b>No duplicates:</b> per field, what {@code stream} chunks already delivered
 *     stands. A whole text that starts with everything delivered so far adds only the rest; one that does not (the
 *     server re-worded or re-spaced it) adds nothing, since the user already reads that answer.</li>
 * <li>{@code error}: the server's error ({@code data.message}, or {@code message} at the top level).</li>
 * <li>{@code workflow_status} with a message: shown as a thinking step, since it tells what the server is doing
 *     and is never part of the answer.</li>
 * <li>{@code thinking}/{@code response} with a {@code content}: as the documented format's events of those
 *     names, for a server that sends them data-only.</li>
 * <li>Everything else ({@code hitl_required}, {@code hitl_submitted}, {@code workflow_complete},
 *     {@code suggested_actions}, …) is skipped: this client cannot answer a workflow's question mid-turn, and the
 *     text the user needs comes in {@code agent_message} or {@code prediction}.</li>
 * </ul>
 */
final class DataOnlyEvents {

    private final StreamListener listener;
    private final StringBuilder deliveredResponse = new StringBuilder();
    private final StringBuilder deliveredReasoning = new StringBuilder();

    DataOnlyEvents(StreamListener listener) {
        this.listener = listener;
    }

    void onEvent(JsonNode event) throws ModelException {
        String type = Json.text(event, "type");
        JsonNode data = Json.object(event, "data");
        switch (type == null ? "" : type) {
            case "stream" -> {
                boolean reasoning = "reasoning".equals(Json.text(data, "field"));
                String chunk = Json.text(data, "content");
                if (chunk != null && !chunk.isEmpty()) {
                    deliver(reasoning, chunk);
                }
            }
            case "prediction" -> {
                JsonNode fields = data == null ? null : Json.object(data, "fields");
                JsonNode source = fields != null ? fields : data;
                settle(true, reasoningText(source == null ? null : source.get("reasoning")));
                settle(false, Json.text(source, "response"));
            }
            case "agent_message" -> settle(false, firstText(data, event, "message", "content", "text"));
            case "error" -> throw Failures.serverError(ErrorText.fromJson(event));
            case "workflow_status" -> step(firstText(data, event, "message"));
            case "thinking", "thought", "reasoning" -> step(firstText(data, event, "content"));
            case "response" -> {
                String chunk = firstText(data, event, "content");
                if (chunk != null) {
                    deliver(false, chunk);
                }
            }
            default -> {
                // Workflow bookkeeping: nothing the user reads as the answer.
            }
        }
    }

    private void step(String text) {
        if (text != null && !text.isBlank()) {
            listener.onEvent(new StreamEvent.Reasoning(text + "\n"));
        }
    }

    private void deliver(boolean reasoning, String chunk) {
        (reasoning ? deliveredReasoning : deliveredResponse).append(chunk);
        listener.onEvent(reasoning ? new StreamEvent.Reasoning(chunk) : new StreamEvent.Content(chunk));
    }

    /** A whole text for a field: only what goes beyond what was delivered (see the class comment). */
    private void settle(boolean reasoning, String whole) {
        if (whole == null || whole.isEmpty()) {
            return;
        }
        StringBuilder delivered = reasoning ? deliveredReasoning : deliveredResponse;
        if (whole.length() > delivered.length() && whole.startsWith(delivered.toString())) {
            deliver(reasoning, whole.substring(delivered.length()));
        }
    }

    /** {@code reasoning} is a string, or an object with {@code content} or {@code value}. */
    private static String reasoningText(JsonNode reasoning) {
        if (reasoning == null || reasoning.isNull()) {
            return null;
        }
        return reasoning.isTextual() ? reasoning.asText() : Json.firstText(reasoning, "content", "value");
    }

    private static String firstText(JsonNode data, JsonNode event, String... fields) {
        String text = Json.firstText(data, fields);
        return text != null ? text : Json.firstText(event, fields);
    }
}
