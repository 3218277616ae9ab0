package dev.skillfleet.desktop.core.llm;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.skillfleet.desktop.core.llm.Wire.fixture;
import static dev.skillfleet.desktop.core.llm.Wire.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Stop cancels the HTTP call at once, whatever the server is doing. Bounds are generous: behaviour, not timing. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CancelTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final ModelClient client = new ModelClient();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final CancelToken cancel = new CancelToken();
    private final Recorder events = new Recorder();
    private final CountDownLatch firstEvent = new CountDownLatch(1);

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private Future<Void> streamInBackground(Provider provider, String path) {
        Endpoint endpoint = Endpoint.of(provider, server.url(path).toString(), "m");
        return worker.submit(() -> {
            client.stream(endpoint, ChatRequest.of(List.of(new ChatMessage("user", "Think hard"))), event -> {
                events.onEvent(event);
                firstEvent.countDown();
            }, cancel);
            return null;
        });
    }

    /** Cancels and waits (boundedly) for the stream to give up. */
    private ModelException cancelAndAwait(Future<Void> running) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            cancel.cancel();
            ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> running.get());
            return (ModelException) e.getCause();
        });
    }

    @Test
    void stopInTheMiddleOfATricklingSseStream() throws Exception {
        CountDownLatch clientGone = new CountDownLatch(1);
        server.enqueue(sse(Wire.trickle(
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning\":\"Let me think\"},\"finish_reason\":null}]}\n\n",
                ": still thinking\n\n", clientGone)));
        Future<Void> running = streamInBackground(Provider.OPENAI, "/v1");
        assertThat(firstEvent.await(10, TimeUnit.SECONDS)).isTrue();

        ModelException e = cancelAndAwait(running);

        assertThat(e.kind()).isEqualTo(ModelException.Kind.CANCELLED);
        assertThat(events.reasoning()).isEqualTo("Let me think");
        assertThat(clientGone.await(10, TimeUnit.SECONDS)).as("the server sees the connection go").isTrue();
    }

    @Test
    void stopInTheMiddleOfATricklingNdjsonStream() throws Exception {
        CountDownLatch clientGone = new CountDownLatch(1);
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/x-ndjson")
                .body(Wire.trickle("{\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":\"Hmm\"},\"done\":false}\n",
                        "\n", clientGone)).build());
        Future<Void> running = streamInBackground(Provider.OLLAMA, "/");
        assertThat(firstEvent.await(10, TimeUnit.SECONDS)).isTrue();

        ModelException e = cancelAndAwait(running);

        assertThat(e.kind()).isEqualTo(ModelException.Kind.CANCELLED);
        assertThat(events.reasoning()).isEqualTo("Hmm");
    }

    @Test
    void stopWhileWaitingForTheFirstByte() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        Future<Void> running = streamInBackground(Provider.SKILLFLEET, "/");
        server.takeRequest(10, TimeUnit.SECONDS);

        ModelException e = cancelAndAwait(running);

        assertThat(e.kind()).isEqualTo(ModelException.Kind.CANCELLED);
        assertThat(events.events).isEmpty();
    }

    @Test
    void alreadyCancelledSendsNothing() {
        cancel.cancel();

        ModelException e = catchThrowableOfType(ModelException.class, () -> client.stream(
                Endpoint.of(Provider.OPENAI, server.url("/v1").toString(), "m"),
                ChatRequest.of(List.of(new ChatMessage("user", "hi"))), events, cancel));

        assertThat(e.kind()).isEqualTo(ModelException.Kind.CANCELLED);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void noEventsReachTheListenerAfterStop() {
        server.enqueue(sse(fixture("openai-basic.sse")));

        ModelException e = catchThrowableOfType(ModelException.class, () -> client.stream(
                Endpoint.of(Provider.OPENAI, server.url("/v1").toString(), "m"),
                ChatRequest.of(List.of(new ChatMessage("user", "hi"))), event -> {
                    events.onEvent(event);
                    cancel.cancel();
                }, cancel));

        assertThat(e.kind()).isEqualTo(ModelException.Kind.CANCELLED);
        assertThat(events.events).hasSize(1);
        assertThat(events.content()).isEqualTo("Hello");
    }
}
