package dev.skillfleet.desktop.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillfleet.desktop.core.assistant.CancelToken;
import dev.skillfleet.desktop.core.assistant.StreamingAssistant;
import dev.skillfleet.desktop.core.assistant.TurnEvent;
import dev.skillfleet.desktop.core.assistant.TurnResult;
import dev.skillfleet.desktop.core.assistant.TurnRunner;
import dev.skillfleet.desktop.core.conversation.ConversationSession;
import dev.skillfleet.desktop.core.intent.IntentClassifier;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.llm.Provider;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.testing.Corpus;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The model engine over a copy of the real corpus, talking to a real HTTP server on loopback that streams
 * OpenAI-compatible SSE answers the test scripts; records every turn's events and every request the model got.
 */
final class ModelFixture implements AutoCloseable {

    static final String MODEL = "test-model";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path root;
    final MockWebServer server = new MockWebServer();
    final ConversationSession session = ConversationSession.create("tester");
    final Endpoint endpoint;
    private TurnRunner runner;
    List<TurnEvent> events = new ArrayList<>();

    ModelFixture(Path temp) {
        this(temp, (endpoint, root) -> ModelEngine.assistant(endpoint, new ModelClient(), new SkillLibrary(root),
                new IntentClassifier()));
    }

    /** The same, with the assistant {@code assembly} builds for the loopback endpoint and the library's root. */
    ModelFixture(Path temp, BiFunction<Endpoint, Path, StreamingAssistant> assembly) {
        root = Corpus.mixedLibrary(temp.resolve("lib"));
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // An unscripted call gets a 404 at once instead of hanging the test.
        ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
        endpoint = Endpoint.of(Provider.OPENAI, server.url("/v1").toString(), MODEL);
        runner = new TurnRunner(assembly.apply(endpoint, root));
    }

    /** Answers the next turns with {@code assistant}, e.g. one for another model on the same server. */
    ModelFixture use(StreamingAssistant assistant) {
        runner = new TurnRunner(assistant);
        return this;
    }

    /** Scripts the next answer: streamed in a few content chunks, with optional reasoning first. */
    ModelFixture answer(String content) {
        return answer("", content);
    }

    ModelFixture answer(String reasoning, String content) {
        StringBuilder body = new StringBuilder();
        if (!reasoning.isEmpty()) {
            body.append(chunk(delta("reasoning_content", reasoning), null));
        }
        int piece = Math.max(1, content.length() / 4);
        for (int i = 0; i < content.length(); i += piece) {
            body.append(chunk(delta("content", content.substring(i, Math.min(content.length(), i + piece))), null));
        }
        body.append(chunk("{}", "stop")).append("data: [DONE]\n\n");
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body(body.toString()).build());
        return this;
    }

    /** Scripts an error before the stream, as OpenAI-compatible servers send it. */
    ModelFixture error(int status, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("message", message).put("type", "server_error");
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(error.toString()).build());
        return this;
    }

    TurnResult send(String message) {
        return send(session, message);
    }

    TurnResult send(ConversationSession in, String message) {
        events = new ArrayList<>();
        return runner.run(in, message, events::add, new CancelToken());
    }

    /** The chat messages of the next request the server received, as JSON. */
    JsonNode nextRequestMessages() throws Exception {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the model got no (further) request");
        }
        return JSON.readTree(request.getBody().utf8()).get("messages");
    }

    static String content(JsonNode messages, int index) {
        return messages.get(index < 0 ? messages.size() + index : index).get("content").asText();
    }

    String thinking() {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e instanceof TurnEvent.Thinking)
                .forEach(e -> text.append(((TurnEvent.Thinking) e).text()));
        return text.toString();
    }

    String answer() {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e instanceof TurnEvent.Response)
                .forEach(e -> text.append(((TurnEvent.Response) e).text()));
        return text.toString();
    }

    TurnEvent.Complete complete() {
        return (TurnEvent.Complete) events.getLast();
    }

    <T extends TurnEvent> T first(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow(
                () -> new AssertionError("no " + type.getSimpleName() + " in " + events));
    }

    @Override
    public void close() {
        server.close();
    }

    private static String delta(String field, String text) {
        ObjectNode delta = JSON.createObjectNode();
        delta.put(field, text);
        return delta.toString();
    }

    private static String chunk(String deltaJson, String finish) {
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":"
                + deltaJson + ",\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"")
                + "}],\"usage\":null}\n\n";
    }
}
