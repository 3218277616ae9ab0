package dev.skillfleet.desktop.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The app's one in-memory cache: a Caffeine cache per {@link CacheTier}, each with its tier's time to live and its
 * share of the {@link CachePolicy#maximumEntries() bound}, and each recording hits, misses and evictions for the
 * diagnostics view. Thread-safe; one instance is shared by everything the composition root builds.
 *
 * <p>The bound is split rather than shared (Caffeine bounds one cache, not a group): the shares add up to at most
 * the total, and a tier that fills up evicts only its own entries.
 */
public final class TieredCache {

    private final CachePolicy policy;
    private final Map<CacheTier, Cache<CacheKey<?>, Object>> tiers = new EnumMap<>(CacheTier.class);
    // Caffeine's counters only grow; a reset keeps them as the baseline to subtract.
    private volatile Map<CacheTier, CacheStats> baseline;

    public TieredCache() {
        this(CachePolicy.defaults());
    }

    public TieredCache(CachePolicy policy) {
        this(policy, Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    /**
     * @param ticker   the clock times to live are measured with; tests pass one they advance by hand
     * @param executor where Caffeine runs its upkeep (evicting, notifying); tests pass {@code Runnable::run} so it
     *                 happens before the call that caused it returns
     */
    public TieredCache(CachePolicy policy, Ticker ticker, Executor executor) {
        this.policy = Objects.requireNonNull(policy);
        for (CacheTier tier : CacheTier.values()) {
            Caffeine<Object, Object> builder = Caffeine.newBuilder()
                    .maximumSize(policy.maximumFor(tier))
                    .ticker(ticker)
                    .executor(executor)
                    .recordStats();
            if (policy.expiry() == CachePolicy.Expiry.AFTER_WRITE) {
                builder.expireAfterWrite(policy.ttl(tier));
            } else {
                builder.expireAfterAccess(policy.ttl(tier));
            }
            tiers.put(tier, builder.build());
        }
        baseline = snapshot();
    }

    public CachePolicy policy() {
        return policy;
    }

    /** The value for {@code key}, counted as a hit, or empty, counted as a miss. */
    public <V> Optional<V> getIfPresent(CacheKey<V> key) {
        return Optional.ofNullable(cast(tier(key).getIfPresent(key)));
    }

    /**
     * The value for {@code key}, computed and stored when absent (a miss). Concurrent calls for the same key wait for
     * one computation. {@code compute} must not use this cache itself: Caffeine forbids nested computations.
     */
    public <V> V get(CacheKey<V> key, Function<? super CacheKey<V>, ? extends V> compute) {
        Objects.requireNonNull(compute);
        return cast(tier(key).get(key, k -> Objects.requireNonNull(compute.apply(key), "a cached value")));
    }

    public <V> void put(CacheKey<V> key, V value) {
        tier(key).put(key, Objects.requireNonNull(value));
    }

    public void invalidate(CacheKey<?> key) {
        tier(key).invalidate(key);
    }

    /** Drops every entry of one tier. */
    public void invalidate(CacheTier tier) {
        tiers.get(tier).invalidateAll();
    }

    /** Drops every entry: the diagnostics view's "clear". */
    public void invalidateAll() {
        tiers.values().forEach(Cache::invalidateAll);
    }

    /** Drops the entries whose keys match, in every tier; e.g. everything of one library when it changed. */
    public void invalidateWhere(Predicate<? super CacheKey<?>> which) {
        Objects.requireNonNull(which);
        for (Cache<CacheKey<?>, Object> cache : tiers.values()) {
            List<CacheKey<?>> doomed = cache.asMap().keySet().stream().filter(which).toList();
            cache.invalidateAll(doomed);
        }
    }

    /** Hits, misses, evictions and size per tier, in tier order, since creation or the last {@link #resetStats()}. */
    public Map<CacheTier, TierStats> stats() {
        Map<CacheTier, CacheStats> since = baseline;
        Map<CacheTier, TierStats> stats = new EnumMap<>(CacheTier.class);
        tiers.forEach((tier, cache) -> {
            // Expired entries leave at the next upkeep; running it now makes the size and evictions exact.
            cache.cleanUp();
            CacheStats counted = cache.stats().minus(since.get(tier));
            stats.put(tier, new TierStats(counted.hitCount(), counted.missCount(), counted.evictionCount(),
                    cache.estimatedSize()));
        });
        return Collections.unmodifiableMap(stats);
    }

    /** Starts the counters from zero; the entries stay. */
    public void resetStats() {
        tiers.values().forEach(Cache::cleanUp);
        baseline = snapshot();
    }

    /** Runs pending upkeep now: drops expired entries and applies the bound. */
    public void cleanUp() {
        tiers.values().forEach(Cache::cleanUp);
    }

    private Map<CacheTier, CacheStats> snapshot() {
        Map<CacheTier, CacheStats> stats = new EnumMap<>(CacheTier.class);
        tiers.forEach((tier, cache) -> stats.put(tier, cache.stats()));
        return stats;
    }

    private Cache<CacheKey<?>, Object> tier(CacheKey<?> key) {
        return tiers.get(key.tier());
    }

    @SuppressWarnings("unchecked") // a key's kind names one value type (see CacheKey)
    private static <V> V cast(Object value) {
        return (V) value;
    }
}
