package dev.skillfleet.desktop.core.engine;

import java.util.List;

/**
 * What the rule-based refiner made of a skill.
 *
 * @param name      the (possibly corrected) skill name, which is also the draft's folder name
 * @param skillMd   the improved SKILL.md
 * @param changes   each change with its reason, in the order applied
 * @param remaining problems it could not fix by rule, with advice
 */
record Improvement(String name, String skillMd, List<String> changes, List<String> remaining) {
}
