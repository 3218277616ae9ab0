package dev.skillfleet.desktop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `chat --endpoint …` against a real HTTP server on loopback that streams OpenAI-style bytes. */
class ChatWithEndpointTest {

    @TempDir
    Path temp;
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static String chunk(String deltaJson, String finish) {
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":" + deltaJson
                + ",\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"") + "}],\"usage\":null}\n\n";
    }

    private String base() {
        return server.url("/v1").toString();
    }

    private CliRun chat(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("chat", "--library", temp.resolve("lib").toString(),
                "--format", "jsonl", "--endpoint", base(), "--model", "test-model"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aChatTurnStreamsThinkingAndAnswerFromTheModel() throws Exception {
        String body = chunk("{\"role\":\"assistant\",\"content\":\"\",\"reasoning_content\":\"The user greets me.\"}", null)
                + chunk("{\"content\":\"Hello\"}", null)
                + chunk("{\"content\":\" there!\"}", null)
                + chunk("{}", "stop")
                + "data: {\"id\":\"c1\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,\"total_tokens\":15}}\n\n"
                + "data: [DONE]\n\n";
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build());

        CliRun run = chat("Hello");

        assertThat(run.exit()).isZero();
        List<JsonNode> events = run.jsonLines();
        String thinking = join(events, "thinking");
        String response = join(events, "response");
        assertThat(thinking).contains("Intent: chat").contains("The user greets me.");
        assertThat(response).isEqualTo("Hello there!");
        assertThat(events.getLast().get("state").asText()).isEqualTo("COMPLETED");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/chat/completions");
        JsonNode sent = new ObjectMapper().readTree(request.getBody().utf8());
        assertThat(sent.get("model").asText()).isEqualTo("test-model");
        assertThat(sent.get("stream").asBoolean()).isTrue();
        JsonNode messages = sent.get("messages");
        assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
        assertThat(messages.get(messages.size() - 1).get("content").asText()).isEqualTo("Hello");
        assertThat(request.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void inlineThinkTagsBecomeThinking() {
        String body = chunk("{\"content\":\"<thi\"}", null) + chunk("{\"content\":\"nk>pondering</think>\\n\\nThe answer\"}", null)
                + chunk("{}", "stop") + "data: [DONE]\n\n";
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build());
        CliRun run = chat("Hello");
        assertThat(join(run.jsonLines(), "thinking")).contains("pondering");
        assertThat(join(run.jsonLines(), "response")).doesNotContain("think").contains("The answer");
    }

    @Test
    void theApiKeyIsSentButNeverPrinted() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":\"Incorrect API key provided: sk-test-SECRET123\",\"type\":\"invalid_request_error\"}}")
                .build());
        List<String> args = List.of("chat", "--library", temp.resolve("lib").toString(), "--format", "jsonl",
                "--data", temp.resolve("data").toString(),
                "--endpoint", base(), "--model", "m", "--api-key-env", "SKILL_FLEET_TEST_KEY", "Hello");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = RootCommand.run(args.toArray(String[]::new), p -> { }, new java.io.PrintWriter(out),
                new java.io.PrintWriter(err), java.util.Map.of("SKILL_FLEET_TEST_KEY", "sk-test-SECRET123"));

        assertThat(exit).isEqualTo(1);
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer sk-test-SECRET123");
        assertThat(out.toString() + err).doesNotContain("SECRET123").contains("401");
    }

    @Test
    void aMidStreamErrorKeepsThePartialAnswerThenFails() {
        String body = chunk("{\"content\":\"Partial \"}", null) + chunk("{\"content\":\"answer\"}", null)
                + "data: {\"error\":{\"message\":\"The server had an error while processing your request. Sorry about that!\",\"type\":\"server_error\"}}\n\n";
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build());

        CliRun run = chat("Hello");

        assertThat(run.exit()).isEqualTo(1);
        List<JsonNode> events = run.jsonLines();
        assertThat(join(events, "response")).isEqualTo("Partial answer");
        JsonNode error = events.get(events.size() - 2);
        assertThat(error.get("type").asText()).isEqualTo("error");
        assertThat(error.get("message").asText()).contains("The server had an error");
        assertThat(events.getLast().get("state").asText()).isEqualTo("ERROR");
    }

    @Test
    void aRefusedConnectionSaysSoAndOffersTheOfflineEngine() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliRun run = CliRun.of("chat", "--library", temp.resolve("lib").toString(), "--format", "jsonl",
                "--endpoint", "http://127.0.0.1:" + closedPort + "/v1", "--model", "m", "Hello");
        assertThat(run.exit()).isEqualTo(1);
        String message = run.jsonLines().stream().filter(e -> e.get("type").asText().equals("error")).findFirst()
                .orElseThrow().get("message").asText();
        assertThat(message).containsIgnoringCase("refused").containsIgnoringCase("offline");
    }

    @Test
    void endpointOptionsAreCheckedAsUsage() {
        assertThat(CliRun.of("chat", "--endpoint", base(), "Hello").exit()).as("no --model").isEqualTo(2);
        assertThat(CliRun.of("chat", "--offline", "--endpoint", base(), "--model", "m", "Hello").exit()).isEqualTo(2);
        assertThat(CliRun.of("chat", "--endpoint", base(), "--model", "m", "--provider", "bard", "Hello").exit()).isEqualTo(2);
        assertThat(CliRun.of("chat", "--endpoint", base(), "--model", "m", "--reasoning-tags", "maybe", "Hello").exit())
                .isEqualTo(2);
        assertThat(CliRun.of("chat", "--endpoint", "ftp://x", "--model", "m", "Hello").exit()).isEqualTo(2);
        assertThat(CliRun.of("chat", "--endpoint", base(), "--model", "m", "--api-key-env", "SURELY_UNSET_VAR_42", "Hello")
                .err()).contains("SURELY_UNSET_VAR_42").contains("not set");
        assertThat(server.getRequestCount()).as("nothing is contacted on bad usage").isZero();
    }

    private static String join(List<JsonNode> events, String type) {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e.get("type").asText().equals(type)).forEach(e -> text.append(e.get("text").asText()));
        return text.toString();
    }
}
