package dev.skillfleet.desktop.core.cache;

/**
 * One tier's figures for the diagnostics view, counted since the cache was made or its counters were reset.
 *
 * @param hits      lookups answered from the cache
 * @param misses    lookups that found nothing (and computed the value, where the caller asked for that)
 * @param evictions entries dropped by the cache itself: the tier was full, or the entry's time was up. Entries
 *                  removed on purpose (the library changed, the user cleared the cache) are not evictions.
 * @param size      entries held now (Caffeine's estimate: expired entries not yet cleaned up may still count)
 */
public record TierStats(long hits, long misses, long evictions, long size) {

    public long requests() {
        return hits + misses;
    }

    /** Hits per lookup, 0 to 1; 0 before the first lookup. */
    public double hitRate() {
        return requests() == 0 ? 0 : (double) hits / requests();
    }
}
