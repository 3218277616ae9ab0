package dev.skillfleet.desktop.core.llm.wire;

/** How a dialect frames its streamed messages. */
public enum BodyFormat {
    /** Server-sent events ({@code text/event-stream}). */
    SSE,
    /** One JSON object per line ({@code application/x-ndjson}). */
    NDJSON
}
