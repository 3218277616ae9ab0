package dev.skillfleet.desktop.core.llm;

import java.util.Objects;

/** What a model stream produces, whatever the dialect: one event stream out of every decoder. */
public sealed interface StreamEvent {

    /** Reasoning text ("thinking"), from a reasoning field or from inline tags. */
    record Reasoning(String text) implements StreamEvent {
        public Reasoning {
            Objects.requireNonNull(text);
        }
    }

    /** Answer text. */
    record Content(String text) implements StreamEvent {
        public Content {
            Objects.requireNonNull(text);
        }
    }

    /**
     * Figures the server reported (null when it did not): token counts and, from llama.cpp's {@code timings} or
     * Ollama's durations, the generation speed.
     */
    record Usage(Integer promptTokens, Integer completionTokens, Double tokensPerSecond) implements StreamEvent {
    }

    /** The server said the answer is complete ({@code finish_reason}, {@code done}, {@code [DONE]}). */
    record Finished(String reason) implements StreamEvent {
    }
}
