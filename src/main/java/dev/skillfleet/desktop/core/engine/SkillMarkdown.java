package dev.skillfleet.desktop.core.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a SKILL.md: YAML frontmatter between {@code ---} lines, then the Markdown body. Public so that everything
 * writing a new skill (the chat engines, the "New skill" templates) quotes descriptions the same way.
 */
public final class SkillMarkdown {

    /** The top-level keys the Agent Skills specification allows in the frontmatter, in its order. */
    public static final List<String> SPEC_KEYS =
            List.of("name", "description", "license", "allowed-tools", "metadata", "compatibility");

    // Quotes only where YAML needs them, so the file stays as readable as a hand-written one.
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private SkillMarkdown() {
    }

    /**
     * One frontmatter entry as YAML lines (ending with a line break), quoted exactly as {@link #compose} would: for
     * editing a single key of an existing file without rewriting the others. A map value becomes a block mapping
     * indented by two spaces, a multi-line text a literal block.
     */
    public static String entry(String key, Object value) {
        Map<String, Object> one = new java.util.LinkedHashMap<>();
        one.put(key, value);
        try {
            return YAML.writeValueAsString(one);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frontmatter keys in map order (use a LinkedHashMap); values are quoted only where YAML needs it. */
    public static String compose(Map<String, Object> frontmatter, String body) {
        String yaml;
        try {
            yaml = YAML.writeValueAsString(frontmatter);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        String normalizedBody = body.startsWith("\n") ? body : "\n" + body;
        return "---\n" + yaml + "---\n" + normalizedBody + (body.endsWith("\n") ? "" : "\n");
    }
}
