package dev.skillfleet.desktop.core.llm;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static dev.skillfleet.desktop.core.llm.Wire.fixture;
import static dev.skillfleet.desktop.core.llm.Wire.json;
import static dev.skillfleet.desktop.core.llm.Wire.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Error statuses before the stream: the server's own words, the status, and what to do next. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HttpErrorTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final ModelClient client = new ModelClient();

    private ModelException failure(Provider provider, String path) {
        return failure(Endpoint.of(provider, server.url(path).toString(), "m"));
    }

    private ModelException failure(Endpoint endpoint) {
        return catchThrowableOfType(ModelException.class, () -> client.stream(endpoint,
                ChatRequest.of(List.of(new ChatMessage("user", "hi"))), new Recorder(), new CancelToken()));
    }

    @Test
    void openAiErrorObjectGivesTheServersMessage() {
        server.enqueue(json(401, """
                {"error":{"message":"Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}
                """));

        ModelException e = failure(Endpoint.of(Provider.OPENAI, server.url("/v1").toString(), "m").withApiKey("sk-abc"));

        assertThat(e.kind()).isEqualTo(ModelException.Kind.HTTP_STATUS);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).startsWith("HTTP 401: Incorrect API key provided")
                .endsWith("Check the API key in the endpoint settings.");
        assertThat(e.unreachable()).isFalse();
    }

    @Test
    void unauthorizedWithoutAKeySaysOneIsNeeded() {
        server.enqueue(json(401, "{\"error\":{\"message\":\"Missing bearer authentication in header\",\"type\":\"invalid_request_error\"}}"));

        assertThat(failure(Provider.OPENAI, "/v1").getMessage())
                .isEqualTo("HTTP 401: Missing bearer authentication in header. This server needs an API key: add one"
                        + " in the endpoint settings.");
    }

    @Test
    void ollamaErrorStringIsQuoted() {
        server.enqueue(json(404, "{\"error\":\"model \\\"qwen9\\\" not found, try pulling it first\"}"));

        assertThat(failure(Provider.OLLAMA, "/").getMessage())
                .isEqualTo("HTTP 404: model \"qwen9\" not found, try pulling it first.");
    }

    @Test
    void aBare404PointsAtTheBaseUrl() {
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "text/html")
                .body("<html><body><h1>404 Not Found</h1></body></html>").build());

        ModelException e = failure(Provider.OPENAI, "/");

        assertThat(e.getMessage()).startsWith("HTTP 404: ").contains("Check the base URL").contains("/v1");
    }

    @Test
    void skillFleetValidationErrorShowsDetailsAndRequestId() {
        server.enqueue(new MockResponse.Builder().code(422).setHeader("Content-Type", "application/json")
                .setHeader("X-Request-ID", "req-9f2").body("""
                        {"error":"Validation error","request_id":"req-9f2","details":[{"loc":["body","message"],"msg":"Field required","type":"missing"}]}
                        """).build());

        assertThat(failure(Provider.SKILLFLEET, "/").getMessage())
                .isEqualTo("HTTP 422: Validation error (body.message: Field required) [request req-9f2].");
    }

    @Test
    void fastApiDetailIsQuoted() {
        server.enqueue(json(405, "{\"detail\":\"Method Not Allowed\"}"));

        assertThat(failure(Provider.SKILLFLEET, "/").getMessage()).isEqualTo("HTTP 405: Method Not Allowed.");
    }

    @Test
    void rateLimitCarriesRetryAfterSeconds() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
                .setHeader("Retry-After", "20")
                .body("{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}")
                .build());

        ModelException e = failure(Provider.OPENAI, "/v1");

        assertThat(e.status()).isEqualTo(429);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(20));
        assertThat(e.getMessage()).isEqualTo("HTTP 429: Rate limit reached for requests. Try again in 20 s.");
    }

    @Test
    void unavailableCarriesRetryAfterAsAnHttpDate() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2));
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", inTwoMinutes)
                .setHeader("Content-Type", "text/plain").body("Service temporarily overloaded").build());

        ModelException e = failure(Provider.OPENAI, "/v1");

        assertThat(e.retryAfter()).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(2)));
        assertThat(e.getMessage()).startsWith("HTTP 503: Service temporarily overloaded. Try again in ");
    }

    @Test
    void llamaCppLoadingModelSaysToRetry() {
        server.enqueue(json(503, "{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}"));

        ModelException e = failure(Provider.OPENAI, "/v1");

        assertThat(e.status()).isEqualTo(503);
        assertThat(e.getMessage()).isEqualTo("HTTP 503: Loading model. The server is still loading the model; try"
                + " again in a moment.");
    }

    @Test
    void plainTextErrorBodyIsQuoted() {
        server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/plain")
                .body("upstream connect error or disconnect/reset before headers\n").build());

        assertThat(failure(Provider.OPENAI, "/v1").getMessage())
                .isEqualTo("HTTP 502: upstream connect error or disconnect/reset before headers.");
    }

    @Test
    void anEmptyErrorBodyGivesTheReasonPhrase() {
        server.enqueue(new MockResponse.Builder().code(500).build());

        ModelException e = failure(Provider.OPENAI, "/v1");

        assertThat(e.getMessage()).matches("HTTP 500: \\S.*");
        assertThat(e.status()).isEqualTo(500);
    }

    @Test
    void aPostRedirectedWith307IsFollowedWithItsBody() throws Exception {
        server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "/moved/api/v1/chat/stream").build());
        server.enqueue(sse(fixture("skillfleet-v2-prediction.sse")));
        Recorder events = new Recorder();

        client.stream(Endpoint.of(Provider.SKILLFLEET, server.url("/").toString(), ""),
                ChatRequest.of(List.of(new ChatMessage("user", "hi"))), events, new CancelToken());

        assertThat(events.content()).isEqualTo("Skill Fleet has 12 skills.");
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getMethod()).isEqualTo("POST");
        assertThat(second.getUrl().encodedPath()).isEqualTo("/moved/api/v1/chat/stream");
        assertThat(Wire.body(second)).isEqualTo(Wire.body(first)).contains("\"message\":\"hi\"");
    }
}
