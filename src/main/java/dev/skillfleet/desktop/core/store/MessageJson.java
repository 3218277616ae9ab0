package dev.skillfleet.desktop.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.conversation.MessageStats;
import dev.skillfleet.desktop.core.conversation.ThinkingSegment;
import dev.skillfleet.desktop.core.intent.Intent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a message's parts as stored (and exported): thinking segments, stats, metadata, a pending question.
 * Times are epoch milliseconds, durations milliseconds; absent figures are left out, never invented.
 */
public final class MessageJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private MessageJson() {
    }

    public static ArrayNode thinking(List<ThinkingSegment> segments) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ThinkingSegment segment : segments) {
            ObjectNode node = array.addObject();
            node.put("text", segment.text());
            if (segment.start() != null) {
                node.put("start", segment.start().toEpochMilli());
            }
            node.put("durationMs", segment.duration().toMillis());
        }
        return array;
    }

    public static List<ThinkingSegment> thinking(JsonNode array) {
        List<ThinkingSegment> segments = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return segments;
        }
        for (JsonNode node : array) {
            segments.add(new ThinkingSegment(node.path("text").asText(""),
                    node.hasNonNull("start") ? Instant.ofEpochMilli(node.get("start").asLong()) : null,
                    Duration.ofMillis(node.path("durationMs").asLong(0))));
        }
        return segments;
    }

    public static ObjectNode stats(MessageStats stats) {
        ObjectNode node = MAPPER.createObjectNode();
        if (stats.timeToFirstToken() != null) {
            node.put("timeToFirstTokenMs", stats.timeToFirstToken().toMillis());
        }
        if (stats.total() != null) {
            node.put("totalMs", stats.total().toMillis());
        }
        if (stats.promptTokens() != null) {
            node.put("promptTokens", stats.promptTokens());
        }
        if (stats.completionTokens() != null) {
            node.put("completionTokens", stats.completionTokens());
        }
        if (stats.tokensPerSecond() != null) {
            node.put("tokensPerSecond", stats.tokensPerSecond());
        }
        return node;
    }

    public static MessageStats stats(JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            return MessageStats.NONE;
        }
        return new MessageStats(millis(node, "timeToFirstTokenMs"), millis(node, "totalMs"),
                node.hasNonNull("promptTokens") ? node.get("promptTokens").asInt() : null,
                node.hasNonNull("completionTokens") ? node.get("completionTokens").asInt() : null,
                node.hasNonNull("tokensPerSecond") ? node.get("tokensPerSecond").asDouble() : null);
    }

    private static Duration millis(JsonNode node, String field) {
        return node.hasNonNull(field) ? Duration.ofMillis(node.get(field).asLong()) : null;
    }

    public static ObjectNode metadata(Map<String, String> metadata) {
        ObjectNode node = MAPPER.createObjectNode();
        metadata.forEach(node::put);
        return node;
    }

    public static Map<String, String> metadata(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        }
        return map;
    }

    public static ObjectNode question(PendingQuestion question) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("question", question.question());
        ArrayNode options = node.putArray("options");
        question.options().forEach(options::add);
        if (question.intent() != null) {
            node.put("intent", question.intent().name());
        }
        node.put("originalMessage", question.originalMessage());
        return node;
    }

    public static PendingQuestion question(JsonNode node) {
        if (node == null || !node.hasNonNull("question")) {
            return null;
        }
        List<String> options = new ArrayList<>();
        node.path("options").forEach(o -> options.add(o.asText()));
        Intent intent = null;
        if (node.hasNonNull("intent")) {
            try {
                intent = Intent.valueOf(node.get("intent").asText());
            } catch (IllegalArgumentException unknown) {
                // Written by a build with another intent: the answer then picks from the options.
            }
        }
        return new PendingQuestion(node.get("question").asText(), options, intent,
                node.path("originalMessage").asText(""));
    }

    static String write(JsonNode node) {
        return node == null || node.isEmpty() ? null : node.toString();
    }

    static JsonNode read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
