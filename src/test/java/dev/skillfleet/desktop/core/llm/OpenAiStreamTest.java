package dev.skillfleet.desktop.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillfleet.desktop.core.assistant.CancelToken;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.skillfleet.desktop.core.llm.Wire.fixture;
import static dev.skillfleet.desktop.core.llm.Wire.sse;
import static org.assertj.core.api.Assertions.assertThat;

/** OpenAI-compatible streams (wire-formats.md §2) as servers of each family write them. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OpenAiStreamTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final ModelClient client = new ModelClient();
    private final Recorder events = new Recorder();

    private Endpoint endpoint() {
        return Endpoint.of(Provider.OPENAI, server.url("/v1").toString(), "gpt-4o-mini");
    }

    private void stream(Endpoint endpoint) throws ModelException {
        client.stream(endpoint, ChatRequest.of(List.of(new ChatMessage("system", "Be brief."),
                new ChatMessage("user", "Say hello"))), events, new CancelToken());
    }

    @Test
    void streamsContentThenFinishThenUsage() throws Exception {
        server.enqueue(sse(fixture("openai-basic.sse")));

        stream(endpoint());

        assertThat(events.content()).isEqualTo("Hello, world!");
        assertThat(events.reasoning()).isEmpty();
        assertThat(events.finishReasons()).containsExactly("stop");
        assertThat(events.usages()).containsExactly(new StreamEvent.Usage(19, 4, null));
        assertThat(events.shape()).containsExactly("Content", "Finished", "Usage");
    }

    @Test
    void sendsTheDocumentedRequest() throws Exception {
        server.enqueue(sse(fixture("openai-basic.sse")));

        stream(endpoint());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("text/event-stream");
        assertThat(request.getHeaders().get("Authorization")).as("no key, no Authorization").isNull();
        JsonNode body = new ObjectMapper().readTree(Wire.body(request));
        assertThat(body.get("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.get("stream").asBoolean()).isTrue();
        assertThat(body.at("/stream_options/include_usage").asBoolean()).isTrue();
        assertThat(body.get("messages")).hasSize(2);
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(body.at("/messages/1/role").asText()).isEqualTo("user");
        assertThat(body.at("/messages/1/content").asText()).isEqualTo("Say hello");
    }

    @Test
    void sendsTheKeyAsBearerAndTheExtraHeaders() throws Exception {
        server.enqueue(sse(fixture("openai-basic.sse")));
        Endpoint keyed = new Endpoint(Provider.OPENAI, server.url("/api/v1/").uri(), "openrouter/auto",
                Optional.of("sk-or-test-123\n"), Map.of("HTTP-Referer", "https://skillfleet.dev", "X-Title", "Skill Fleet"),
                ReasoningTags.ON, Duration.ofSeconds(5));

        stream(keyed);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).as("one slash between base and path").isEqualTo("/api/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-or-test-123");
        assertThat(request.getHeaders().get("HTTP-Referer")).isEqualTo("https://skillfleet.dev");
        assertThat(request.getHeaders().get("X-Title")).isEqualTo("Skill Fleet");
    }

    @Test
    void readsDeepSeekReasoningContentBeforeTheContentOfTheSameChunk() throws Exception {
        server.enqueue(sse(fixture("openai-deepseek-reasoning.sse")));

        stream(endpoint());

        assertThat(events.reasoning()).isEqualTo("17 times 23 is 391.");
        assertThat(events.content()).isEqualTo("391");
        assertThat(events.shape()).containsExactly("Reasoning", "Content", "Finished", "Usage");
        assertThat(events.usages()).containsExactly(new StreamEvent.Usage(13, 41, null));
    }

    @Test
    void readsVllmReasoningSegmentsAndUsageWithNullChoices() throws Exception {
        server.enqueue(sse(fixture("openai-vllm-reasoning.sse")));

        stream(endpoint());

        assertThat(events.shape()).as("think, answer, think again, answer")
                .containsExactly("Reasoning", "Content", "Reasoning", "Content", "Finished", "Usage");
        assertThat(events.reasoning()).isEqualTo("The user greets me.Maybe add more?");
        assertThat(events.content()).isEqualTo("Hi there. How can I help?");
        assertThat(events.finishReasons()).containsExactly("length");
        assertThat(events.usages()).containsExactly(new StreamEvent.Usage(10, 50, null));
    }

    @Test
    void readsLlamaCppTimingsAsSpeed() throws Exception {
        server.enqueue(sse(fixture("openai-llamacpp-timings.sse")));

        stream(endpoint());

        assertThat(events.reasoning()).isEqualTo("Short question.");
        assertThat(events.content()).isEqualTo("Paris.");
        assertThat(events.usages()).containsExactly(new StreamEvent.Usage(12, 6, 50.0));
    }

    @Test
    void mergesUsageAndTimingsIntoOneUsageEvent() throws Exception {
        server.enqueue(sse("""
                data: {"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":"stop"}],"timings":{"predicted_n":2,"predicted_per_second":42.5}}

                data: {"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":2,"total_tokens":9},"timings":{"predicted_n":2,"predicted_per_second":42.5}}

                data: [DONE]

                """));

        stream(endpoint());

        assertThat(events.usages()).containsExactly(new StreamEvent.Usage(7, 2, 42.5));
    }

    @Test
    void ignoresOpenRouterCommentsAndReadsItsReasoningField() throws Exception {
        server.enqueue(sse(fixture("openai-openrouter.sse")));

        stream(endpoint());

        assertThat(events.reasoning()).isEqualTo("Thinking...");
        assertThat(events.content()).isEqualTo("Done.");
        assertThat(events.finishReasons()).containsExactly("stop");
        assertThat(events.usages()).containsExactly(new StreamEvent.Usage(8, 20, null));
    }

    @Test
    void readsTheThinkingFieldWhenThatIsTheOnlyOne() throws Exception {
        server.enqueue(sse("""
                data: {"choices":[{"index":0,"delta":{"thinking":"hmm","content":null},"finish_reason":null}]}

                data: {"choices":[{"index":0,"delta":{"content":"ok"},"finish_reason":"stop"}]}

                data: [DONE]

                """));

        stream(endpoint());

        assertThat(events.reasoning()).isEqualTo("hmm");
        assertThat(events.content()).isEqualTo("ok");
    }

    @Test
    void passesInlineTagsThroughAsContentForTheTagStageToHandle() throws Exception {
        server.enqueue(sse("""
                data: {"choices":[{"index":0,"delta":{"content":"<think>plan</think>"},"finish_reason":null}]}

                data: {"choices":[{"index":0,"delta":{"content":"Answer"},"finish_reason":"stop"}]}

                data: [DONE]

                """));

        stream(endpoint());

        assertThat(events.content()).isEqualTo("<think>plan</think>Answer");
        assertThat(events.reasoning()).isEmpty();
    }
}
