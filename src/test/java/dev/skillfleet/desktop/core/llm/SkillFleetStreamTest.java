package dev.skillfleet.desktop.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillfleet.desktop.core.assistant.CancelToken;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.skillfleet.desktop.core.llm.Wire.fixture;
import static dev.skillfleet.desktop.core.llm.Wire.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both Skill Fleet server formats (wire-formats.md §4), detected from the stream. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SkillFleetStreamTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final ModelClient client = new ModelClient();
    private final Recorder events = new Recorder();

    private Endpoint endpoint() {
        return Endpoint.of(Provider.SKILLFLEET, server.url("/").toString(), "");
    }

    private void stream() throws ModelException {
        client.stream(endpoint(), ChatRequest.of(List.of(new ChatMessage("user", "List my skills"))), events,
                new CancelToken());
    }

    private static ModelException.Kind kindOf(Throwable e) {
        return ((ModelException) e).kind();
    }

    @Test
    void documentedFormatReadsOnPastTheFirstComplete() throws Exception {
        server.enqueue(sse(fixture("skillfleet-v1.sse")));

        stream();

        assertThat(events.reasoning()).isEqualTo("Reading the request\nIt asks for a skill list\n");
        assertThat(events.content()).isEqualTo("Here are the skills for Python testing: pytest-fixtures, coverage-report.");
        assertThat(events.shape()).containsExactly("Reasoning", "Content", "Finished");
        assertThat(events.finishReasons()).containsExactly("stop");
    }

    @Test
    void documentedFormatWithoutCompleteWasCutOff() {
        server.enqueue(sse("""
                event: response
                data: {"type": "response", "content": "Half an ans"}

                """));

        assertThatThrownBy(this::stream).satisfies(e -> {
            assertThat(kindOf(e)).isEqualTo(ModelException.Kind.INTERRUPTED);
            assertThat(e.getMessage()).isEqualTo(
                    "The answer was cut off: the connection closed before the model finished.");
        });
        assertThat(events.content()).isEqualTo("Half an ans");
    }

    @Test
    void documentedFormatDroppedAfterTheFirstCompleteWasCutOff() {
        server.enqueue(Wire.dropAfter("text/event-stream", """
                event: thinking
                data: {"type": "thought", "content": "Intent found", "step": 1}

                event: complete
                data:

                """));

        assertThatThrownBy(this::stream).satisfies(e -> assertThat(kindOf(e)).isEqualTo(ModelException.Kind.INTERRUPTED));
        assertThat(events.finishReasons()).isEmpty();
    }

    @Test
    void documentedErrorAsJsonCarriesTheExceptionName() {
        server.enqueue(sse(fixture("skillfleet-v1-error.sse")));

        assertThatThrownBy(this::stream).satisfies(e -> {
            assertThat(kindOf(e)).isEqualTo(ModelException.Kind.SERVER_ERROR);
            assertThat(e.getMessage()).isEqualTo("Taxonomy file not found (FileNotFoundError)");
        });
        assertThat(events.reasoning()).isEqualTo("Loading the taxonomy\n");
    }

    @Test
    void documentedErrorAsPlainText() {
        server.enqueue(sse("""
                event: error
                data: Model backend unavailable

                """));

        assertThatThrownBy(this::stream).satisfies(e -> {
            assertThat(kindOf(e)).isEqualTo(ModelException.Kind.SERVER_ERROR);
            assertThat(e.getMessage()).isEqualTo("Model backend unavailable");
        });
    }

    @Test
    void currentFormatPredictionCarriesReasoningAndResponse() throws Exception {
        server.enqueue(sse(fixture("skillfleet-v2-prediction.sse")));

        stream();

        assertThat(events.reasoning()).isEqualTo("The user wants a summary.");
        assertThat(events.content()).isEqualTo("Skill Fleet has 12 skills.");
        assertThat(events.shape()).containsExactly("Reasoning", "Content", "Finished");
    }

    @Test
    void streamedChunksAreNotRepeatedByThePrediction() throws Exception {
        server.enqueue(sse(fixture("skillfleet-v2-streamed.sse")));

        stream();

        assertThat(events.content()).as("the prediction adds only what the chunks had not delivered")
                .isEqualTo("Skill Fleet has 12 skills.");
        assertThat(events.reasoning()).as("reasoning given as {content}").isEqualTo("Counted the skills.");
    }

    @Test
    void aPredictionThatRewordsTheStreamedTextAddsNothing() throws Exception {
        server.enqueue(sse("""
                data: {"type": "stream", "data": {"field": "response", "content": "Hello  there"}}

                data: {"type": "prediction", "data": {"fields": {"response": "Hello there"}}}

                data: [DONE]

                """));

        stream();

        assertThat(events.content()).isEqualTo("Hello  there");
    }

    @Test
    void agentEventsGiveStatusAsThinkingAndTheAnswerOnce() throws Exception {
        server.enqueue(sse(fixture("skillfleet-v2-agent.sse")));

        stream();

        assertThat(events.reasoning()).isEqualTo("Drafting the skill\nWorkflow done.");
        assertThat(events.content()).isEqualTo("The skill is ready. Open it?");
        assertThat(events.finishReasons()).containsExactly("stop");
    }

    @Test
    void currentFormatErrorEvent() {
        server.enqueue(sse(fixture("skillfleet-v2-error.sse")));

        assertThatThrownBy(this::stream).satisfies(e -> {
            assertThat(kindOf(e)).isEqualTo(ModelException.Kind.SERVER_ERROR);
            assertThat(e.getMessage()).isEqualTo("LM call failed: rate limited");
        });
        assertThat(events.content()).isEqualTo("Looking");
    }

    @Test
    void agentErrorWithTheMessageAtTopLevel() {
        server.enqueue(sse("""
                data: {"type": "error", "message": "Job job-7 not found"}

                data: [DONE]

                """));

        assertThatThrownBy(this::stream).satisfies(e -> {
            assertThat(kindOf(e)).isEqualTo(ModelException.Kind.SERVER_ERROR);
            assertThat(e.getMessage()).isEqualTo("Job job-7 not found");
        });
    }

    @Test
    void currentFormatWithoutDoneWasCutOff() {
        server.enqueue(sse("""
                data: {"type": "stream", "data": {"field": "response", "content": "Part"}}

                """));

        assertThatThrownBy(this::stream).satisfies(e -> assertThat(kindOf(e)).isEqualTo(ModelException.Kind.INTERRUPTED));
        assertThat(events.content()).isEqualTo("Part");
    }

    @Test
    void aStreamOfUnknownEventsIsNotUnderstood() {
        server.enqueue(sse("""
                data: {"hello": "world"}

                """));

        assertThatThrownBy(this::stream).satisfies(e -> assertThat(kindOf(e)).isEqualTo(ModelException.Kind.PROTOCOL));
    }

    @Test
    void sendsTheMessageSessionAndRecentHistory() throws Exception {
        server.enqueue(sse(fixture("skillfleet-v2-prediction.sse")));
        List<ChatMessage> messages = List.of(
                new ChatMessage("system", "You are Skill Fleet."),
                new ChatMessage("user", "Hi"),
                new ChatMessage("assistant", "Hello! What do you need?"),
                new ChatMessage("user", "List my skills"));

        client.stream(endpoint(), new ChatRequest(messages, "sess-42", Map.of("taxonomy", "default")), events,
                new CancelToken());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/chat/stream");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("text/event-stream");
        JsonNode body = new ObjectMapper().readTree(Wire.body(request));
        assertThat(body.get("message").asText()).isEqualTo("List my skills");
        assertThat(body.get("session_id").asText()).isEqualTo("sess-42");
        assertThat(body.at("/context/taxonomy").asText()).isEqualTo("default");
        JsonNode history = body.at("/context/history");
        assertThat(history).hasSize(2);
        assertThat(history.at("/0/role").asText()).isEqualTo("user");
        assertThat(history.at("/0/content").asText()).isEqualTo("Hi");
        assertThat(history.at("/1/role").asText()).isEqualTo("assistant");
    }

    @Test
    void historyKeepsTheNewestMessagesWithinTheServersLimit() throws Exception {
        server.enqueue(sse(fixture("skillfleet-v2-prediction.sse")));
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            messages.add(new ChatMessage(i % 2 == 0 ? "user" : "assistant", i + ":" + "x".repeat(500)));
        }
        messages.add(new ChatMessage("user", "now"));

        client.stream(Endpoint.of(Provider.SKILLFLEET, server.url("/api/v1").toString(), ""),
                ChatRequest.of(messages), events, new CancelToken());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).as("a base typed with /api/v1 still works")
                .isEqualTo("/api/v1/chat/stream");
        JsonNode body = new ObjectMapper().readTree(Wire.body(request));
        assertThat(body.has("session_id")).as("no session, no session_id").isFalse();
        JsonNode history = body.at("/context/history");
        int chars = 0;
        for (JsonNode message : history) {
            chars += message.get("content").asText().length();
        }
        assertThat(body.get("context").toString().length()).isLessThan(10_000);
        assertThat(chars).isLessThanOrEqualTo(8_000);
        assertThat(history.get(history.size() - 1).get("content").asText()).startsWith("39:");
    }
}
