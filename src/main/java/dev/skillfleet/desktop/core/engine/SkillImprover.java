package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.skill.Skill;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline refiner: applies the validation rules and the format's advice to a skill, plus what the user's
 * words ask for ("tighten", "add examples"). Every change carries its reason; what rules cannot fix is reported.
 */
final class SkillImprover {

    private static final int MAX_DESCRIPTION = 1024;
    private static final int TIGHT_DESCRIPTION = 300;
    private static final int MAX_COMPATIBILITY = 500;
    private static final Pattern WHEN_TRIGGER = Pattern.compile("\\b(use|used|load|invoke|apply)\\b[^.]*\\bwhen\\b|\\bwhen\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXAMPLE_SECTION = Pattern.compile("(?m)^##+\\s+Examples?\\b", Pattern.CASE_INSENSITIVE);

    Improvement improve(Skill skill, String instruction) {
        String wish = instruction.toLowerCase(Locale.ROOT);
        List<String> changes = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        Map<String, Object> frontmatter = new LinkedHashMap<>(skill.frontmatter());

        String name = fixName(skill, frontmatter, changes);
        moveUnknownKeys(frontmatter, changes);
        String description = fixDescription(skill, name, frontmatter, wish, changes);
        fixCompatibility(frontmatter, changes);

        String body = skill.body();
        if (!WhenToUseSection.isPresent(body)) {
            body = WhenToUseSection.insertAfterTitle(body, WhenToUseSection.section(description, name));
            changes.add("Added a **When to Use** section, taken from the description's trigger, so an agent (and a "
                    + "reader) sees at once when the skill applies.");
        }
        if (wantsExamples(wish) && !EXAMPLE_SECTION.matcher(body).find()) {
            body = body.stripTrailing() + "\n\n" + exampleSection(description, name);
            changes.add("Added an **Example** section showing a request that should load the skill, as you asked.");
        }
        adviseOnSize(body, remaining);
        adviseOnFolders(skill, remaining);
        return new Improvement(name, SkillMarkdown.compose(frontmatter, body), changes, remaining);
    }

    private static String fixName(Skill skill, Map<String, Object> frontmatter, List<String> changes) {
        Object raw = frontmatter.get("name");
        String current = raw == null ? "" : raw.toString().strip();
        String folder = skill.dir().getFileName().toString();
        String fixed = SkillNaming.normalize(current.isEmpty() ? folder : current);
        if (fixed.isEmpty()) {
            fixed = SkillNaming.normalize(folder);
        }
        if (!fixed.equals(current)) {
            changes.add(current.isEmpty()
                    ? "Added the missing `name: " + fixed + "` (from the folder's name)."
                    : "Renamed `" + current + "` to `" + fixed + "`: names are lower-case letters, digits and single "
                    + "hyphens, at most 64 characters.");
        }
        frontmatter.put("name", fixed);
        if (!fixed.equals(folder)) {
            changes.add("The draft's folder is named `" + fixed + "` to match the name (the original folder is `"
                    + folder + "`; the specification requires them to be equal).");
        }
        return fixed;
    }

    private static void moveUnknownKeys(Map<String, Object> frontmatter, List<String> changes) {
        List<String> unknown = frontmatter.keySet().stream().filter(k -> !SkillMarkdown.SPEC_KEYS.contains(k))
                .toList();
        if (unknown.isEmpty() && !(frontmatter.get("metadata") instanceof Map<?, ?> map && hasNonStrings(map))) {
            return;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        if (frontmatter.get("metadata") instanceof Map<?, ?> existing) {
            existing.forEach((k, v) -> metadata.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        for (String key : unknown) {
            Object value = frontmatter.remove(key);
            metadata.put(key, value == null ? "" : String.valueOf(value));
        }
        frontmatter.put("metadata", metadata);
        if (!unknown.isEmpty()) {
            changes.add("Moved " + String.join(", ", unknown.stream().map(k -> "`" + k + "`").toList())
                    + " into `metadata`: the specification allows only name, description, license, allowed-tools, "
                    + "metadata and compatibility at the top level (Claude Code reads some extension keys at the top "
                    + "level: move them back if you rely on that).");
        } else {
            changes.add("Turned `metadata` values into strings: the specification maps strings to strings.");
        }
    }

    private static boolean hasNonStrings(Map<?, ?> map) {
        return map.values().stream().anyMatch(v -> !(v instanceof String));
    }

    private static String fixDescription(Skill skill, String name, Map<String, Object> frontmatter, String wish,
                                         List<String> changes) {
        Object raw = frontmatter.get("description");
        String description = raw == null ? "" : raw.toString().strip().replaceAll("\\s+", " ");
        if (description.isEmpty()) {
            description = DescriptionText.firstParagraph(skill.body());
            if (description.isEmpty()) {
                description = "Guides an agent through " + SkillNaming.title(name).toLowerCase(Locale.ROOT) + " tasks.";
            }
            changes.add("Wrote the missing description from the body's opening paragraph.");
        }
        boolean tighten = wish.matches("(?s).*\\b(tighten|shorten|shorter|concise|trim|compact)\\b.*");
        int limit = tighten ? TIGHT_DESCRIPTION : MAX_DESCRIPTION;
        if (description.length() > limit) {
            String cut = DescriptionText.cutAtSentence(description, limit);
            changes.add(tighten
                    ? "Tightened the description from " + description.length() + " to " + cut.length()
                    + " characters, keeping whole sentences and the trigger."
                    : "Cut the description from " + description.length() + " to " + cut.length() + " characters at a "
                    + "sentence boundary: the limit is 1024.");
            description = cut;
        }
        if (!WHEN_TRIGGER.matcher(description).find()) {
            String trigger = " Use when a task involves " + SkillNaming.title(name).toLowerCase(Locale.ROOT) + ".";
            if (description.length() + trigger.length() > MAX_DESCRIPTION) {
                description = DescriptionText.cutAtSentence(description, MAX_DESCRIPTION - trigger.length());
            }
            description = description + trigger;
            changes.add("Added a trigger to the description (\u201c" + trigger.strip() + "\u201d): agents pick skills "
                    + "by their description, so it must say when to use the skill.");
        }
        frontmatter.put("description", description);
        return description;
    }

    private static void fixCompatibility(Map<String, Object> frontmatter, List<String> changes) {
        Object raw = frontmatter.get("compatibility");
        if (raw != null && (!(raw instanceof String) || raw.toString().length() > MAX_COMPATIBILITY)) {
            String text = String.valueOf(raw);
            String fixed = text.length() > MAX_COMPATIBILITY
                    ? DescriptionText.cutAtSentence(text, MAX_COMPATIBILITY) : text;
            frontmatter.put("compatibility", fixed);
            changes.add("Made `compatibility` a string of at most 500 characters, as the specification requires.");
        }
    }

    private static String exampleSection(String description, String name) {
        Matcher clause = DescriptionText.USE_WHEN_CLAUSE.matcher(description);
        String when = clause.find() ? clause.group(1).strip() : SkillNaming.title(name).toLowerCase(Locale.ROOT);
        return "## Example\n\n**User:** asks for help where " + when + ".\n\n**Agent:** loads *" + name
                + "*, follows its instructions step by step, and reports what it did and how it checked the result.\n";
    }

    private static boolean wantsExamples(String wish) {
        return wish.matches("(?s).*\\bexamples?\\b.*");
    }

    private static void adviseOnSize(String body, List<String> remaining) {
        long lines = body.lines().count();
        if (lines > 500) {
            remaining.add("The body has " + lines + " lines; the format advises under 500. Move detailed material "
                    + "into files under `references/` and link to them (one level deep).");
        }
    }

    private static void adviseOnFolders(Skill skill, List<String> remaining) {
        for (String folder : List.of("capabilities", "resources", "tests")) {
            if (Files.isDirectory(skill.dir().resolve(folder))) {
                remaining.add("The folder `" + folder + "/` is deprecated: move its files into `references/`, "
                        + "`scripts/` or `assets/`.");
            }
        }
    }
}
