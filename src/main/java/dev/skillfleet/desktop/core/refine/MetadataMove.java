package dev.skillfleet.desktop.core.refine;

import dev.skillfleet.desktop.core.engine.SkillMarkdown;
import dev.skillfleet.desktop.core.skill.SkillDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Moves top-level keys the specification does not allow ({@code version}, {@code author}, Claude Code's
 * {@code model}…) into {@code metadata}, as text, which the specification defines as a map of strings. The key's
 * lines go; new lines are added at the end of an existing {@code metadata:} block (or a new one after the last key).
 */
final class MetadataMove {

    /** Claude Code reads these at the top level; moving them changes what Claude Code does, so the reason says so. */
    private static final List<String> CLAUDE_CODE_KEYS = List.of("model", "context", "agent", "argument-hint",
            "disable-model-invocation", "user-invocable", "hooks");

    private MetadataMove() {
    }

    static void apply(FrontmatterText text, SkillDocument doc, List<String> reasons) {
        List<String> unknown = doc.frontmatter().keySet().stream()
                .filter(k -> !SkillMarkdown.SPEC_KEYS.contains(k) && text.entry(k) != null).toList();
        if (unknown.isEmpty()) {
            return;
        }
        boolean hasMetadata = doc.frontmatter().containsKey("metadata");
        Object metadata = doc.frontmatter().get("metadata");
        if (metadata != null && !(metadata instanceof Map<?, ?>) || hasMetadata && text.entry("metadata") == null) {
            return; // metadata is text or a list: there is nowhere to put the keys without guessing
        }
        Map<?, ?> existing = metadata == null ? Map.of() : (Map<?, ?>) metadata;
        Map<String, String> moved = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (String key : unknown) {
            String value = asText(doc.frontmatter().get(key));
            if (existing.containsKey(key)) {
                if (value.equals(asText(existing.get(key)))) {
                    duplicates.add(key); // already in metadata with the same value: the top-level copy just goes
                    text.remove(key);
                }
                continue; // a different value already there: which one is right is the user's call
            }
            moved.put(key, value);
            text.remove(key);
        }
        if (!moved.isEmpty()) {
            addToMetadata(text, hasMetadata, existing, moved);
            reasons.add("Moved " + quoted(moved.keySet()) + " into \"metadata\" as text: the specification allows "
                    + "only name, description, license, allowed-tools, metadata and compatibility at the top level"
                    + claudeCodeNote(moved.keySet()) + ".");
        }
        if (!duplicates.isEmpty()) {
            reasons.add("Removed the top-level " + quoted(duplicates) + ": \"metadata\" already holds the same value, "
                    + "and the specification does not allow the key at the top level.");
        }
    }

    private static void addToMetadata(FrontmatterText text, boolean hasMetadata, Map<?, ?> existing,
                                      Map<String, String> moved) {
        if (!hasMetadata) {
            List<String> lines = new ArrayList<>(List.of("metadata:"));
            lines.addAll(children(moved, "  "));
            text.insertAfter(text.lastKey(), lines);
            return;
        }
        FrontmatterText.Entry entry = text.entry("metadata");
        List<String> current = text.linesOf(entry);
        if (InlineValue.blockHeader(current.getFirst(), "metadata") == null && isBlockMapping(current.getFirst())) {
            List<String> lines = new ArrayList<>(current);
            lines.addAll(children(moved, childIndent(current)));
            text.replace("metadata", lines);
            return;
        }
        // A flow mapping ("metadata: {a: b}"): written again as a block with the old keys first.
        Map<String, Object> merged = new LinkedHashMap<>();
        existing.forEach((k, v) -> merged.put(String.valueOf(k), asText(v)));
        merged.putAll(moved);
        text.replace("metadata", FrontmatterText.render("metadata", merged));
    }

    /** "metadata:" with nothing after it but a comment: its keys are on the lines below. */
    private static boolean isBlockMapping(String keyLine) {
        String rest = keyLine.substring(keyLine.indexOf(':') + 1).strip();
        return rest.isEmpty() || rest.startsWith("#");
    }

    private static String childIndent(List<String> entry) {
        for (String line : entry.subList(1, entry.size())) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                return " ".repeat(FrontmatterText.indentOf(line));
            }
        }
        return "  ";
    }

    private static List<String> children(Map<String, String> moved, String indent) {
        List<String> lines = new ArrayList<>();
        moved.forEach((key, value) -> FrontmatterText.render(key, value).forEach(l -> lines.add(indent + l)));
        return lines;
    }

    /** Text as the value was written; a list or mapping in YAML's flow style ("[a, b]", "{k: v}"). */
    static String asText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(MetadataMove::asText).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + asText(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    private static String quoted(java.util.Collection<String> keys) {
        return keys.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
    }

    private static String claudeCodeNote(java.util.Set<String> keys) {
        List<String> claude = keys.stream().filter(CLAUDE_CODE_KEYS::contains).toList();
        return claude.isEmpty() ? "" : " (Claude Code reads " + quoted(claude) + " at the top level: move "
                + (claude.size() == 1 ? "it" : "them") + " back if you rely on that)";
    }
}
