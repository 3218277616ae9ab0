package dev.skillfleet.desktop.testing;

import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A server-sent-events body that a {@code MockWebServer} writes the way a model server does: event by event, each
 * phase at its own rate, flushed every few milliseconds. Its length is known up front, so the response ends (a body
 * of unknown length never closes in mockwebserver3).
 */
public final class PacedSseBody implements MockResponseBody {

    /** Events written at {@code eventsPerSecond} (0: as fast as the socket takes them). */
    public record Phase(List<String> events, double eventsPerSecond) {
    }

    private static final long FLUSH_EVERY_NANOS = 3_000_000;

    private final List<Phase> phases;
    private final long length;

    public PacedSseBody(List<Phase> phases) {
        this.phases = List.copyOf(phases);
        long bytes = 0;
        for (Phase phase : phases) {
            for (String event : phase.events()) {
                bytes += event.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        this.length = bytes;
    }

    public static PacedSseBody of(Phase... phases) {
        return new PacedSseBody(new ArrayList<>(List.of(phases)));
    }

    @Override
    public long getContentLength() {
        return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        for (Phase phase : phases) {
            long start = System.nanoTime();
            long lastFlush = start;
            List<String> events = phase.events();
            for (int i = 0; i < events.size(); i++) {
                if (phase.eventsPerSecond() > 0) {
                    long due = start + (long) (i * 1e9 / phase.eventsPerSecond());
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        sink.flush();
                        lastFlush = System.nanoTime();
                        LockSupport.parkNanos(Math.max(wait, FLUSH_EVERY_NANOS));
                    }
                }
                sink.writeUtf8(events.get(i));
                if (System.nanoTime() - lastFlush > FLUSH_EVERY_NANOS) {
                    sink.flush();
                    lastFlush = System.nanoTime();
                }
            }
            sink.flush();
        }
    }
}
