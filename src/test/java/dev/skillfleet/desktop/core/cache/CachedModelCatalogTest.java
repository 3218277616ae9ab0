package dev.skillfleet.desktop.core.cache;

import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.llm.ModelException;
import dev.skillfleet.desktop.core.llm.Provider;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Model lists kept in the global tier, against a real server on loopback. */
class CachedModelCatalogTest {

    private static final String KEY = "sk-catalog-secret-987654321";

    private final MockWebServer server = new MockWebServer();
    private final TieredCache cache = new TieredCache();
    private final CachedModelCatalog catalog = new CachedModelCatalog(new ModelClient(), cache);
    private Endpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        server.start();
        ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
        endpoint = Endpoint.of(Provider.OPENAI, server.url("/v1").toString(), "").withApiKey(KEY);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void models(String... ids) {
        StringBuilder body = new StringBuilder("{\"object\":\"list\",\"data\":[");
        for (int i = 0; i < ids.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(ids[i]).append("\",\"object\":\"model\"}");
        }
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body(body.append("]}").toString()).build());
    }

    @Test
    void theListIsAskedForOnceWithinTheTimeToLive() throws Exception {
        models("llama3", "qwen3");

        assertThat(catalog.models(endpoint)).containsExactly("llama3", "qwen3");
        assertThat(catalog.models(endpoint)).containsExactly("llama3", "qwen3");

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(cache.stats().get(CacheTier.GLOBAL)).isEqualTo(new TierStats(1, 1, 0, 1));
    }

    @Test
    void refreshAsksTheServerAgain() throws Exception {
        models("llama3");
        models("llama3", "new-model");

        catalog.models(endpoint);
        catalog.refresh(endpoint);

        assertThat(catalog.models(endpoint)).containsExactly("llama3", "new-model");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aFailureIsNotKept() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
        models("llama3");

        assertThatThrownBy(() -> catalog.models(endpoint)).isInstanceOf(ModelException.class);
        assertThat(catalog.models(endpoint)).containsExactly("llama3");
    }

    @Test
    void theApiKeyIsInNoKeyAndTheListIsSharedAcrossKeys() throws Exception {
        models("llama3");

        catalog.models(endpoint);
        catalog.models(endpoint.withApiKey("sk-other"));

        assertThat(server.getRequestCount()).isEqualTo(1);
        List<String> shown = new ArrayList<>();
        cache.invalidateWhere(key -> {
            shown.add(key.toString());
            return false;
        });
        assertThat(shown).singleElement().asString().contains("models").contains("OPENAI http://")
                .doesNotContain(KEY);
        assertThat(cache.stats().toString()).doesNotContain(KEY);
    }

    @Test
    void aUrlWithCredentialsIsShownWithoutThem() {
        Endpoint withSecrets = Endpoint.of(Provider.OLLAMA, "https://user:pw-123@models.example:8443/api?key=abc", "m");

        assertThat(EndpointScope.of(withSecrets)).isEqualTo("OLLAMA https://models.example:8443/api");
    }
}
