package dev.skillfleet.desktop.core.llm;

import java.util.Objects;

/** One message sent to a model: role {@code system}, {@code user} or {@code assistant}, and its text (never thinking). */
public record ChatMessage(String role, String content) {
    public ChatMessage {
        Objects.requireNonNull(role);
        Objects.requireNonNull(content);
    }
}
