package dev.skillfleet.desktop.core.conversation;

/** Who wrote a message. */
public enum Role {
    USER,
    ASSISTANT,
    SYSTEM
}
