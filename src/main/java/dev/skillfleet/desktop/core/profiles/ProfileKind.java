package dev.skillfleet.desktop.core.profiles;

import dev.skillfleet.desktop.core.llm.Provider;

import java.util.Optional;

/** What a profile talks to: nothing (the built-in engine) or one of the three wire dialects. */
public enum ProfileKind {
    OFFLINE("Built-in (offline)", null),
    OPENAI("OpenAI-compatible", Provider.OPENAI),
    OLLAMA("Ollama", Provider.OLLAMA),
    SKILLFLEET("Skill Fleet server", Provider.SKILLFLEET);

    private final String label;
    private final Provider provider;

    ProfileKind(String label, Provider provider) {
        this.label = label;
        this.provider = provider;
    }

    /** The name shown to people, e.g. "OpenAI-compatible". */
    public String label() {
        return label;
    }

    /** The dialect spoken; empty for the offline engine, which needs no server. */
    public Optional<Provider> provider() {
        return Optional.ofNullable(provider);
    }

    /** OpenAI-compatible servers and Ollama serve many models and must be told which; a Skill Fleet server picks. */
    public boolean needsModel() {
        return this == OPENAI || this == OLLAMA;
    }
}
