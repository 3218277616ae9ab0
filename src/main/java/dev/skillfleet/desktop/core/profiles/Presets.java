package dev.skillfleet.desktop.core.profiles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The servers people use most, with their default base URLs (wire-formats.md §2). */
public final class Presets {

    public static final Preset OPENAI = new Preset("OpenAI", ProfileKind.OPENAI, "https://api.openai.com/v1", true, "");
    public static final Preset OLLAMA = new Preset("Ollama", ProfileKind.OLLAMA, "http://localhost:11434", false,
            "Ollama's native API. Its OpenAI-compatible API is at http://localhost:11434/v1.");
    public static final Preset OLLAMA_OPENAI = new Preset("Ollama (OpenAI-compatible)", ProfileKind.OPENAI,
            "http://localhost:11434/v1", false, "Ollama through its OpenAI-compatible /v1 API.");
    public static final Preset LM_STUDIO = new Preset("LM Studio", ProfileKind.OPENAI, "http://localhost:1234/v1", false,
            "Start the server in LM Studio's Developer tab.");
    public static final Preset LLAMA_CPP = new Preset("llama.cpp", ProfileKind.OPENAI, "http://localhost:8080/v1", false,
            "llama-server; --reasoning-format deepseek sends thinking separately.");
    public static final Preset VLLM = new Preset("vLLM", ProfileKind.OPENAI, "http://localhost:8000/v1", false, "");
    public static final Preset OPENROUTER = new Preset("OpenRouter", ProfileKind.OPENAI, "https://openrouter.ai/api/v1",
            true, "");
    public static final Preset DEEPSEEK = new Preset("DeepSeek", ProfileKind.OPENAI, "https://api.deepseek.com/v1", true,
            "");
    public static final Preset LITELLM = new Preset("LiteLLM proxy", ProfileKind.OPENAI, "http://localhost:4000/v1", true,
            "The key is the proxy's key (its master key or a virtual key), not a provider's.");
    public static final Preset SKILL_FLEET = new Preset("Skill Fleet server", ProfileKind.SKILLFLEET,
            "http://localhost:8000", false, "The server chooses the model.");

    private static final List<Preset> ALL = List.of(OPENAI, OLLAMA, OLLAMA_OPENAI, LM_STUDIO, LLAMA_CPP, VLLM,
            OPENROUTER, DEEPSEEK, LITELLM, SKILL_FLEET);

    private Presets() {
    }

    /** Every preset, in the order a menu shows them. */
    public static List<Preset> all() {
        return ALL;
    }

    public static Optional<Preset> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
