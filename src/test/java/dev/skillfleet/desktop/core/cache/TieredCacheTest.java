package dev.skillfleet.desktop.core.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tiers' times to live, the bound and the figures, with a clock advanced by hand and upkeep run inline. */
class TieredCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final TieredCache cache = new TieredCache(CachePolicy.defaults(), nanos::get, Runnable::run);

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    private static CacheKey<String> key(CacheTier tier, Object id) {
        return CacheKey.of(tier, "test", "scope", id);
    }

    private boolean present(CacheTier tier) {
        return cache.getIfPresent(key(tier, 1)).isPresent();
    }

    @Test
    void eachTierKeepsItsEntriesForItsOwnTimeToLive() {
        for (CacheTier tier : CacheTier.values()) {
            cache.put(key(tier, 1), tier.name());
        }

        advance(Duration.ofSeconds(119));
        assertThat(CacheTier.values()).allMatch(this::present);
        advance(Duration.ofSeconds(2)); // 121 s
        assertThat(present(CacheTier.USER)).isFalse();
        assertThat(present(CacheTier.GLOBAL)).isTrue();
        advance(Duration.ofSeconds(178)); // 299 s
        assertThat(present(CacheTier.GLOBAL)).isTrue();
        assertThat(present(CacheTier.DEFAULT)).isTrue();
        advance(Duration.ofSeconds(2)); // 301 s
        assertThat(present(CacheTier.GLOBAL)).isFalse();
        assertThat(present(CacheTier.DEFAULT)).isFalse();
        assertThat(present(CacheTier.BRANCH)).isTrue();
        advance(Duration.ofSeconds(300)); // 601 s
        assertThat(present(CacheTier.BRANCH)).isFalse();

        Map<CacheTier, TierStats> stats = cache.stats();
        assertThat(stats.values()).allSatisfy(tier -> {
            assertThat(tier.size()).isZero();
            assertThat(tier.evictions()).as("an expired entry counts as evicted").isEqualTo(1);
        });
    }

    @Test
    void theDesignsTimesToLive() {
        assertThat(CacheTier.GLOBAL.ttl()).isEqualTo(Duration.ofSeconds(300));
        assertThat(CacheTier.USER.ttl()).isEqualTo(Duration.ofSeconds(120));
        assertThat(CacheTier.BRANCH.ttl()).isEqualTo(Duration.ofSeconds(600));
        assertThat(CacheTier.DEFAULT.ttl()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void aFullTierEvictsAndCountsTheEvictions() {
        long room = cache.policy().maximumFor(CacheTier.DEFAULT);
        for (int i = 0; i < room + 250; i++) {
            cache.put(key(CacheTier.DEFAULT, i), "completion " + i);
        }
        cache.cleanUp();

        TierStats stats = cache.stats().get(CacheTier.DEFAULT);
        assertThat(stats.size()).isEqualTo(room);
        assertThat(stats.evictions()).isEqualTo(250);
        assertThat(cache.stats().get(CacheTier.GLOBAL).evictions()).as("other tiers keep theirs").isZero();
    }

    @Test
    void allTiersTogetherHoldAtMostTenThousandEntries() {
        for (CacheTier tier : CacheTier.values()) {
            for (int i = 0; i < 10_000; i++) {
                cache.put(key(tier, i), "value");
            }
        }

        long held = cache.stats().values().stream().mapToLong(TierStats::size).sum();
        long evicted = cache.stats().values().stream().mapToLong(TierStats::evictions).sum();
        assertThat(held).isEqualTo(CachePolicy.MAX_ENTRIES);
        assertThat(evicted).isEqualTo(4 * 10_000 - CachePolicy.MAX_ENTRIES);
        assertThat(Arrays.stream(CacheTier.values()).mapToLong(cache.policy()::maximumFor).sum())
                .isEqualTo(10_000);
    }

    @Test
    void hitsAndMissesAreCountedPerTier() {
        AtomicInteger computed = new AtomicInteger();
        CacheKey<String> catalogue = CacheKey.of(CacheTier.GLOBAL, "catalogue", "library /x", "v1");

        assertThat(cache.get(catalogue, k -> "scan " + computed.incrementAndGet())).isEqualTo("scan 1");
        assertThat(cache.get(catalogue, k -> "scan " + computed.incrementAndGet())).isEqualTo("scan 1");
        assertThat(cache.getIfPresent(catalogue)).contains("scan 1");
        assertThat(cache.getIfPresent(key(CacheTier.BRANCH, "nothing"))).isEmpty();

        Map<CacheTier, TierStats> stats = cache.stats();
        assertThat(computed).hasValue(1);
        assertThat(stats.get(CacheTier.GLOBAL)).isEqualTo(new TierStats(2, 1, 0, 1));
        assertThat(stats.get(CacheTier.BRANCH)).isEqualTo(new TierStats(0, 1, 0, 0));
        assertThat(stats.get(CacheTier.DEFAULT)).isEqualTo(new TierStats(0, 0, 0, 0));
        assertThat(stats.get(CacheTier.GLOBAL).hitRate()).isEqualTo(2.0 / 3);
        assertThat(stats.keySet()).containsExactly(CacheTier.values());
    }

    @Test
    void resettingTheCountersKeepsTheEntries() {
        CacheKey<String> key = key(CacheTier.GLOBAL, 1);
        cache.put(key, "value");
        cache.getIfPresent(key);
        cache.getIfPresent(key(CacheTier.GLOBAL, 2));

        cache.resetStats();
        cache.getIfPresent(key);

        assertThat(cache.stats().get(CacheTier.GLOBAL)).isEqualTo(new TierStats(1, 0, 0, 1));
    }

    @Test
    void invalidatingDropsEntriesWithoutCountingEvictions() {
        for (CacheTier tier : CacheTier.values()) {
            cache.put(CacheKey.of(tier, "test", "library /a", 1), "a");
            cache.put(CacheKey.of(tier, "test", "library /b", 1), "b");
        }

        cache.invalidate(CacheTier.USER);
        assertThat(cache.stats().get(CacheTier.USER).size()).isZero();
        assertThat(cache.stats().get(CacheTier.GLOBAL).size()).isEqualTo(2);

        cache.invalidateWhere(key -> key.in("library /a"));
        assertThat(cache.getIfPresent(CacheKey.<String>of(CacheTier.GLOBAL, "test", "library /a", 1))).isEmpty();
        assertThat(cache.getIfPresent(CacheKey.<String>of(CacheTier.GLOBAL, "test", "library /b", 1))).contains("b");
        assertThat(cache.getIfPresent(CacheKey.<String>of(CacheTier.BRANCH, "test", "library /b", 1))).contains("b");

        cache.invalidate(CacheKey.of(CacheTier.BRANCH, "test", "library /b", 1));
        assertThat(cache.stats().get(CacheTier.BRANCH).size()).isZero();

        cache.invalidateAll();
        assertThat(cache.stats().values()).allSatisfy(tier -> {
            assertThat(tier.size()).isZero();
            assertThat(tier.evictions()).isZero();
        });
    }

    @Test
    void expiryAfterAccessKeepsEntriesInUse() {
        TieredCache idle = new TieredCache(CachePolicy.defaults().withExpiry(CachePolicy.Expiry.AFTER_ACCESS),
                nanos::get, Runnable::run);
        CacheKey<String> used = key(CacheTier.USER, "used");
        CacheKey<String> unused = key(CacheTier.USER, "unused");
        idle.put(used, "u");
        idle.put(unused, "v");

        for (int i = 0; i < 5; i++) {
            advance(Duration.ofSeconds(100));
            assertThat(idle.getIfPresent(used)).as("read every 100 s of a 120 s idle time").isPresent();
        }

        assertThat(idle.getIfPresent(unused)).isEmpty();
    }

    @Test
    void thePolicyCanChangeTheBoundAndTheTimes() {
        CachePolicy policy = CachePolicy.defaults().withMaximumEntries(1_000)
                .withTtl(CacheTier.DEFAULT, Duration.ofSeconds(30));
        TieredCache small = new TieredCache(policy, nanos::get, Runnable::run);
        small.put(key(CacheTier.DEFAULT, 1), "completion");

        advance(Duration.ofSeconds(31));

        assertThat(small.getIfPresent(key(CacheTier.DEFAULT, 1))).isEmpty();
        assertThat(policy.ttl(CacheTier.GLOBAL)).isEqualTo(Duration.ofSeconds(300));
        assertThat(Arrays.stream(CacheTier.values()).mapToLong(policy::maximumFor).sum()).isEqualTo(1_000);
        assertThatThrownBy(() -> CachePolicy.defaults().withMaximumEntries(10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CachePolicy.defaults().withTtl(CacheTier.USER, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
