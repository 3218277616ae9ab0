package dev.skillfleet.desktop.core.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the first version of a new skill from the request's own terms: a description that says what and when, a
 * When to Use section, numbered instructions, an example and what the author should fill in. It makes no claim
 * of knowledge it does not have: the domain details are left for the author (or a model) to add.
 */
final class SkillDraftComposer {

    private SkillDraftComposer() {
    }

    static String compose(String name, String category, String subject) {
        String topic = subject.strip().replaceAll("\\s+", " ");
        String title = SkillNaming.title(name);
        Map<String, Object> frontmatter = new LinkedHashMap<>();
        frontmatter.put("name", name);
        frontmatter.put("description", description(topic, SkillNaming.terms(topic)));
        return SkillMarkdown.compose(frontmatter, body(title, topic, category));
    }

    static String description(String topic, List<String> terms) {
        String keywords = terms.size() > 1 ? " or mentions " + String.join(", ", terms.subList(0, Math.min(4, terms.size())))
                : "";
        String text = "Guides an agent through " + topic + " work: checking the existing setup, making focused changes "
                + "and verifying them. Use when a task involves " + topic + keywords + ".";
        return text.length() <= 1024 ? text : text.substring(0, 1020) + "\u2026.";
    }

    private static String body(String title, String topic, String category) {
        String categoryLine = category.isEmpty() ? "" : " It belongs to the *" + category + "* category.";
        return """

                # %1$s

                This skill helps an agent with %2$s.%3$s

                ## When to Use

                Use this skill when:
                - a task asks for %2$s, or changes code or configuration that deals with it;
                - the user mentions %2$s or asks how it is done in this project;
                - an answer about %2$s must follow the project's existing conventions.

                ## Instructions

                1. Restate the goal of the %2$s task and its constraints before changing anything.
                2. Find what the project already has for %2$s (code, configuration, documentation) and follow its conventions.
                3. Make the smallest change that reaches the goal, and say why each choice was made.
                4. Verify the result: run the relevant tests or commands and report what was checked.
                5. Note anything left open (follow-up work, risks) at the end of the answer.

                ## Example

                **User:** "Can you help with %2$s in this project?"

                **Agent:** reads the project's existing %2$s setup, proposes a focused change, applies it after
                confirming, then runs the checks and summarises what changed and how it was verified.

                ## Notes for the author

                This draft was written by the offline engine from the request alone. Before promoting it, add what only
                you know: the project's specific commands, file locations, settings and pitfalls for %2$s.
                """.formatted(title, topic, categoryLine);
    }
}
