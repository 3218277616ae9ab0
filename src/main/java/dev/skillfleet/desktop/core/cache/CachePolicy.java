package dev.skillfleet.desktop.core.cache;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the cache evicts: what can be configured, and what cannot.
 *
 * <p><b>Which entry goes when a tier is full</b> is Caffeine's W-TinyLFU: new entries enter a small LRU window, and
 * one leaves the window for the main space only when a frequency sketch says it is used more often than the entry it
 * would push out; the window's size is tuned at run time by hill climbing, so the cache leans towards recency when the
 * workload is recency-driven and towards frequency when it is frequency-driven. It replaces the "lru"/"lfu" choice of
 * the design's server: it is built to do well on both kinds of workload, Caffeine offers no switch to a plain LRU or
 * LFU, and writing a cache of our own to offer one would be the worse trade.
 *
 * <p><b>What is configurable</b>: the bound on entries (the design's 10,000, split between the tiers by
 * {@link CacheTier}'s shares), each tier's time to live, and whether that time counts from the last write (the
 * design's "time to live": an entry is dropped however often it is read, right for data that can go stale) or from
 * the last access (an idle timeout: entries in use stay).
 *
 * @param maximumEntries at most this many entries in all tiers together; at least 100
 * @param expiry         when an entry's time to live starts
 * @param ttls           each tier's time to live; tiers left out keep the design's value
 */
public record CachePolicy(long maximumEntries, Expiry expiry, Map<CacheTier, Duration> ttls) {

    /** The design's bound. */
    public static final long MAX_ENTRIES = 10_000;

    /** When an entry's time to live starts counting. */
    public enum Expiry {
        /** From when the entry was written (Caffeine's expireAfterWrite): the design's time to live. */
        AFTER_WRITE,
        /** From the last read or write (Caffeine's expireAfterAccess): an idle timeout. */
        AFTER_ACCESS
    }

    public CachePolicy {
        if (maximumEntries < 100) {
            throw new IllegalArgumentException("A bound below 100 entries leaves a tier no room: " + maximumEntries);
        }
        Objects.requireNonNull(expiry);
        EnumMap<CacheTier, Duration> all = new EnumMap<>(CacheTier.class);
        for (CacheTier tier : CacheTier.values()) {
            Duration ttl = ttls == null ? null : ttls.get(tier);
            if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
                throw new IllegalArgumentException("A time to live must be positive: " + tier + " " + ttl);
            }
            all.put(tier, ttl == null ? tier.ttl() : ttl);
        }
        ttls = Map.copyOf(all);
    }

    /** 10,000 entries, times to live counted from the write, the design's times. */
    public static CachePolicy defaults() {
        return new CachePolicy(MAX_ENTRIES, Expiry.AFTER_WRITE, Map.of());
    }

    public CachePolicy withMaximumEntries(long maximum) {
        return new CachePolicy(maximum, expiry, ttls);
    }

    public CachePolicy withExpiry(Expiry newExpiry) {
        return new CachePolicy(maximumEntries, newExpiry, ttls);
    }

    public CachePolicy withTtl(CacheTier tier, Duration ttl) {
        EnumMap<CacheTier, Duration> changed = new EnumMap<>(ttls);
        changed.put(tier, ttl);
        return new CachePolicy(maximumEntries, expiry, changed);
    }

    public Duration ttl(CacheTier tier) {
        return ttls.get(tier);
    }

    /** The entries {@code tier} may hold; the tiers' bounds add up to at most {@link #maximumEntries()}. */
    public long maximumFor(CacheTier tier) {
        return tier.share(maximumEntries);
    }
}
