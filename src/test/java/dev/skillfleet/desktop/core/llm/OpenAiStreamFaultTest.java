package dev.skillfleet.desktop.core.llm;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static dev.skillfleet.desktop.core.llm.Wire.fixture;
import static dev.skillfleet.desktop.core.llm.Wire.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OpenAI-compatible streams that end badly or oddly (wire-formats.md §1, §2): errors, cut-offs, stray data. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OpenAiStreamFaultTest {

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
    void anErrorObjectAfterStatus200IsTheServersErrorAndKeepsWhatCameBefore() {
        server.enqueue(sse(fixture("openai-midstream-error.sse")));

        assertThatThrownBy(() -> stream(endpoint()))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ModelException.Kind.SERVER_ERROR);
                    assertThat(e.getMessage()).isEqualTo(
                            "The server had an error while processing your request. Sorry about that!");
                });
        assertThat(events.content()).isEqualTo("The first part");
        assertThat(events.finishReasons()).isEmpty();
    }

    @Test
    void openRouterFinishReasonErrorIsAnError() {
        server.enqueue(sse("""
                data: {"choices":[{"index":0,"delta":{"content":"Partial"},"finish_reason":null}]}

                data: {"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]}

                data: [DONE]

                """));

        assertThatThrownBy(() -> stream(endpoint()))
                .isInstanceOfSatisfying(ModelException.class,
                        e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.SERVER_ERROR));
        assertThat(events.content()).isEqualTo("Partial");
    }

    @Test
    void aStreamThatEndsWithoutDoneOrFinishReasonWasCutOff() {
        server.enqueue(sse(fixture("openai-truncated.sse")));

        assertThatThrownBy(() -> stream(endpoint()))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ModelException.Kind.INTERRUPTED);
                    assertThat(e.getMessage()).isEqualTo(
                            "The answer was cut off: the connection closed before the model finished.");
                });
        assertThat(events.content()).as("what arrived is kept").isEqualTo("Once upon a time");
        assertThat(events.finishReasons()).isEmpty();
    }

    @Test
    void aConnectionDroppedMidBodyIsAnInterruption() {
        server.enqueue(Wire.dropAfter("text/event-stream", """
                data: {"choices":[{"index":0,"delta":{"content":"Once"},"finish_reason":null}]}

                """));

        assertThatThrownBy(() -> stream(endpoint()))
                .isInstanceOfSatisfying(ModelException.class,
                        e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.INTERRUPTED));
        assertThat(events.content()).isEqualTo("Once");
    }

    @Test
    void aFinishReasonWithoutDoneIsANormalEnd() throws Exception {
        server.enqueue(sse(fixture("openai-finish-no-done.sse")));

        stream(endpoint());

        assertThat(events.content()).isEqualTo("All done.");
        assertThat(events.finishReasons()).containsExactly("stop");
    }

    @Test
    void doneWithoutAFinishReasonStillFinishes() throws Exception {
        server.enqueue(sse("""
                data: {"choices":[{"index":0,"delta":{"content":"Fine"}}]}

                data: [DONE]

                """));

        stream(endpoint());

        assertThat(events.finishReasons()).containsExactly("stop");
    }

    @Test
    void stopsReadingAtDone() throws Exception {
        server.enqueue(sse("""
                data: {"choices":[{"index":0,"delta":{"content":"Before"},"finish_reason":"stop"}]}

                data: [DONE]

                data: {"choices":[{"index":0,"delta":{"content":" after"},"finish_reason":null}]}

                """));

        stream(endpoint());

        assertThat(events.content()).isEqualTo("Before");
    }

    @Test
    void skipsEmptyAndNonJsonDataButNotAPlainErrorString() throws Exception {
        server.enqueue(sse("""
                data:

                data: ping

                data: {"choices":[{"index":0,"delta":{"content":"ok"},"finish_reason":"stop"}]}

                data: [DONE]

                """));
        stream(endpoint());
        assertThat(events.content()).isEqualTo("ok");

        server.enqueue(sse("""
                data: {"choices":[{"index":0,"delta":{"content":"par"},"finish_reason":null}]}

                data: Error: model 'gpt-5' not found

                """));
        assertThatThrownBy(() -> stream(endpoint()))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ModelException.Kind.SERVER_ERROR);
                    assertThat(e.getMessage()).isEqualTo("Error: model 'gpt-5' not found");
                });
    }

    @Test
    void anErrorEventIsAnErrorWhateverItsData() {
        server.enqueue(sse("""
                event: error
                data: {"message":"context length exceeded"}

                """));

        assertThatThrownBy(() -> stream(endpoint()))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ModelException.Kind.SERVER_ERROR);
                    assertThat(e.getMessage()).isEqualTo("context length exceeded");
                });
    }

    @Test
    void readsAWholeCompletionFromAServerThatIgnoredStream() throws Exception {
        server.enqueue(Wire.json(200, """
                {"id":"chatcmpl-1","object":"chat.completion","model":"m","choices":[{"index":0,
                 "message":{"role":"assistant","content":"Whole answer","reasoning_content":"why"},
                 "finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}
                """));

        stream(endpoint());

        assertThat(events.reasoning()).isEqualTo("why");
        assertThat(events.content()).isEqualTo("Whole answer");
        assertThat(events.finishReasons()).containsExactly("stop");
        assertThat(events.usages()).containsExactly(new StreamEvent.Usage(3, 2, null));
    }

    @Test
    void anErrorDocumentWithStatus200IsTheServersError() {
        server.enqueue(Wire.json(200, "{\"error\":{\"message\":\"No such model\",\"type\":\"invalid_request_error\"}}"));

        assertThatThrownBy(() -> stream(endpoint()))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ModelException.Kind.SERVER_ERROR);
                    assertThat(e.getMessage()).isEqualTo("No such model");
                });
    }

    @Test
    void aWebPageInsteadOfAStreamPointsAtTheBaseUrl() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
                .body("<!doctype html><title>Open WebUI</title>").build());

        assertThatThrownBy(() -> stream(endpoint()))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ModelException.Kind.PROTOCOL);
                    assertThat(e.getMessage()).contains("web page").contains("/v1");
                });
    }

    @Test
    void readsAStreamWhoseContentTypeIsWrong() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain")
                .body(fixture("openai-basic.sse")).build());

        stream(endpoint());

        assertThat(events.content()).isEqualTo("Hello, world!");
    }
}
