package dev.skillfleet.desktop.core.llm;

/** The wire dialect an endpoint speaks (wire-formats.md). */
public enum Provider {
    /** OpenAI-compatible {@code POST {base}/chat/completions} with SSE (OpenAI, LM Studio, llama.cpp, vLLM, ...). */
    OPENAI,
    /** Ollama's native {@code POST {base}/api/chat}, NDJSON. */
    OLLAMA,
    /** A Skill Fleet server's {@code POST {base}/api/v1/chat/stream}, either of its two SSE formats. */
    SKILLFLEET
}
