package dev.skillfleet.desktop.core.llm.skillfleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillfleet.desktop.core.llm.ChatMessage;
import dev.skillfleet.desktop.core.llm.ChatRequest;
import dev.skillfleet.desktop.core.llm.wire.Json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The {@code context} a Skill Fleet server gets. The server keeps no history, so the client sends it: the
 * messages before the one being sent (system messages left out), newest kept first, within a budget below the
 * server's 10,000-character cut so the newest turns are the ones that survive. A caller that put its own
 * {@code history} into the context keeps it.
 */
final class HistoryContext {

    /** Characters of message text; the rest of the server's 10,000 is left for JSON and the caller's context. */
    static final int BUDGET = 8_000;

    private HistoryContext() {
    }

    static ObjectNode build(ChatRequest request) {
        JsonNode given = Json.valueToTree(request.context());
        ObjectNode context = given instanceof ObjectNode object ? object : Json.object();
        if (!context.has("history")) {
            context.set("history", history(request.messages()));
        }
        return context;
    }

    private static ArrayNode history(List<ChatMessage> messages) {
        int current = lastUserIndex(messages);
        Deque<ChatMessage> kept = new ArrayDeque<>();
        int left = BUDGET;
        for (int i = current - 1; i >= 0 && left > 0; i--) {
            ChatMessage message = messages.get(i);
            if (message.role().equals("system")) {
                continue;
            }
            String text = message.content();
            if (text.length() > left) {
                // Only the newest message is ever cut; older ones would be dropped whole anyway.
                if (!kept.isEmpty()) {
                    break;
                }
                text = text.substring(0, left - 1) + "…";
            }
            kept.addFirst(new ChatMessage(message.role(), text));
            left -= text.length();
        }
        ArrayNode array = Json.object().arrayNode();
        kept.forEach(m -> array.addObject().put("role", m.role()).put("content", m.content()));
        return array;
    }

    private static int lastUserIndex(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role().equals("user")) {
                return i;
            }
        }
        return messages.size();
    }
}
