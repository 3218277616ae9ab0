package dev.skillfleet.desktop.core.store;

import dev.skillfleet.desktop.core.conversation.Role;

import java.time.Instant;

/**
 * A message that matched a full-text search.
 *
 * @param snippet the text around the match, the matched words between {@link #MARK_START} and {@link #MARK_END}
 */
public record SearchHit(String sessionId, String sessionTitle, String messageId, Role role, Instant at,
                        String snippet) {

    public static final String MARK_START = "\u00ab";
    public static final String MARK_END = "\u00bb";
}
