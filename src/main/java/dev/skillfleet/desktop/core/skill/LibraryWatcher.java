package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Tells when skills change on disk under the watched library roots, whoever changed them: one
 * {@link LibraryChange} per root once a burst of changes has been quiet for the quiet period (or has lasted a
 * second, so a long copy still shows progress). Folders are followed as a scan walks them ({@link WatchedTree}),
 * including folders created later and what was put in them before they could be followed.
 *
 * <p>How: the OS's change events through the JDK's {@link WatchService} (inotify on Linux, one watch per folder;
 * ReadDirectoryChangesW on Windows, one watch per root), on one daemon thread. Where there are no real events, the
 * folders are listed again every second and compared ({@link PollingRegistrar}): on macOS, whose JDK WatchService
 * is itself a poller with a fixed 2-second interval (JDK 25 still; its sensitivity setting is ignored since JDK 21),
 * on network drives (NFS, SMB, sshfs, WSL's 9p), and for a root past the OS's limit of inotify watches. Each root's
 * folder is looked at twice a second, so a root deleted, recreated, or appearing later is followed again.
 *
 * <p>Callbacks run on the watcher's thread, one at a time: hand the work to another thread rather than block it.
 * One already under way may still arrive after {@link #unwatch}; none arrive after {@link #close()} returns (unless
 * it was called from a callback). {@code watch}, {@code unwatch} and {@code close} are thread-safe and quick (they
 * may wait for the thread to finish registering a large root); a scan started after {@code watch} returns misses
 * no change.
 */
public final class LibraryWatcher implements AutoCloseable {

    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(300);
    /**
     * {@code -Dskillfleet.watch=poll} polls every root, for a file system whose changes raise no events that is not
     * recognised as a network drive (some FUSE mounts).
     */
    public static final String MODE_PROPERTY = "skillfleet.watch";
    /** How often each root's own folder is checked (deleted, replaced, appeared, became readable). */
    static final Duration CHECK_INTERVAL = Duration.ofMillis(500);
    /** How long {@link #vouchedVersion} waits for the thread before giving up (the caller then walks instead). */
    static final Duration VOUCH_TIMEOUT = Duration.ofMillis(500);
    private static final AtomicLong INSTANCES = new AtomicLong();
    private static final System.Logger LOG = System.getLogger(LibraryWatcher.class.getName());

    private final Consumer<LibraryChange> onChange;
    private final long quiet;
    private final long maxWait;
    private final WatchService service; // null: every root is polled
    private final WatchBarrier barrier; // null: no vouching (no events, or events not in one ordered queue)
    private final long instance = INSTANCES.incrementAndGet();
    private final AtomicLong versions = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Path, WatchedRoot> roots = new LinkedHashMap<>();
    private final Map<WatchKey, List<ServiceRegistrar>> holders = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;
    private long nextCheck;
    private final WakeableWait waiting = new WakeableWait();

    private LibraryWatcher(Consumer<LibraryChange> onChange, Duration quietPeriod, WatchService service) {
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.quiet = quietPeriod.toNanos();
        this.maxWait = Math.max(quiet * 3, Duration.ofSeconds(1).toNanos());
        this.service = service;
        // Only inotify keeps one queue for all watches in the order things happened, which the barrier relies on;
        // Windows completes each folder's reads on its own, in no promised order.
        this.barrier = service != null && service.getClass().getName().equals("sun.nio.fs.LinuxWatchService")
                ? new WatchBarrier(service) : null;
        this.thread = Thread.ofPlatform().daemon().name("library-watcher").unstarted(this::run);
        this.nextCheck = System.nanoTime();
    }

    /** A watcher with the default quiet period. */
    public static LibraryWatcher start(Consumer<LibraryChange> onChange) {
        return start(onChange, DEFAULT_QUIET_PERIOD);
    }

    /**
     * Starts the watcher's thread; no root is watched yet.
     *
     * @param onChange    called on the watcher's thread with each root's settled changes
     * @param quietPeriod how long a root must see no change before its changes are reported
     */
    public static LibraryWatcher start(Consumer<LibraryChange> onChange, Duration quietPeriod) {
        return start(onChange, quietPeriod, false);
    }

    /** @param pollOnly follow every root by polling, as on macOS (for tests of that path on any OS) */
    static LibraryWatcher start(Consumer<LibraryChange> onChange, Duration quietPeriod, boolean pollOnly) {
        if (quietPeriod.isNegative()) {
            throw new IllegalArgumentException("quietPeriod must not be negative: " + quietPeriod);
        }
        boolean poll = pollOnly || "poll".equalsIgnoreCase(System.getProperty(MODE_PROPERTY, ""));
        LibraryWatcher watcher = new LibraryWatcher(onChange, quietPeriod, poll ? null : openService());
        watcher.thread.start();
        return watcher;
    }

    /** The OS's change events, or null where the JDK only offers its own poller (macOS) or none can be had. */
    private static WatchService openService() {
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            if (service.getClass().getName().equals("sun.nio.fs.PollingWatchService")) {
                service.close();
                return null;
            }
            return service;
        } catch (IOException | UnsupportedOperationException e) {
            // "User limit of inotify instances reached": polling still works.
            LOG.log(System.Logger.Level.WARNING, "No file change events (" + e.getMessage() + "); polling instead");
            return null;
        }
    }

    /**
     * Starts watching {@code root} (a missing root is waited for). Returns at once: the watcher's thread registers
     * the root's folders, and reports what was modified from shortly before this call until each folder was
     * registered (from modification times), so a scan started after this returns misses no change even while the
     * registration of a large library is still under way. Watching a root twice is the same as once.
     */
    public void watch(Path root) {
        Path normalized = root.toAbsolutePath().normalize();
        // Less the coarsest timestamp resolution (FAT's 2 s), so a change made just now cannot look older.
        FileTime since = FileTime.from(Instant.now().minus(LibraryFingerprint.SETTLE));
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The library watcher is closed");
            }
            if (!roots.containsKey(normalized)) {
                roots.put(normalized, new WatchedRoot(normalized, service == null ? null
                        : owner -> new ServiceRegistrar(service, normalized, owner, holders), since, versions));
            }
        } finally {
            lock.unlock();
        }
        wake();
    }

    /** Stops watching {@code root}; its pending changes are dropped. Unknown roots are ignored. */
    public void unwatch(Path root) {
        lock.lock();
        try {
            WatchedRoot watched = roots.remove(root.toAbsolutePath().normalize());
            if (watched != null) {
                watched.stop();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@code root} is watched by listing its folders every second rather than by OS events (so far). */
    public boolean polling(Path root) {
        lock.lock();
        try {
            WatchedRoot watched = roots.get(root.toAbsolutePath().normalize());
            return watched != null && watched.polling();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A version of {@code root} that changes whenever anything under it changes, current as of this call: every
     * change made before the call (by this app or anyone) has been seen when it returns. Empty when the watcher
     * cannot vouch for the root: not watched (yet), polled (macOS, network drives), not on Linux (elsewhere events
     * of different folders may arrive out of order), holding a link to a folder or an unreadable folder, events just
     * lost, or the thread too busy to answer within half a second. Costs a marker
     * file and a round trip to the watcher's thread; for {@code CachedLibrary}, in place of walking the library.
     */
    public Optional<String> vouchedVersion(Path root) {
        Path normalized = root.toAbsolutePath().normalize();
        if (barrier == null || Thread.currentThread() == thread || vouchedNow(normalized).isEmpty()) {
            return Optional.empty();
        }
        try {
            barrier.request().get(VOUCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return vouchedNow(normalized);
    }

    private Optional<String> vouchedNow(Path root) {
        lock.lock();
        try {
            WatchedRoot watched = roots.get(root);
            return closed || watched == null || !watched.vouches() ? Optional.empty()
                    : Optional.of("watcher " + instance + " version " + watched.version());
        } finally {
            lock.unlock();
        }
    }

    /** Stops the thread and every watch; waits for a callback under way to end (unless called from one). */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            roots.values().forEach(WatchedRoot::stop);
            roots.clear();
        } finally {
            lock.unlock();
        }
        if (barrier != null) {
            barrier.close();
        }
        if (service != null) {
            try {
                service.close(); // wakes the thread from its wait
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Closing the watch service failed", e);
            }
        }
        wake();
        if (Thread.currentThread() != thread) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the watcher's thread is still running (false once {@link #close()} returned). */
    boolean running() {
        return thread.isAlive();
    }

    /** Waits until the watcher's thread has registered {@code root}'s folders; for tests that change them next. */
    void awaitFollowing(Path root) throws InterruptedException {
        Path normalized = root.toAbsolutePath().normalize();
        while (true) {
            lock.lock();
            try {
                WatchedRoot watched = roots.get(normalized);
                if (watched == null || watched.started()) {
                    return;
                }
            } finally {
                lock.unlock();
            }
            Thread.sleep(5);
        }
    }

    /** The skill folders the watcher knows under {@code root}; for tests. */
    Set<Path> followedSkills(Path root) {
        lock.lock();
        try {
            WatchedRoot watched = roots.get(root.toAbsolutePath().normalize());
            return watched == null || watched.tree() == null ? Set.of() : Set.copyOf(watched.tree().skills());
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (!closed) {
            WatchKey key;
            try {
                key = await(waitNanos());
            } catch (ClosedWatchServiceException e) {
                continue; // closed: the loop ends
            }
            List<LibraryChange> due = new ArrayList<>();
            lock.lock();
            try {
                if (!closed) {
                    step(key, due);
                }
            } catch (ClosedWatchServiceException e) {
                // closed while draining; the loop ends
            } catch (RuntimeException e) {
                // A bug must not end the watching silently for the rest of the session.
                LOG.log(System.Logger.Level.ERROR, "The library watcher hit an error; it carries on", e);
            } finally {
                lock.unlock();
            }
            due.forEach(this::deliver);
        }
    }

    /** Waits for an event, for {@code nanos}, or for {@link #wake()}; null unless an event came. */
    private WatchKey await(long nanos) {
        return waiting.await(() -> {
            if (service != null) {
                return service.poll(nanos, TimeUnit.NANOSECONDS);
            }
            LockSupport.parkNanos(this, nanos);
            return null;
        });
    }

    /** Wakes the thread from its wait, e.g. to start following a new root now. */
    private void wake() {
        waiting.wake();
    }

    private void step(WatchKey first, List<LibraryChange> due) {
        long now = System.nanoTime();
        for (WatchedRoot root : roots.values()) {
            if (!root.started()) {
                root.start(now);
            }
        }
        List<String> markers = new ArrayList<>();
        for (WatchKey key = first; key != null; key = service.poll()) {
            handle(key, now, markers);
        }
        if (!markers.isEmpty()) {
            // Callers wait to learn that every earlier change was applied; a root replaced by a move raises no
            // event, so look at each root now rather than at the next check.
            roots.values().forEach(root -> root.check(now));
            barrier.release(markers);
        }
        if (now - nextCheck >= 0) {
            roots.values().forEach(root -> root.check(now));
            nextCheck = now + CHECK_INTERVAL.toNanos();
        }
        for (WatchedRoot root : roots.values()) {
            root.pollIfDue(now);
            LibraryChange change = root.takeIfDue(now, quiet, maxWait);
            if (change != null) {
                due.add(change);
            }
        }
    }

    private void handle(WatchKey key, long now, List<String> markers) {
        List<WatchEvent<?>> events = key.pollEvents();
        boolean valid = key.reset();
        if (barrier != null && barrier.owns(key)) {
            barrier.seen(events, markers);
            return;
        }
        List<ServiceRegistrar> sharing = holders.get(key);
        if (sharing == null) {
            return; // cancelled since: its folder is forgotten
        }
        for (ServiceRegistrar registrar : List.copyOf(sharing)) {
            Path dir = registrar.dirOf(key);
            if (dir == null) {
                continue;
            }
            if (!events.isEmpty()) {
                registrar.owner().onEvents(dir, events, now);
            }
            if (!valid) {
                registrar.dropped(key);
                if (dir.equals(registrar.owner().root)) {
                    registrar.owner().rootDropped();
                    nextCheck = now; // look at the root in this same step
                }
            }
        }
    }

    private long waitNanos() {
        lock.lock();
        try {
            long now = System.nanoTime();
            long wait = nextCheck - now;
            for (WatchedRoot root : roots.values()) {
                for (long at : new long[] {root.nextPoll(), root.dueAt(quiet, maxWait)}) {
                    if (at != Long.MAX_VALUE) {
                        wait = Math.min(wait, at - now);
                    }
                }
            }
            return Math.clamp(wait, 1_000_000L, CHECK_INTERVAL.toNanos());
        } finally {
            lock.unlock();
        }
    }

    private void deliver(LibraryChange change) {
        try {
            onChange.accept(change);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "A library change listener failed for " + change.root(), e);
        }
    }
}
