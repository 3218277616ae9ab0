package dev.skillfleet.desktop.core.refine;

import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillParseException;

import java.util.regex.Pattern;

/**
 * Writes a new one-line value in the quoting the user's line already has (plain, "double" or 'single'), so a fix
 * that shortens a description does not also add quotes the user never wrote. Used only when the value reads back
 * exactly in that style; otherwise the caller quotes as {@link dev.skillfleet.desktop.core.engine.SkillMarkdown}
 * does.
 */
final class ScalarStyle {

    /** Plain text other YAML readers would take for a boolean, null or number: keep those quoted. */
    private static final Pattern NOT_TEXT_IN_YAML = Pattern.compile(
            "(?i)true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\\.?[0-9][0-9_.,:eE+-]*|\\.inf|\\.nan)");

    private ScalarStyle() {
    }

    /**
     * {@code value} written as the scalar that starts with {@code first} was (a quote, or anything else for plain),
     * or null when that style cannot hold it.
     */
    static String like(char first, String key, String value) {
        if (value.isEmpty() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        String candidate = switch (first) {
            case '"' -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case '\'' -> "'" + value.replace("'", "''") + "'";
            default -> plainLooksSafe(value) ? value : null;
        };
        return candidate != null && readsBack(key, candidate, value) ? candidate : null;
    }

    /** The YAML rules for a plain scalar in a block mapping, and a little more caution. */
    private static boolean plainLooksSafe(String value) {
        return "-?:,[]{}#&*!|>'\"%@` ".indexOf(value.charAt(0)) < 0 && !value.contains(": ") && !value.contains(" #")
                && !value.endsWith(":") && !value.endsWith(" ") && !NOT_TEXT_IN_YAML.matcher(value).matches();
    }

    /** The proof: the SKILL.md parser reads the line back as exactly the value. */
    private static boolean readsBack(String key, String candidate, String value) {
        try {
            return value.equals(SkillDocumentParser.parse("---\n" + key + ": " + candidate + "\n---\n").text(key));
        } catch (SkillParseException e) {
            return false;
        }
    }
}
