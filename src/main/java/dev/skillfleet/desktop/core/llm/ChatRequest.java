package dev.skillfleet.desktop.core.llm;

import java.util.List;
import java.util.Map;

/**
 * What is sent to a model: the conversation (newest last) and, for a Skill Fleet server, a session id and context
 * (that server keeps no history, so the client sends the recent history in the context itself).
 */
public record ChatRequest(List<ChatMessage> messages, String sessionId, Map<String, Object> context) {
    public ChatRequest {
        messages = List.copyOf(messages);
        sessionId = sessionId == null ? "" : sessionId;
        context = Map.copyOf(context == null ? Map.of() : context);
    }

    public static ChatRequest of(List<ChatMessage> messages) {
        return new ChatRequest(messages, "", Map.of());
    }

    /** The last user message: what a Skill Fleet server takes as {@code message}. */
    public String lastUserMessage() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role().equals("user")) {
                return messages.get(i).content();
            }
        }
        return "";
    }
}
