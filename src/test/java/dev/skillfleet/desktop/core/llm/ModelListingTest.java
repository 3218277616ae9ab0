package dev.skillfleet.desktop.core.llm;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.skillfleet.desktop.core.llm.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** listModels and testConnection for each provider. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ModelListingTest {

    private static final String OPENAI_MODELS = """
            {"object":"list","data":[{"id":"llama3.2","object":"model","created":1727000000,"owned_by":"library"},
             {"id":"qwen3:8b","object":"model","created":1727000001,"owned_by":"library"},
             {"id":"gpt-oss:20b","object":"model","created":1727000002,"owned_by":"library"}]}
            """;

    private static final String OLLAMA_TAGS = """
            {"models":[{"name":"qwen3:latest","model":"qwen3:latest","modified_at":"2025-05-01T10:00:00Z","size":5225388164,
              "digest":"e4b5","details":{"format":"gguf","family":"qwen3","parameter_size":"8.2B","quantization_level":"Q4_K_M"}},
             {"name":"llama3.2:latest","model":"llama3.2:latest","size":2019393189,"digest":"a80c"}]}
            """;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final ModelClient client = new ModelClient();

    private Endpoint endpoint(Provider provider, String path, String model) {
        return Endpoint.of(provider, server.url(path).toString(), model);
    }

    @Test
    void openAiListsDataIds() throws Exception {
        server.enqueue(json(200, OPENAI_MODELS));

        assertThat(client.listModels(endpoint(Provider.OPENAI, "/v1", "").withApiKey("sk-list")))
                .containsExactly("llama3.2", "qwen3:8b", "gpt-oss:20b");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/models");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-list");
    }

    @Test
    void openAiConnectionTestCountsModels() throws Exception {
        server.enqueue(json(200, OPENAI_MODELS));
        assertThat(client.testConnection(endpoint(Provider.OPENAI, "/v1", "llama3.2"))).isEqualTo("Connected: 3 models");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();

        server.enqueue(json(200, OPENAI_MODELS));
        assertThat(client.testConnection(endpoint(Provider.OPENAI, "/v1", "mistral")))
                .isEqualTo("Connected: 3 models (\"mistral\" is not among them)");

        server.enqueue(json(200, "{\"object\":\"list\",\"data\":[]}"));
        assertThat(client.testConnection(endpoint(Provider.OPENAI, "/v1", "")))
                .startsWith("Connected: the server lists no models");
    }

    @Test
    void ollamaListsTagNamesFromTheServerRoot() throws Exception {
        server.enqueue(json(200, OLLAMA_TAGS));

        assertThat(client.listModels(endpoint(Provider.OLLAMA, "/", ""))).containsExactly("qwen3:latest", "llama3.2:latest");

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/tags");
    }

    @Test
    void ollamaConnectionTestMatchesUntaggedNames() throws Exception {
        server.enqueue(json(200, OLLAMA_TAGS));

        assertThat(client.testConnection(endpoint(Provider.OLLAMA, "/v1", "qwen3"))).isEqualTo("Connected: 2 models");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/tags");
    }

    @Test
    void skillFleetHasNoModelsToListAndAsksNothing() throws Exception {
        assertThat(client.listModels(endpoint(Provider.SKILLFLEET, "/", ""))).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void skillFleetConnectionTestAsksHealth() throws Exception {
        server.enqueue(json(200, "{\"status\":\"healthy\",\"version\":\"0.3.1\"}"));
        assertThat(client.testConnection(endpoint(Provider.SKILLFLEET, "/", "")))
                .isEqualTo("Connected: Skill Fleet server is up (version 0.3.1)");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/health");

        server.enqueue(json(200, "{\"status\":\"ok\"}"));
        assertThat(client.testConnection(endpoint(Provider.SKILLFLEET, "/api/v1", "")))
                .isEqualTo("Connected: Skill Fleet server is up");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/health");

        server.enqueue(json(200, "{\"status\":\"degraded\"}"));
        assertThat(client.testConnection(endpoint(Provider.SKILLFLEET, "/", "")))
                .isEqualTo("Connected, but the Skill Fleet server reports \"degraded\"");
    }

    @Test
    void redirectsOnGetAreFollowed() throws Exception {
        server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "/health/").build());
        server.enqueue(json(200, "{\"status\":\"healthy\"}"));

        assertThat(client.testConnection(endpoint(Provider.SKILLFLEET, "/", ""))).startsWith("Connected");
    }

    @Test
    void errorStatusesUseTheServersWords() {
        server.enqueue(json(401, "{\"error\":{\"message\":\"Invalid token\",\"type\":\"auth\"}}"));

        ModelException e = catchThrowableOfType(ModelException.class,
                () -> client.testConnection(endpoint(Provider.OPENAI, "/v1", "")));

        assertThat(e.kind()).isEqualTo(ModelException.Kind.HTTP_STATUS);
        assertThat(e.getMessage()).startsWith("HTTP 401: Invalid token.");
    }

    @Test
    void aWebPageIsNotAModelList() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
                .body("<!DOCTYPE html><html><body>Dashboard</body></html>").build());

        ModelException e = catchThrowableOfType(ModelException.class,
                () -> client.listModels(endpoint(Provider.OPENAI, "/", "")));

        assertThat(e.kind()).isEqualTo(ModelException.Kind.PROTOCOL);
        assertThat(e.getMessage()).contains("web page").contains("/v1");
    }
}
