package dev.skillfleet.desktop.core.skill;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed SKILL.md.
 *
 * <p>Scalars in {@code frontmatter} are kept as the text written in the file ({@code version: 1.10} stays "1.10",
 * {@code flag: yes} stays "yes"), as the reference validator's strictyaml does; nested mappings are
 * {@code Map<String,Object>}, sequences {@code List<Object>}, and only an empty value is null ({@code ~} and
 * {@code null} stay text, as in strictyaml).
 *
 * @param frontmatter   top-level keys in file order; unmodifiable, nested values too
 * @param body          everything after the closing {@code ---} line, verbatim (line endings untouched)
 * @param bodyStartLine 1-based line where the body starts
 * @param keyLines      top-level key to its 1-based line in the file
 */
public record SkillDocument(Map<String, Object> frontmatter, String body, int bodyStartLine,
                            Map<String, Integer> keyLines) {

    public SkillDocument {
        Objects.requireNonNull(frontmatter, "frontmatter");
        Objects.requireNonNull(body, "body");
        frontmatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontmatter));
        keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
    }

    /** The line of a top-level key, 0 when the key is absent. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 0);
    }

    /** A scalar value as text; null when the key is absent, null, or a mapping/sequence. */
    public String text(String key) {
        return frontmatter.get(key) instanceof String s ? s : null;
    }
}
