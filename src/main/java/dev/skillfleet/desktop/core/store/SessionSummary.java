package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.conversation.ConversationState;

import java.time.Instant;

/**
 * A stored session as a list shows it.
 *
 * @param messages the messages on its active branch
 */
public record SessionSummary(String id, String title, ConversationState state, int messages, Instant createdAt,
                             Instant updatedAt, boolean pinned, String profileId) {
}
