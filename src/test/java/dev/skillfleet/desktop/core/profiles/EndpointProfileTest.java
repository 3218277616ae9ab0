package dev.skillfleet.desktop.core.profiles;

import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.Provider;
import dev.skillfleet.desktop.core.llm.ReasoningTags;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointProfileTest {

    private static InvalidProfileException invalid(Runnable create) {
        try {
            create.run();
        } catch (InvalidProfileException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidProfileException");
    }

    @Test
    void aBaseUrlMustBeHttpOrHttps() {
        assertThatThrownBy(() -> EndpointProfile.of("x", "X", ProfileKind.OPENAI, "ftp://host/v1", "m"))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("Base URL must start with http:// or https://");
        assertThatThrownBy(() -> EndpointProfile.of("x", "X", ProfileKind.OPENAI, "localhost:1234/v1", "m"))
                .hasMessageContaining("Base URL must start with http:// or https://");
        assertThatThrownBy(() -> EndpointProfile.of("x", "X", ProfileKind.SKILLFLEET, " ", ""))
                .hasMessageContaining("Base URL is required");
        assertThat(EndpointProfile.of("x", "X", ProfileKind.OPENAI, " HTTPS://api.example.com/v1 ", "m").baseUrl())
                .isEqualTo("HTTPS://api.example.com/v1");
    }

    @Test
    void aModelIsRequiredForOpenAiAndOllamaButNotForASkillFleetServer() {
        assertThatThrownBy(() -> EndpointProfile.of("x", "X", ProfileKind.OPENAI, "http://localhost:1234/v1", " "))
                .hasMessageContaining("Model is required for an OpenAI-compatible profile");
        assertThatThrownBy(() -> EndpointProfile.of("x", "X", ProfileKind.OLLAMA, "http://localhost:11434", null))
                .hasMessageContaining("Model is required for an Ollama profile");
        assertThat(EndpointProfile.of("x", "X", ProfileKind.SKILLFLEET, "http://localhost:8000", "").model()).isEmpty();
    }

    @Test
    void everyProblemIsListedAtOnce() {
        InvalidProfileException e = invalid(() -> EndpointProfile.of("Bad Id", "", ProfileKind.OPENAI, "nope", ""));
        assertThat(e.problems()).hasSize(4).anySatisfy(p -> assertThat(p).startsWith("Id must be"))
                .anySatisfy(p -> assertThat(p).isEqualTo("Name is required."))
                .anySatisfy(p -> assertThat(p).startsWith("Base URL must start"))
                .anySatisfy(p -> assertThat(p).startsWith("Model is required"));
    }

    @Test
    void credentialsHaveNoPlaceInTheSettingsFile() {
        assertThatThrownBy(() -> EndpointProfile.of("x", "X", ProfileKind.OPENAI, "https://me:pw@host/v1", "m"))
                .hasMessageContaining("must not contain a user name or password");
        InvalidProfileException e = invalid(() -> EndpointProfile.of("x", "X", ProfileKind.OPENAI, "https://h/v1", "m")
                .withHeaders(Map.of("Authorization", "Bearer sk-SECRET")));
        assertThat(e.getMessage()).contains("API key field").doesNotContain("sk-SECRET");
    }

    @Test
    void headerValuesMustBeOneLineAndAreNeverQuotedBack() {
        InvalidProfileException e = invalid(() -> EndpointProfile.of("x", "X", ProfileKind.OPENAI, "https://h/v1", "m")
                .withHeaders(Map.of("X-Team", "token-123\r\nEvil: yes")));
        assertThat(e.getMessage()).contains("X-Team").contains("one line").doesNotContain("token-123");
        assertThatThrownBy(() -> EndpointProfile.of("x", "X", ProfileKind.OPENAI, "https://h/v1", "m")
                .withHeaders(Map.of("bad name", "v"))).hasMessageContaining("not a valid HTTP header name");
    }

    @Test
    void headersKeepTheOrderTheyWereTypedIn() {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : new String[] {"X-Z", "X-A", "X-M", "X-B"}) {
            typed.put(name, "v");
        }
        EndpointProfile profile = EndpointProfile.of("x", "X", ProfileKind.OPENAI, "https://h/v1", "m").withHeaders(typed);
        assertThat(profile.headers().keySet()).containsExactly("X-Z", "X-A", "X-M", "X-B");
    }

    @Test
    void onlyTheBuiltInProfileIsOfflineAndItsIdIsReserved() {
        assertThat(EndpointProfile.OFFLINE.isOffline()).isTrue();
        assertThat(EndpointProfile.OFFLINE.displayName()).isEqualTo("Built-in (offline)");
        assertThatThrownBy(() -> EndpointProfile.of("mine", "Mine", ProfileKind.OFFLINE, "", ""))
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> EndpointProfile.of("offline", "Mine", ProfileKind.OPENAI, "https://h/v1", "m"))
                .hasMessageContaining("reserved");
    }

    @Test
    void theOfflineProfileHasNoEndpoint() {
        assertThat(EndpointProfile.OFFLINE.toEndpoint(Optional.of("sk-x"))).isEmpty();
    }

    @Test
    void aProfileBecomesAnEndpointWithTheKeyFromTheKeystore() {
        EndpointProfile profile = new EndpointProfile("lm", "LM", ProfileKind.OPENAI, "http://localhost:1234/v1", "qwen3",
                Map.of("X-Team", "skills"), ReasoningTags.FORCED_OPEN, false, true);
        Endpoint endpoint = profile.toEndpoint(Optional.of("sk-SECRET")).orElseThrow();
        assertThat(endpoint.provider()).isEqualTo(Provider.OPENAI);
        assertThat(endpoint.url("/chat/completions")).isEqualTo("http://localhost:1234/v1/chat/completions");
        assertThat(endpoint.model()).isEqualTo("qwen3");
        assertThat(endpoint.apiKey()).contains("sk-SECRET");
        assertThat(endpoint.headers()).containsEntry("X-Team", "skills");
        assertThat(endpoint.reasoningTags()).isEqualTo(ReasoningTags.FORCED_OPEN);
        assertThat(endpoint.toString()).doesNotContain("sk-SECRET");

        assertThat(EndpointProfile.of("o", "O", ProfileKind.OLLAMA, "http://localhost:11434", "llama3.2")
                .toEndpoint(Optional.empty()).orElseThrow().provider()).isEqualTo(Provider.OLLAMA);
        assertThat(EndpointProfile.of("s", "S", ProfileKind.SKILLFLEET, "http://localhost:8000", "")
                .toEndpoint(Optional.empty()).orElseThrow().provider()).isEqualTo(Provider.SKILLFLEET);
    }

    @Test
    void newProfilesCacheCompletionsAndHaveNoKeyUntilOneIsStored() {
        EndpointProfile profile = EndpointProfile.of("x", "X", ProfileKind.OPENAI, "https://h/v1", "m");
        assertThat(profile.cacheCompletions()).isTrue();
        assertThat(profile.hasApiKey()).isFalse();
        assertThat(profile.reasoningTags()).isEqualTo(ReasoningTags.ON);
        assertThat(profile.withCacheCompletions(false).cacheCompletions()).isFalse();
    }
}
