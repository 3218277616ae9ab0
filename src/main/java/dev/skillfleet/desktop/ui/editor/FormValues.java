package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.skill.SkillDocument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The frontmatter fields the form shows, read from a parsed SKILL.md; an absent field is "". Built off the FX thread
 * and handed to {@link FrontmatterForm} in one piece.
 *
 * @param metadata         the {@code metadata} mapping in file order, values as text
 * @param metadataEditable the mapping holds only text values, so the form can write it back without losing anything
 */
public record FormValues(String name, String description, String license, String compatibility,
                         String allowedTools, Map<String, String> metadata, boolean metadataEditable) {

    public FormValues {
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(license);
        Objects.requireNonNull(compatibility);
        Objects.requireNonNull(allowedTools);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    static FormValues of(SkillDocument doc) {
        Map<String, String> metadata = new LinkedHashMap<>();
        boolean editable = true;
        Object raw = doc.frontmatter().get("metadata");
        if (raw instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object v = e.getValue();
                editable &= v == null || v instanceof String;
                metadata.put(String.valueOf(e.getKey()), v == null ? "" : String.valueOf(v));
            }
        } else if (raw != null) {
            editable = false;
        }
        return new FormValues(text(doc, "name"), text(doc, "description"), text(doc, "license"),
                text(doc, "compatibility"), tools(doc.frontmatter().get("allowed-tools")), metadata, editable);
    }

    /** The value the form shows for one of {@link FrontmatterEdit#FORM_KEYS} other than metadata. */
    String field(String key) {
        return switch (key) {
            case "name" -> name;
            case "description" -> description;
            case "license" -> license;
            case "compatibility" -> compatibility;
            case "allowed-tools" -> allowedTools;
            default -> throw new IllegalArgumentException("not a text field of the form: " + key);
        };
    }

    private static String text(SkillDocument doc, String key) {
        String value = doc.text(key);
        return value == null ? "" : value;
    }

    /** The spec's form is one space-separated text; a YAML list of tools is shown the same way. */
    private static String tools(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof List<?> list) {
            return String.join(" ", list.stream().map(String::valueOf).toList());
        }
        return "";
    }
}
