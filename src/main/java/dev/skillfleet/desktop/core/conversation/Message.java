package dev.skillfleet.desktop.core.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One message of a conversation, immutable. Assistant messages also keep their thinking segments and stats;
 * thinking is never part of {@link #content()}, so it is never sent back to a model, copied, or used as a title.
 */
public record Message(String id, Role role, String content, Instant timestamp, Map<String, String> metadata,
                      List<ThinkingSegment> thinking, MessageStats stats) {

    /** Metadata key: how an assistant turn ended when not normally ("stopped" by the user, "failed"). */
    public static final String END = "end";
    /** Metadata key: the absolute path of a draft SKILL.md the turn wrote. */
    public static final String DRAFT = "draft";
    /** Metadata key: the intent the turn was routed to. */
    public static final String INTENT = "intent";
    /** Metadata key: "true" when the model's answer was replayed from the cache of identical requests. */
    public static final String CACHED = "cached";

    public Message {
        content = content == null ? "" : content;
        metadata = Map.copyOf(metadata == null ? Map.of() : metadata);
        thinking = List.copyOf(thinking == null ? List.of() : thinking);
        stats = stats == null ? MessageStats.NONE : stats;
    }

    public static Message user(String content) {
        return new Message(UUID.randomUUID().toString(), Role.USER, content, Instant.now(), Map.of(), List.of(), null);
    }

    /** All thinking time of the message; several segments add up. */
    public Duration thinkingDuration() {
        return thinking.stream().map(ThinkingSegment::duration).reduce(Duration.ZERO, Duration::plus);
    }

    public String thinkingText() {
        StringBuilder all = new StringBuilder();
        for (ThinkingSegment segment : thinking) {
            if (!all.isEmpty()) {
                all.append('\n');
            }
            all.append(segment.text());
        }
        return all.toString();
    }
}
