package dev.skillfleet.desktop.ui.diagnostics;

import dev.skillfleet.desktop.core.cache.CacheKey;
import dev.skillfleet.desktop.core.cache.CacheTier;
import dev.skillfleet.desktop.core.cache.TieredCache;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticsViewModelTest {

    @Test
    void showsHitsAndMissesPerTierAndClears() {
        TieredCache cache = new TieredCache();
        CacheKey<String> key = CacheKey.of(CacheTier.GLOBAL, "catalogue", "lib-1");
        cache.get(key, k -> "value");
        cache.get(key, k -> "value");
        DiagnosticsViewModel diagnostics = new DiagnosticsViewModel(cache);

        DiagnosticsViewModel.TierRow global = diagnostics.getRows().stream().filter(r -> r.tier().equals("global"))
                .findFirst().orElseThrow();
        assertThat(global.hits()).isEqualTo(1);
        assertThat(global.misses()).isEqualTo(1);
        assertThat(global.entries()).isEqualTo(1);
        assertThat(global.ttl()).isEqualTo("300 s");
        assertThat(diagnostics.getRows()).extracting(DiagnosticsViewModel.TierRow::tier)
                .containsExactly("global", "user", "branch", "default", "all");

        diagnostics.clear();
        assertThat(diagnostics.getRows().getLast().entries()).isZero();
    }
}
