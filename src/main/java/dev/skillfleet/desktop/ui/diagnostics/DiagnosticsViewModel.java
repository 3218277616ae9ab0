package dev.skillfleet.desktop.ui.diagnostics;

import dev.skillfleet.desktop.core.cache.CacheTier;
import dev.skillfleet.desktop.core.cache.TierStats;
import dev.skillfleet.desktop.core.cache.TieredCache;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Locale;
import java.util.Map;

/** The cache's figures per tier — hits, misses, evictions, entries — with Refresh and Clear. */
public final class DiagnosticsViewModel {

    /** One table row. */
    public record TierRow(String tier, String ttl, long hits, long misses, long evictions, long entries, String hitRate) {
    }

    private final TieredCache cache;

    // Properties
    private final ObservableList<TierRow> rows = FXCollections.observableArrayList();

    public DiagnosticsViewModel(TieredCache cache) {
        this.cache = cache;
        refresh();
    }

    // Commands

    public void refresh() {
        Map<CacheTier, TierStats> stats = cache.stats();
        rows.clear();
        long hits = 0;
        long misses = 0;
        long evictions = 0;
        long size = 0;
        for (CacheTier tier : CacheTier.values()) {
            TierStats s = stats.getOrDefault(tier, new TierStats(0, 0, 0, 0));
            rows.add(row(tier.name().toLowerCase(Locale.ROOT), tier.ttl().toSeconds() + " s", s));
            hits += s.hits();
            misses += s.misses();
            evictions += s.evictions();
            size += s.size();
        }
        rows.add(row("all", "", new TierStats(hits, misses, evictions, size)));
    }

    /** Empties every tier (the next requests go to the library and the model again). */
    public void clear() {
        cache.invalidateAll();
        refresh();
    }

    private static TierRow row(String name, String ttl, TierStats s) {
        String rate = s.requests() == 0 ? "\u2013" : String.format(Locale.ROOT, "%.0f %%", s.hitRate() * 100);
        return new TierRow(name, ttl, s.hits(), s.misses(), s.evictions(), s.size(), rate);
    }

    public ObservableList<TierRow> getRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }
}
