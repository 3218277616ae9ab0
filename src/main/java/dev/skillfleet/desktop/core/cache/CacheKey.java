package dev.skillfleet.desktop.core.cache;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A cache entry's key, typed by the value it maps to. {@code V} is a promise, not a check: each {@code kind} names
 * one value type, so two keys that are equal always map to the same type.
 *
 * <p>Keys are shown in diagnostics, so nothing secret or bulky goes into one: an API key never, message text only as
 * a digest.
 *
 * @param tier  the tier, and so the time to live
 * @param kind  what the value is, e.g. {@code catalogue}, {@code completion}
 * @param scope what the value belongs to (a library root, a server), so all of it can be invalidated at once
 * @param parts the rest of the identity, e.g. a version digest and a query
 * @param <V>   the value's type
 */
public record CacheKey<V>(CacheTier tier, String kind, String scope, List<Object> parts) {

    public CacheKey {
        Objects.requireNonNull(tier);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(scope);
        parts = List.copyOf(parts);
    }

    public static <V> CacheKey<V> of(CacheTier tier, String kind, String scope, Object... parts) {
        return new CacheKey<>(tier, kind, scope, Arrays.asList(parts));
    }

    /** Whether this key belongs to {@code otherScope}. */
    public boolean in(String otherScope) {
        return scope.equals(otherScope);
    }
}
