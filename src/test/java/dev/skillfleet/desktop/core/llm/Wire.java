package dev.skillfleet.desktop.core.llm;

import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Canned server answers for tests: fixtures from resources, bodies written in pieces, streams that never end. */
final class Wire {

    private Wire() {
    }

    /** A fixture from src/test/resources/dev/skillfleet/desktop/core/llm/, as written (LF line ends). */
    static String fixture(String name) {
        try (InputStream in = Wire.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse sse(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream; charset=utf-8")
                .body(body).build();
    }

    static MockResponse sse(MockResponseBody body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream").body(body).build();
    }

    static MockResponse ndjson(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/x-ndjson").body(body)
                .build();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    static String body(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().utf8();
    }

    /**
     * A body written in the given byte pieces, each flushed on its own with a pause after it, so the client reads
     * them separately (the pause makes that likely; correctness must not depend on it). Its length is declared, so
     * its end is unambiguous.
     */
    static MockResponseBody pieces(List<byte[]> parts) {
        long length = parts.stream().mapToLong(part -> part.length).sum();
        return new MockResponseBody() {
            @Override
            public long getContentLength() {
                return length;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                for (byte[] part : parts) {
                    sink.write(part);
                    sink.flush();
                    pause(15);
                }
            }
        };
    }

    /**
     * A response that promises more bytes than it sends, then closes the socket: the connection drops in the middle
     * of the body, which the client must see as a failure, not as a clean end.
     */
    static MockResponse dropAfter(String contentType, String head) {
        byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
        MockResponseBody body = new MockResponseBody() {
            @Override
            public long getContentLength() {
                return bytes.length + 1000L;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.write(bytes);
                sink.flush();
            }
        };
        return new MockResponse.Builder().code(200).setHeader("Content-Type", contentType).body(body)
                .onResponseEnd(new SocketEffect.CloseSocket()).build();
    }

    /**
     * Writes {@code head}, then {@code keepAlive} every 50 ms, like a model that is still thinking, until the
     * client goes away (or a minute has passed, so a broken test cannot hang the build). Counts down
     * {@code clientGone} when a write fails.
     */
    static MockResponseBody trickle(String head, String keepAlive, CountDownLatch clientGone) {
        return new MockResponseBody() {
            @Override
            public long getContentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                try {
                    sink.writeUtf8(head);
                    sink.flush();
                    while (System.nanoTime() < end) {
                        pause(50);
                        sink.writeUtf8(keepAlive);
                        sink.flush();
                    }
                } catch (IOException e) {
                    clientGone.countDown();
                    throw e;
                }
            }
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
