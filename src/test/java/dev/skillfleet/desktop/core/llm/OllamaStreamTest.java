package dev.skillfleet.desktop.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillfleet.desktop.core.assistant.CancelToken;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.skillfleet.desktop.core.llm.Wire.fixture;
import static dev.skillfleet.desktop.core.llm.Wire.ndjson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Ollama's native NDJSON chat (wire-formats.md §3). */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OllamaStreamTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final ModelClient client = new ModelClient();
    private final Recorder events = new Recorder();

    private Endpoint endpoint(String path) {
        return Endpoint.of(Provider.OLLAMA, server.url(path).toString(), "qwen3");
    }

    private void stream(Endpoint endpoint) throws ModelException {
        client.stream(endpoint, ChatRequest.of(List.of(new ChatMessage("user", "What is 17 × 23?"))), events,
                new CancelToken());
    }

    @Test
    void streamsThinkingThenContentThenFinishAndSpeed() throws Exception {
        server.enqueue(ndjson(fixture("ollama-qwen3.ndjson")));

        stream(endpoint("/"));

        assertThat(events.reasoning()).isEqualTo("Let me multiply.");
        assertThat(events.content()).isEqualTo("391");
        assertThat(events.shape()).containsExactly("Reasoning", "Content", "Finished", "Usage");
        assertThat(events.finishReasons()).containsExactly("stop");
        StreamEvent.Usage usage = events.usages().getFirst();
        assertThat(usage.promptTokens()).isEqualTo(26);
        assertThat(usage.completionTokens()).isEqualTo(298);
        assertThat(usage.tokensPerSecond()).isCloseTo(298 / 4.709213, within(1e-9));
    }

    @Test
    void sendsTheNativeRequestToTheServerRoot() throws Exception {
        server.enqueue(ndjson(fixture("ollama-qwen3.ndjson")));

        stream(endpoint("/"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/chat");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        JsonNode body = new ObjectMapper().readTree(Wire.body(request));
        assertThat(body.get("model").asText()).isEqualTo("qwen3");
        assertThat(body.get("stream").asBoolean()).isTrue();
        assertThat(body.get("think").asBoolean()).isTrue();
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/messages/0/content").asText()).isEqualTo("What is 17 × 23?");
    }

    @Test
    void aBaseTypedWithV1StillReachesTheNativeApi() throws Exception {
        server.enqueue(ndjson(fixture("ollama-qwen3.ndjson")));

        stream(endpoint("/v1"));

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/chat");
    }

    @Test
    void anErrorLineIsTheServersErrorAndKeepsWhatCameBefore() {
        server.enqueue(ndjson(fixture("ollama-error.ndjson")));

        assertThatThrownBy(() -> stream(endpoint("/")))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ModelException.Kind.SERVER_ERROR);
                    assertThat(e.getMessage())
                            .isEqualTo("an error was encountered while running the model: unexpected EOF");
                });
        assertThat(events.content()).isEqualTo("Part");
    }

    @Test
    void aBodyThatEndsWithoutDoneWasCutOff() {
        server.enqueue(ndjson(fixture("ollama-truncated.ndjson")));

        assertThatThrownBy(() -> stream(endpoint("/")))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ModelException.Kind.INTERRUPTED);
                    assertThat(e.getMessage()).isEqualTo(
                            "The answer was cut off: the connection closed before the model finished.");
                });
        assertThat(events.content()).isEqualTo("Part of it");
    }

    @Test
    void aConnectionDroppedMidLineIsAnInterruption() {
        server.enqueue(Wire.dropAfter("application/x-ndjson",
                "{\"message\":{\"role\":\"assistant\",\"content\":\"Part\"},\"done\":false}\n{\"message\":{\"con"));

        assertThatThrownBy(() -> stream(endpoint("/")))
                .isInstanceOfSatisfying(ModelException.class,
                        e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.INTERRUPTED));
        assertThat(events.content()).isEqualTo("Part");
    }

    @Test
    void asksAgainWithoutThinkingWhenTheModelCannotThink() throws Exception {
        server.enqueue(Wire.json(400, "{\"error\":\"\\\"llama3.2\\\" does not support thinking\"}"));
        server.enqueue(ndjson("""
                {"model":"llama3.2","message":{"role":"assistant","content":"Hi"},"done":false}
                {"model":"llama3.2","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","prompt_eval_count":5,"eval_count":1,"eval_duration":1000000}
                """));

        stream(endpoint("/"));

        assertThat(events.content()).isEqualTo("Hi");
        assertThat(new ObjectMapper().readTree(Wire.body(server.takeRequest())).get("think").asBoolean()).isTrue();
        assertThat(new ObjectMapper().readTree(Wire.body(server.takeRequest())).has("think")).isFalse();
    }

    @Test
    void decodesCharactersSplitAcrossReads() throws Exception {
        String line = "{\"message\":{\"role\":\"assistant\",\"content\":\"Café 👍 漢字\"},\"done\":false}\n";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int emoji = indexOf(bytes, "👍".getBytes(StandardCharsets.UTF_8));
        int cjk = indexOf(bytes, "漢".getBytes(StandardCharsets.UTF_8));
        String done = "{\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true}\n";
        server.enqueue(new mockwebserver3.MockResponse.Builder().setHeader("Content-Type", "application/x-ndjson")
                .body(Wire.pieces(List.of(java.util.Arrays.copyOfRange(bytes, 0, emoji + 2),
                        java.util.Arrays.copyOfRange(bytes, emoji + 2, cjk + 1),
                        java.util.Arrays.copyOfRange(bytes, cjk + 1, bytes.length),
                        done.getBytes(StandardCharsets.UTF_8)))).build());

        stream(endpoint("/"));

        assertThat(events.content()).isEqualTo("Café 👍 漢字");
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
