package dev.skillfleet.desktop.core.llm;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.List;

import static dev.skillfleet.desktop.core.llm.Wire.json;
import static dev.skillfleet.desktop.core.llm.Wire.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The API key is sent, and never shown: not in a message, a cause, a stack trace print-out or a toString. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SecretsTest {

    private static final String KEY = "sk-test-SECRET123";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final ModelClient client = new ModelClient();

    private Endpoint endpoint(Provider provider) {
        return Endpoint.of(provider, server.url(provider == Provider.OPENAI ? "/v1" : "/").toString(), "m")
                .withApiKey(KEY);
    }

    private ModelException streamFailure(Provider provider) {
        return catchThrowableOfType(ModelException.class, () -> client.stream(endpoint(provider),
                ChatRequest.of(List.of(new ChatMessage("user", "hi"))), new Recorder(), new CancelToken()));
    }

    private static void assertNoKey(Throwable e) {
        assertThat(e).isNotNull();
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(KEY);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
            assertThat(t.toString()).doesNotContain(KEY);
        }
    }

    @Test
    void theKeyIsSentAsBearer() throws Exception {
        server.enqueue(sse(Wire.fixture("openai-basic.sse")));

        client.stream(endpoint(Provider.OPENAI), ChatRequest.of(List.of(new ChatMessage("user", "hi"))),
                new Recorder(), new CancelToken());

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    void a401ThatEchoesTheKeyIsMasked() {
        server.enqueue(json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY
                + ". You can find your API key at https://platform.openai.com/account/api-keys.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));

        ModelException e = streamFailure(Provider.OPENAI);

        assertThat(e.getMessage()).startsWith("HTTP 401: Incorrect API key provided: ***.");
        assertNoKey(e);
    }

    @Test
    void aPlainTextEchoIsMasked() {
        server.enqueue(new MockResponse.Builder().code(403).setHeader("Content-Type", "text/plain")
                .body("Forbidden: key " + KEY + " has no access").build());

        assertNoKey(streamFailure(Provider.SKILLFLEET));
    }

    @Test
    void aMidStreamErrorEchoIsMasked() {
        server.enqueue(sse("data: {\"error\":{\"message\":\"Key " + KEY + " exceeded its quota\"}}\n\n"));
        assertNoKey(streamFailure(Provider.OPENAI));

        server.enqueue(Wire.ndjson("{\"error\":\"unauthorized key " + KEY + "\"}\n"));
        assertNoKey(streamFailure(Provider.OLLAMA));

        server.enqueue(sse("event: error\ndata: bad key " + KEY + "\n\n"));
        assertNoKey(streamFailure(Provider.SKILLFLEET));
    }

    @Test
    void listingAndTestingFailuresAreMasked() {
        server.enqueue(json(401, "{\"error\":\"bad key " + KEY + "\"}"));
        assertNoKey(catchThrowableOfType(ModelException.class, () -> client.listModels(endpoint(Provider.OLLAMA))));

        server.enqueue(json(401, "{\"error\":{\"message\":\"bad key " + KEY + "\"}}"));
        assertNoKey(catchThrowableOfType(ModelException.class, () -> client.testConnection(endpoint(Provider.OPENAI))));
    }

    @Test
    void connectionFailuresDoNotMentionTheKey() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Endpoint endpoint = Endpoint.of(Provider.OPENAI, "http://127.0.0.1:" + port + "/v1", "m").withApiKey(KEY);

        assertNoKey(catchThrowableOfType(ModelException.class, () -> client.stream(endpoint,
                ChatRequest.of(List.of(new ChatMessage("user", "hi"))), new Recorder(), new CancelToken())));
        assertThat(endpoint.toString()).doesNotContain(KEY);
    }
}
