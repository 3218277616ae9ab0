package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.skill.SearchHit;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillIndex;

import java.util.List;
import java.util.Locale;

/**
 * Finds the skill a user named loosely: the exact name, a single name containing the words, or a clear winner of
 * the search. When several fit about equally, it returns them all so the user can pick.
 */
final class SkillFinder {

    private static final double CLEAR_WINNER = 1.5;

    private SkillFinder() {
    }

    static List<Skill> find(List<Skill> skills, String reference) {
        String wanted = SkillNaming.normalize(reference);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Skill> exact = skills.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(wanted)
                || s.dir().getFileName().toString().equals(wanted)).toList();
        if (!exact.isEmpty()) {
            return exact.subList(0, 1);
        }
        List<Skill> containing = skills.stream().filter(s -> ("-" + s.name() + "-").contains("-" + wanted + "-")).toList();
        if (containing.size() == 1) {
            return containing;
        }
        List<SearchHit> hits = SkillIndex.build(containing.isEmpty() ? skills : containing).search(reference, 5);
        if (hits.size() == 1 || hits.size() > 1 && hits.get(0).score() >= CLEAR_WINNER * hits.get(1).score()) {
            return List.of(hits.get(0).skill());
        }
        return hits.stream().limit(4).map(SearchHit::skill).toList();
    }
}
