package dev.skillfleet.desktop.core.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes a SKILL.md: YAML frontmatter between {@code ---} lines, then the Markdown body. Public so that everything
 * writing a new skill (the chat engines, the "New skill" templates) quotes descriptions the same way.
 */
public final class SkillMarkdown {

    // Quotes only where YAML needs them, so the file stays as readable as a hand-written one.
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private SkillMarkdown() {
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
