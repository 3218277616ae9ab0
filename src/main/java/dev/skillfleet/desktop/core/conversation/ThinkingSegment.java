package dev.skillfleet.desktop.core.conversation;

import java.time.Duration;
import java.time.Instant;

/** One stretch of reasoning in an assistant turn; a turn may think several times and the durations add up. */
public record ThinkingSegment(String text, Instant start, Duration duration) {
    public ThinkingSegment {
        text = text == null ? "" : text;
        duration = duration == null ? Duration.ZERO : duration;
    }
}
