package dev.skillfleet.desktop.core.skill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One watched library root: how it is followed (OS events or polling), what is known of its folders, and the
 * changes gathered since the last callback. A root that is missing is waited for; a root that is deleted, replaced
 * (another folder under the same path) or whose events overflowed is followed again from scratch, with a rescan.
 *
 * <p>Not thread-safe: {@link LibraryWatcher} calls it under its lock.
 */
final class WatchedRoot {

    /** How often a polled root is listed again; longer when a poll is slow, see {@link #pollIfDue}. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    /** A poll may take at most this share of the time between polls, so a huge library cannot pin a core. */
    private static final int POLL_DUTY = 5;

    /**
     * What tells one folder from another under the same path, so a deleted and recreated root is seen as new: the
     * file key (device and inode) where there is one, else (Windows) the creation time. Not the creation time on
     * Linux, where file systems without a birth time report the modification time instead.
     */
    private record Identity(Object value) {
    }

    /** File systems whose changes by other machines raise no local events: polled instead (Linux names). */
    private static final Set<String> NETWORK_FILE_SYSTEMS = Set.of("nfs", "nfs4", "cifs", "smb2", "smb3", "smbfs",
            "9p", "fuse.sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "afs", "ncpfs", "ceph", "glusterfs");

    final Path root;
    private final Function<WatchedRoot, WatchedTree.Registrar> eventRegistrars;
    private final FileTime since;
    private final AtomicLong versions;
    private long version;
    private boolean mustPoll;
    private WatchedTree.Registrar registrar;
    private WatchedTree tree;
    private Identity identity;
    private boolean started;
    private boolean resyncWanted;
    private long nextPoll;
    private final ChangeSet pending = new ChangeSet();
    private long firstChange;
    private long lastChange;

    /**
     * @param eventRegistrars makes the registrar for OS events, or null when there are none (polling only)
     * @param since           when watching was asked for, less the coarsest timestamp resolution: what was modified
     *                        since may have been missed by a scan started then (see {@link WatchedTree#start})
     * @param versions        the watcher's counter, so a version is never reused, even by a root watched again
     */
    WatchedRoot(Path root, Function<WatchedRoot, WatchedTree.Registrar> eventRegistrars, FileTime since,
                AtomicLong versions) {
        this.root = root;
        this.eventRegistrars = eventRegistrars;
        this.since = since;
        this.versions = versions;
        this.version = versions.incrementAndGet();
        this.mustPoll = eventRegistrars == null;
    }

    /**
     * Changes whenever anything happens under the root: any event at all (even one that changes no skill), a poll
     * that found a difference, following the root again. Equal versions mean nothing happened in between.
     */
    long version() {
        return version;
    }

    /**
     * Whether every change under the root raises an event the watcher applies: followed by OS events, registered,
     * and nothing that a scan reads but no watch covers (a link to a folder, a folder that could not be read).
     */
    boolean vouches() {
        return started && !polling() && tree.rootFollowed() && !tree.hasLinks() && !tree.hasUnreadable()
                && !resyncWanted;
    }

    /**
     * Starts following the root. What was modified since watching was asked for is reported; the rest is the
     * starting point. Network drives are polled.
     */
    void start(long now) {
        mustPoll |= onNetworkDrive(root);
        ChangeSet recent = new ChangeSet();
        follow(mustPoll, now, since, recent);
        started = true;
        if (since != null) {
            record(recent, now);
        }
    }

    boolean started() {
        return started;
    }

    boolean polling() {
        return started ? registrar instanceof PollingRegistrar : mustPoll;
    }

    WatchedTree tree() {
        return tree;
    }

    /** OS events for {@code dir} (a folder of this root, or the root of a whole-tree registration). */
    void onEvents(Path dir, List<WatchEvent<?>> events, long now) {
        version = versions.incrementAndGet();
        ChangeSet changes = new ChangeSet();
        try {
            for (WatchEvent<?> event : events) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    resyncWanted = true; // events were lost: which folders appeared since is unknown
                } else if (event.context() instanceof Path name) {
                    tree.onEvent(event.kind(), dir.resolve(name), changes);
                }
            }
        } catch (UncheckedIOException limitReached) {
            follow(true, now, null, new ChangeSet());
            changes.rescan();
        }
        record(changes, now);
    }

    /** Lists a polled root again when its time has come. */
    void pollIfDue(long now) {
        if (!(registrar instanceof PollingRegistrar poller) || now - nextPoll < 0) {
            return;
        }
        ChangeSet changes = new ChangeSet();
        List<PollingRegistrar.Event> events = poller.poll();
        if (!events.isEmpty()) {
            version = versions.incrementAndGet();
        }
        for (PollingRegistrar.Event event : events) {
            tree.onEvent(event.kind(), event.path(), changes);
        }
        long spent = System.nanoTime() - now;
        nextPoll = now + Math.max(POLL_INTERVAL.toNanos(), spent * POLL_DUTY);
        record(changes, now);
    }

    /** When the next poll is due; {@link Long#MAX_VALUE} when the root gets OS events. */
    long nextPoll() {
        return polling() ? nextPoll : Long.MAX_VALUE;
    }

    /**
     * Follows the root again from scratch when it appeared, disappeared, was replaced or lost events, and reports a
     * rescan. Cheap otherwise: one look at the root's attributes.
     */
    void check(long now) {
        Identity current = identityNow();
        if (resyncWanted || !Objects.equals(current, identity)) {
            resyncWanted = false;
            follow(mustPoll || polling(), now, null, new ChangeSet());
            recordRescan(now);
        } else if (current != null && !tree.rootFollowed() && Files.isReadable(root)) {
            // Could not be read before (its parent is not followed, so no event says it changed): try again, and
            // say so only when it worked, so a folder that stays unreadable costs no rescans.
            follow(mustPoll || polling(), now, null, new ChangeSet());
            if (tree.rootFollowed()) {
                recordRescan(now);
            }
        }
    }

    /** The OS dropped the root's own watch: deleted, or moved away. Inode numbers get reused, so look now. */
    void rootDropped() {
        resyncWanted = true;
    }

    /** The gathered change once no event came for {@code quiet}, or once the first one waited {@code maxWait}. */
    LibraryChange takeIfDue(long now, long quiet, long maxWait) {
        if (pending.isEmpty() || (now - lastChange < quiet && now - firstChange < maxWait)) {
            return null;
        }
        LibraryChange change = pending.toChange(root);
        pending.clear();
        return change;
    }

    /** When the gathered change will be due; {@link Long#MAX_VALUE} when there is none. */
    long dueAt(long quiet, long maxWait) {
        return pending.isEmpty() ? Long.MAX_VALUE : Math.min(lastChange + quiet, firstChange + maxWait);
    }

    void stop() {
        if (tree != null) {
            tree.clear();
        }
        pending.clear();
    }

    /** Follows the root from scratch; {@code since} as in {@link WatchedTree#start(FileTime, ChangeSet)}, or null. */
    private void follow(boolean poll, long now, FileTime since, ChangeSet recent) {
        if (tree != null) {
            tree.clear();
        }
        version = versions.incrementAndGet();
        identity = identityNow();
        registrar = poll ? new PollingRegistrar() : eventRegistrars.apply(this);
        tree = new WatchedTree(root, registrar);
        try {
            tree.start(since, recent);
        } catch (UncheckedIOException limitReached) {
            tree.clear();
            registrar = new PollingRegistrar();
            tree = new WatchedTree(root, registrar);
            tree.start(since, recent);
        }
        nextPoll = now + POLL_INTERVAL.toNanos();
    }

    private void recordRescan(long now) {
        ChangeSet rescan = new ChangeSet();
        rescan.rescan();
        record(rescan, now);
    }

    private void record(ChangeSet changes, long now) {
        if (changes.isEmpty() || !started) {
            return;
        }
        if (pending.isEmpty()) {
            firstChange = now;
        }
        lastChange = now;
        pending.addAll(changes);
    }

    /** Linux names the file system of each mount; elsewhere this says false and the OS's events are used. */
    private static boolean onNetworkDrive(Path root) {
        try {
            Path existing = root;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null
                    && NETWORK_FILE_SYSTEMS.contains(Files.getFileStore(existing).type().toLowerCase(Locale.ROOT));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private Identity identityNow() {
        try {
            BasicFileAttributes attrs = Files.readAttributes(root, BasicFileAttributes.class);
            if (!attrs.isDirectory()) {
                return null;
            }
            return new Identity(attrs.fileKey() != null ? attrs.fileKey() : attrs.creationTime());
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
