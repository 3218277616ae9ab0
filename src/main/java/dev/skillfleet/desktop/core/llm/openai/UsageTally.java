package dev.skillfleet.desktop.core.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.core.llm.StreamEvent;
import dev.skillfleet.desktop.core.llm.wire.Json;

/**
 * Gathers the figures an OpenAI-style stream reports, which arrive in pieces: {@code usage} in its own last chunk,
 * llama.cpp's {@code timings} on the finishing chunk (and sometimes again with the usage). One Usage event comes
 * out, so the figures are never split across two.
 */
final class UsageTally {

    private Integer promptTokens;
    private Integer completionTokens;
    private Double tokensPerSecond;

    void addUsage(JsonNode usage) {
        if (usage == null) {
            return;
        }
        promptTokens = first(Json.integer(usage, "prompt_tokens"), promptTokens);
        completionTokens = first(Json.integer(usage, "completion_tokens"), completionTokens);
    }

    /** llama.cpp's {@code timings}: its token counts fill in what {@code usage} did not say. */
    void addTimings(JsonNode timings) {
        if (timings == null) {
            return;
        }
        tokensPerSecond = first(Json.decimal(timings, "predicted_per_second"), tokensPerSecond);
        completionTokens = first(completionTokens, Json.integer(timings, "predicted_n"));
        promptTokens = first(promptTokens, Json.integer(timings, "prompt_n"));
    }

    /** The gathered figures, or null when the server reported none. */
    StreamEvent.Usage toEvent() {
        if (promptTokens == null && completionTokens == null && tokensPerSecond == null) {
            return null;
        }
        return new StreamEvent.Usage(promptTokens, completionTokens, tokensPerSecond);
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
