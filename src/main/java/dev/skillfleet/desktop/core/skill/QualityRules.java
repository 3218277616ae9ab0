package dev.skillfleet.desktop.core.skill;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Skill Fleet's own checks on the text of a SKILL.md: all warnings, because the spec allows what they flag but
 * agents pick and use such skills less reliably.
 */
final class QualityRules {

    static final int MAX_BODY_LINES = 500;
    static final Set<String> GENERIC_NAMES = Set.of("skill", "skills", "test", "tests", "helper", "helpers", "util",
            "utils", "utility", "utilities", "misc", "tool", "tools", "general", "common", "default", "example",
            "sample", "temp", "tmp", "untitled", "new-skill", "my-skill");
    /** Anthropic rejects uploaded skills whose name contains these words. */
    static final Set<String> RESERVED_WORDS = Set.of("anthropic", "claude");
    static final List<String> CLAUDE_CODE_KEYS = List.of("model", "context", "agent", "argument-hint",
            "disable-model-invocation", "user-invocable", "hooks");


    private QualityRules() {
    }

    static void check(SkillDocument doc, List<ValidationIssue> out) {
        checkKeys(doc, out);
        checkName(doc, out);
        checkDescription(doc, out);
        checkBody(doc, out);
    }

    private static void checkKeys(SkillDocument doc, List<ValidationIssue> out) {
        for (String key : doc.frontmatter().keySet()) {
            int line = doc.lineOf(key);
            if (CLAUDE_CODE_KEYS.contains(key)) {
                out.add(ValidationIssue.warning(key, line, "key \"" + key + "\" is a Claude Code extension: Claude "
                        + "accepts it, but the Agent Skills spec does not, so other agents may reject the skill"));
            } else if (!QualityText.isKebab(key)) {
                out.add(ValidationIssue.warning(key, line, "key \"" + key + "\" is not kebab-case (lowercase words "
                        + "joined by \"-\", e.g. \"" + kebab(key) + "\")"));
            }
        }
        if (doc.frontmatter().containsKey("allowed-tools") && !isTextOrTextList(doc.frontmatter().get("allowed-tools"))) {
            out.add(ValidationIssue.warning("allowed-tools", doc.lineOf("allowed-tools"), "allowed-tools should be a "
                    + "space-separated text such as \"Bash(git:*) Read\""));
        }
        if (doc.frontmatter().containsKey("metadata") && !(doc.frontmatter().get("metadata") instanceof Map<?, ?>)) {
            out.add(ValidationIssue.warning("metadata", doc.lineOf("metadata"), "metadata should be a mapping of "
                    + "keys to text values"));
        }
    }

    private static void checkName(SkillDocument doc, List<ValidationIssue> out) {
        String raw = doc.text("name");
        if (raw == null || raw.isBlank()) {
            return;
        }
        String name = SkillNames.nfkc(PythonText.strip(raw)).toLowerCase(Locale.ROOT);
        int line = doc.lineOf("name");
        if (GENERIC_NAMES.contains(name)) {
            out.add(ValidationIssue.warning("name", line, "name \"" + raw + "\" is too generic for an agent to "
                    + "choose it; use a name that says what the skill does"));
        }
        String reserved = QualityText.firstWordIn(name, RESERVED_WORDS);
        if (reserved != null) {
            out.add(ValidationIssue.warning("name", line, "name \"" + raw + "\" contains the reserved word \""
                    + reserved + "\"; Anthropic reserves it, so Claude.ai and the Claude API may refuse the skill"));
        }
    }

    private static void checkDescription(SkillDocument doc, List<ValidationIssue> out) {
        String description = doc.text("description");
        if (description == null || description.isBlank()) {
            return;
        }
        if (!QualityText.saysWhenToUse(description)) {
            out.add(ValidationIssue.warning("description", doc.lineOf("description"), "description does not say "
                    + "when to use the skill; add a trigger such as \"Use when …\" so agents know when to load it"));
        }
    }

    private static void checkBody(SkillDocument doc, List<ValidationIssue> out) {
        if (!QualityText.hasWhenToUseHeading(doc.body())) {
            out.add(ValidationIssue.warning("body", 0, "body has no \"## When to Use\" section; add one that lists "
                    + "the situations the skill is for"));
        }
        int lines = QualityText.countLines(doc.body());
        if (lines > MAX_BODY_LINES) {
            out.add(ValidationIssue.warning("body", doc.bodyStartLine() + MAX_BODY_LINES, "body is " + lines
                    + " lines long; keep it under " + MAX_BODY_LINES + " lines and move details into references/"));
        }
    }

    private static boolean isTextOrTextList(Object value) {
        return value instanceof String
                || value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
    }

    /** A suggestion only: "allowedTools" and "allowed_tools" both become "allowed-tools". */
    private static String kebab(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return String.join("-", Arrays.stream(spaced.split("[^a-z0-9]+")).filter(s -> !s.isEmpty()).toList());
    }
}
