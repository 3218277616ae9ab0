package dev.skillfleet.desktop.core.skill;

import java.util.List;
import java.util.Objects;

/**
 * One search result.
 *
 * @param skill   the skill found
 * @param score   relevance, higher is better; only comparable between hits of the same search
 * @param reasons why it matched, in plain words, e.g. {@code name matches "testing"},
 *                {@code description mentions "server" (for "servers")}, {@code body mentions "redis" 4×},
 *                {@code name is close to "tseting"}
 */
public record SearchHit(Skill skill, double score, List<String> reasons) {

    public SearchHit {
        Objects.requireNonNull(skill, "skill");
        reasons = List.copyOf(reasons);
    }
}
