package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.conversation.Message;
import dev.skillfleet.desktop.core.conversation.Role;
import dev.skillfleet.desktop.core.llm.ChatMessage;
import dev.skillfleet.desktop.core.llm.ChatRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a session into what a model is sent: the design's context window (at most 100 messages and 10,000
 * characters, newest kept), message text only — thinking is never sent back — and empty failed answers left out.
 */
final class Conversations {

    private Conversations() {
    }

    static ChatRequest request(String systemPrompt, ConversationSession session) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(new ChatMessage("system", systemPrompt));
        List<Map<String, String>> history = new ArrayList<>();
        for (Message message : session.contextWindow()) {
            if (message.content().isBlank() || message.role() == Role.SYSTEM) {
                continue;
            }
            String role = message.role() == Role.USER ? "user" : "assistant";
            messages.add(new ChatMessage(role, message.content()));
            history.add(Map.of("role", role, "content", message.content()));
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("user_id", session.userId());
        context.put("history", history);
        return new ChatRequest(messages, session.id(), context);
    }

    /** A one-off request (no history): a system prompt and one user message. */
    static ChatRequest single(String systemPrompt, String userMessage) {
        return ChatRequest.of(List.of(new ChatMessage("system", systemPrompt), new ChatMessage("user", userMessage)));
    }
}
