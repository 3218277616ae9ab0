package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Tells a caller when the watcher has seen every change made before the call. The OS queues all events of one
 * watch service in the order they happen, so the caller creates a marker file in a private folder watched by the
 * same service, and once the watcher's thread reads the marker's event (and drains what was queued with it), every
 * earlier event has been applied. This is what lets {@code CachedLibrary} trust the watcher instead of walking the
 * library at every access, even for a change the app itself made a moment before.
 *
 * <p>{@link #request()} is called by any thread; the rest by the watcher's thread.
 */
final class WatchBarrier implements AutoCloseable {

    private static final String PREFIX = "seen-";

    private final WatchService service;
    private final AtomicLong tickets = new AtomicLong();
    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private volatile Path dir;
    private volatile WatchKey key;
    private boolean closed;

    WatchBarrier(WatchService service) {
        this.service = service;
    }

    /** A future completed once the watcher's thread has applied every event that happened before this call. */
    CompletableFuture<Void> request() throws IOException {
        Path folder = folder();
        String name = PREFIX + tickets.incrementAndGet();
        CompletableFuture<Void> seen = new CompletableFuture<>();
        waiting.put(name, seen);
        try {
            Files.createFile(folder.resolve(name));
        } catch (IOException e) {
            waiting.remove(name);
            throw e;
        }
        return seen;
    }

    boolean owns(WatchKey candidate) {
        return candidate == key;
    }

    /** The markers among {@code events}; an overflow may have lost some, so every waiting caller is let go. */
    void seen(List<WatchEvent<?>> events, List<String> out) {
        for (WatchEvent<?> event : events) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                failAll(new IOException("watch events overflowed"));
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                out.add(name.toString());
            }
        }
    }

    /** Lets the callers of these markers go; to be called after the events queued with them were applied. */
    void release(List<String> names) {
        for (String name : names) {
            CompletableFuture<Void> seen = waiting.remove(name);
            if (seen != null) {
                seen.complete(null);
            }
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException e) {
                // left for close() to remove with the folder
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        failAll(new IOException("the library watcher is closed"));
        if (key != null) {
            key.cancel();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }

    private void failAll(IOException reason) {
        for (String name : new ArrayList<>(waiting.keySet())) {
            CompletableFuture<Void> seen = waiting.remove(name);
            if (seen != null) {
                seen.completeExceptionally(reason);
            }
        }
    }

    /** The private folder, created and watched on first use. */
    private synchronized Path folder() throws IOException {
        if (closed) {
            throw new IOException("the library watcher is closed");
        }
        if (dir == null) {
            Path created = Files.createTempDirectory("skill-fleet-watch-");
            key = created.register(service, StandardWatchEventKinds.ENTRY_CREATE);
            dir = created;
        }
        return dir;
    }
}
