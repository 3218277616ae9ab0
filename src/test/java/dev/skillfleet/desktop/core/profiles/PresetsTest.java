package dev.skillfleet.desktop.core.profiles;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PresetsTest {

    @Test
    void thePresetsFillTheUsualBaseUrls() {
        assertThat(Presets.all()).extracting(Preset::name, Preset::kind, Preset::baseUrl).containsExactly(
                org.assertj.core.groups.Tuple.tuple("OpenAI", ProfileKind.OPENAI, "https://api.openai.com/v1"),
                org.assertj.core.groups.Tuple.tuple("Ollama", ProfileKind.OLLAMA, "http://localhost:11434"),
                org.assertj.core.groups.Tuple.tuple("Ollama (OpenAI-compatible)", ProfileKind.OPENAI,
                        "http://localhost:11434/v1"),
                org.assertj.core.groups.Tuple.tuple("LM Studio", ProfileKind.OPENAI, "http://localhost:1234/v1"),
                org.assertj.core.groups.Tuple.tuple("llama.cpp", ProfileKind.OPENAI, "http://localhost:8080/v1"),
                org.assertj.core.groups.Tuple.tuple("vLLM", ProfileKind.OPENAI, "http://localhost:8000/v1"),
                org.assertj.core.groups.Tuple.tuple("OpenRouter", ProfileKind.OPENAI, "https://openrouter.ai/api/v1"),
                org.assertj.core.groups.Tuple.tuple("DeepSeek", ProfileKind.OPENAI, "https://api.deepseek.com/v1"),
                org.assertj.core.groups.Tuple.tuple("LiteLLM proxy", ProfileKind.OPENAI, "http://localhost:4000/v1"),
                org.assertj.core.groups.Tuple.tuple("Skill Fleet server", ProfileKind.SKILLFLEET,
                        "http://localhost:8000"));
    }

    @Test
    void hostedServicesWantAKeyLocalServersDoNot() {
        assertThat(Presets.all()).filteredOn(Preset::keyUsuallyNeeded).extracting(Preset::name)
                .containsExactly("OpenAI", "OpenRouter", "DeepSeek", "LiteLLM proxy");
    }

    @Test
    void theOllamaPresetPointsOutItsOpenAiCompatibleApi() {
        assertThat(Presets.OLLAMA.note()).contains("http://localhost:11434/v1");
    }

    @Test
    void aPresetMakesAValidProfileOnceAModelIsChosen() {
        EndpointProfile profile = Presets.LM_STUDIO.newProfile("lm-studio", "LM Studio", "qwen3-8b");
        assertThat(profile.baseUrl()).isEqualTo("http://localhost:1234/v1");
        assertThat(profile.kind()).isEqualTo(ProfileKind.OPENAI);
        assertThat(Presets.SKILL_FLEET.newProfile("sf", "Team server", "").toEndpoint(Optional.empty())).isPresent();
    }

    @Test
    void presetsAreFoundByNameIgnoringCase() {
        assertThat(Presets.named("deepseek")).contains(Presets.DEEPSEEK);
        assertThat(Presets.named("Gemini")).isEmpty();
    }
}
