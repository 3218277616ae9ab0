package dev.skillfleet.desktop.core.cache;

import java.time.Duration;

/**
 * The design's cache tiers (conversation-design.md, "Cache tiers"): how long an entry lives, and which share of the
 * 10,000-entry bound each tier has. Each tier is its own Caffeine cache, so a flood of one kind of entry (say,
 * completions) evicts only its own kind and never pushes the library's catalogue out.
 */
public enum CacheTier {

    /** Library-wide data: the skill catalogue and its search index, model lists. A handful per library or server. */
    GLOBAL(Duration.ofSeconds(300), 50),
    /** Per-user data. A desktop app has one user, so little is kept here. */
    USER(Duration.ofSeconds(120), 50),
    /** One taxonomy branch's listing and search results: one entry per query asked. */
    BRANCH(Duration.ofSeconds(600), 400),
    /** Anything else, e.g. identical model completions: one entry per request. */
    DEFAULT(Duration.ofSeconds(300), 500);

    private final Duration ttl;
    private final int perMille;

    CacheTier(Duration ttl, int perMille) {
        this.ttl = ttl;
        this.perMille = perMille;
    }

    /** The design's time to live for this tier. */
    public Duration ttl() {
        return ttl;
    }

    /** This tier's share of a total bound, rounded down so the tiers together never exceed it. */
    long share(long total) {
        return Math.max(1, total * perMille / 1000);
    }
}
