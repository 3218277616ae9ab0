package dev.skillfleet.desktop.core.conversation;

import java.time.Duration;

/**
 * Per-message figures: time to first token and throughput; token counts only when an endpoint reports them
 * (null otherwise, never invented).
 */
public record MessageStats(Duration timeToFirstToken, Duration total, Integer promptTokens, Integer completionTokens,
                           Double tokensPerSecond) {

    public static final MessageStats NONE = new MessageStats(null, null, null, null, null);
}
