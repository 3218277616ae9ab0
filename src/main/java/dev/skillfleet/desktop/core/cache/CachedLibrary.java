package dev.skillfleet.desktop.core.cache;

import dev.skillfleet.desktop.core.skill.LibraryFingerprint;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.LibraryWatcher;
import dev.skillfleet.desktop.core.skill.SearchHit;
import dev.skillfleet.desktop.core.skill.SkillIndex;
import dev.skillfleet.desktop.core.skill.SkillLibrary;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A skill library whose catalogue (the scan) and search index are kept in the {@link CacheTier#GLOBAL} tier and
 * whose search results are kept in the {@link CacheTier#BRANCH} tier, and which still sees every change made on
 * disk, by the app or anyone else, on the next access.
 *
 * <p>Every access takes the library's {@link LibraryFingerprint}, a walk of its folders that reads attributes and
 * parses nothing (about 40 ms for 700 skills here, where scanning them takes 160 ms and indexing them 200 ms), and
 * every key carries that fingerprint. A changed library so cannot hit an old entry, whatever the timing: the design's
 * server invalidated with keys that never matched its entries and served stale data for minutes. The old version's
 * entries are dropped when a new one is seen, to free the room. While the library is still changing (a fingerprint
 * not {@link LibraryFingerprint#settled() settled}), nothing is served from the cache.
 *
 * <p>Drafts need no invalidation of their own: the catalogue without drafts never walks {@code _drafts/}, so a draft
 * written by the app cannot change it, and the catalogue with drafts has its own fingerprint, which walks
 * {@code _drafts/} and so sees every new draft.
 *
 * <p>A {@link LibraryWatcher} that follows the root can stand in for the fingerprint ({@link #trustWatcher}): while it
 * vouches for the root, an access asks it for the root's version instead of walking the folders (a round trip to
 * its thread, well under a millisecond, where the walk of 10,000 skills takes 200 ms), and that version, like the
 * fingerprint, changes with every change on disk seen before the access, the app's own included. When it cannot
 * vouch (polled roots on macOS and network drives, links to folders, unreadable folders, lost events) the
 * fingerprint is used as before.
 *
 * <p>Thread-safe. Two first accesses at once may both scan; the result is the same either way.
 */
public final class CachedLibrary {

    private final SkillLibrary library;
    private final TieredCache cache;
    private final Clock clock;
    // The scan each scope served last, so an index or a search can be matched to the scan's version.
    private final Map<String, Snapshot> latest = new ConcurrentHashMap<>();
    private volatile LibraryWatcher watcher;

    public CachedLibrary(SkillLibrary library, TieredCache cache) {
        this(library, cache, Clock.systemUTC());
    }

    /** @param clock tells when a fingerprint was taken, for {@link LibraryFingerprint#settled()} */
    public CachedLibrary(SkillLibrary library, TieredCache cache, Clock clock) {
        this.library = Objects.requireNonNull(library);
        this.cache = Objects.requireNonNull(cache);
        this.clock = Objects.requireNonNull(clock);
    }

    public SkillLibrary library() {
        return library;
    }

    public Path root() {
        return library.root();
    }

    /** The catalogue: all skills except drafts, as on disk now. */
    public LibraryScan scan() {
        return scan(false);
    }

    public LibraryScan scan(boolean includeDrafts) {
        String scope = scope(includeDrafts);
        // Version first, scan second: a change in between is then in the scan but not in its key, and the next
        // access scans again. The other order could file an old scan under a new key.
        LibraryWatcher trusted = watcher;
        Optional<String> vouched = trusted == null ? Optional.empty() : trusted.vouchedVersion(library.root());
        String version;
        boolean settled;
        if (vouched.isPresent()) {
            version = vouched.get();
            settled = true; // events, unlike timestamps, see two edits within one clock tick
        } else {
            LibraryFingerprint fingerprint = LibraryFingerprint.of(library, includeDrafts, clock);
            version = fingerprint.digest();
            settled = fingerprint.settled();
        }
        Snapshot previous = latest.get(scope);
        if (previous == null || !previous.version().equals(version)) {
            cache.invalidateWhere(key -> key.in(scope) && !key.parts().contains(version));
        }
        LibraryScan scan = cached(CacheKey.of(CacheTier.GLOBAL, "catalogue", scope, version), settled,
                () -> library.scan(includeDrafts));
        latest.put(scope, new Snapshot(scan, scope, version, settled));
        return scan;
    }

    /**
     * Lets {@code watcher} stand in for the fingerprint walk while it vouches for this root (see the class comment);
     * null goes back to walking at every access. The watcher must {@link LibraryWatcher#watch watch} this root to
     * vouch for it; a closed watcher vouches for nothing.
     */
    public void trustWatcher(LibraryWatcher watcher) {
        this.watcher = watcher;
    }

    /** The search index of {@code scan}; cached when it is the scan this library served last. */
    public SkillIndex index(LibraryScan scan) {
        Snapshot snapshot = snapshotOf(scan);
        if (snapshot == null) {
            return SkillIndex.build(scan.skills());
        }
        return cached(CacheKey.of(CacheTier.GLOBAL, "skill-index", snapshot.scope(), snapshot.version()),
                snapshot.settled(), () -> SkillIndex.build(scan.skills()));
    }

    /** {@link SkillIndex#search} over {@code scan}, best first; the hits are cached like the index. */
    public List<SearchHit> search(LibraryScan scan, String query, int limit) {
        Snapshot snapshot = snapshotOf(scan);
        if (snapshot == null) {
            return SkillIndex.build(scan.skills()).search(query, limit);
        }
        return cached(CacheKey.of(CacheTier.BRANCH, "search", snapshot.scope(), snapshot.version(), query, limit),
                snapshot.settled(), () -> index(scan).search(query, limit));
    }

    /** Drops everything cached for this library; for changes the app makes and wants seen even within a tick. */
    public void invalidate() {
        latest.clear();
        cache.invalidateWhere(key -> key.in(scope(false)) || key.in(scope(true)));
    }

    private Snapshot snapshotOf(LibraryScan scan) {
        for (Snapshot snapshot : latest.values()) {
            if (snapshot.scan() == scan) {
                return snapshot;
            }
        }
        return null;
    }

    /**
     * The cached value, or a computed one, stored only when {@code trusted}. Looked up and stored in two steps rather
     * than with {@link TieredCache#get(CacheKey, java.util.function.Function)}: a search's computation needs the index,
     * itself cached, and Caffeine forbids one computation inside another.
     */
    private <V> V cached(CacheKey<V> key, boolean trusted, Supplier<V> compute) {
        if (!trusted) {
            cache.invalidate(key);
        }
        Optional<V> hit = cache.getIfPresent(key);
        if (hit.isPresent()) {
            return hit.get();
        }
        V value = compute.get();
        if (trusted) {
            cache.put(key, value);
        }
        return value;
    }

    private String scope(boolean includeDrafts) {
        return "library " + library.root() + (includeDrafts ? " with drafts" : "");
    }

    /** A scan this library served, and the fingerprint it was served for. */
    private record Snapshot(LibraryScan scan, String scope, String version, boolean settled) {
    }
}
