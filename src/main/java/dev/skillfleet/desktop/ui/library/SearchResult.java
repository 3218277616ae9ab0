package dev.skillfleet.desktop.ui.library;

/**
 * One ranked search result.
 *
 * @param score relevance from the root's index (higher is better)
 * @param why   why it matched, in one line, e.g. {@code name matches "pdf"}
 */
public record SearchResult(LibrarySkill skill, double score, String why) {
}
