package dev.skillfleet.desktop.core.skill;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The strict rules of skill-format.md section 2 (items 4 to 7), i.e. what {@code skills-ref validate} rejects.
 * Anything beyond those is advice and lives in {@link QualityRules}.
 */
final class FrontmatterRules {

    static final List<String> ALLOWED_KEYS =
            List.of("name", "description", "license", "allowed-tools", "metadata", "compatibility");
    static final int MAX_DESCRIPTION = 1024;
    static final int MAX_COMPATIBILITY = 500;

    private FrontmatterRules() {
    }

    /** @param folderName the folder the skill sits in, or null when unknown (then the name/folder check is skipped) */
    static void check(SkillDocument doc, String folderName, List<ValidationIssue> out) {
        checkKeys(doc, out);
        checkName(doc, folderName, out);
        checkDescription(doc, out);
        checkCompatibility(doc, out);
    }

    private static void checkKeys(SkillDocument doc, List<ValidationIssue> out) {
        for (String key : doc.frontmatter().keySet()) {
            if (!ALLOWED_KEYS.contains(key)) {
                out.add(ValidationIssue.error(key, doc.lineOf(key), "key \"" + key + "\" is not allowed in the "
                        + "frontmatter; the Agent Skills spec allows only " + String.join(", ", ALLOWED_KEYS)));
            }
        }
    }

    private static void checkName(SkillDocument doc, String folderName, List<ValidationIssue> out) {
        int line = doc.lineOf("name");
        if (!doc.frontmatter().containsKey("name")) {
            out.add(ValidationIssue.error("name", 0, "name is missing; every skill needs a name in its frontmatter"));
            return;
        }
        Object value = doc.frontmatter().get("name");
        if (!(value instanceof String raw)) {
            out.add(ValidationIssue.error("name", line, value == null
                    ? "name is empty; give the skill a name such as \"" + suggestion(folderName) + "\""
                    : "name must be plain text, not " + kind(value)));
            return;
        }
        if (PythonText.isBlank(raw)) {
            out.add(ValidationIssue.error("name", line,
                    "name is empty; give the skill a name such as \"" + suggestion(folderName) + "\""));
            return;
        }
        // Strip, then NFKC, in the reference's order and with Python's whitespace (which includes U+00A0).
        String name = SkillNames.nfkc(PythonText.strip(raw));
        int length = SkillNames.length(name);
        if (length > SkillNames.MAX_LENGTH) {
            out.add(ValidationIssue.error("name", line, "name is " + length + " characters long; the limit is "
                    + SkillNames.MAX_LENGTH));
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            out.add(ValidationIssue.error("name", line, "name \"" + raw + "\" must be lowercase (\""
                    + name.toLowerCase(Locale.ROOT) + "\")"));
        }
        if (name.startsWith("-") || name.endsWith("-")) {
            out.add(ValidationIssue.error("name", line, "name \"" + raw + "\" must not start or end with \"-\""));
        }
        if (name.contains("--")) {
            out.add(ValidationIssue.error("name", line, "name \"" + raw + "\" must not contain \"--\""));
        }
        Set<String> invalid = SkillNames.invalidCharacters(name);
        if (!invalid.isEmpty()) {
            out.add(ValidationIssue.error("name", line, "name \"" + raw + "\" may only contain letters, digits and "
                    + "\"-\", but has " + invalid.stream().map(SkillNames::show).collect(Collectors.joining(", "))));
        }
        if (folderName != null && !SkillNames.nfkc(folderName).equals(name)) {
            out.add(ValidationIssue.error("name", line,
                    "name \"" + raw + "\" must match the folder name \"" + folderName + "\""));
        }
        if (invalid.isEmpty() && SkillNames.hasNonAsciiAlphanumerics(name)) {
            out.add(ValidationIssue.warning("name", line, "name \"" + raw + "\" uses characters outside a-z and 0-9;"
                    + " the reference validator accepts them, but the spec asks for lowercase a-z, digits and \"-\""
                    + " and some tools may reject it"));
        }
    }

    private static void checkDescription(SkillDocument doc, List<ValidationIssue> out) {
        int line = doc.lineOf("description");
        if (!doc.frontmatter().containsKey("description")) {
            out.add(ValidationIssue.error("description", 0, "description is missing; say what the skill does and "
                    + "when to use it"));
            return;
        }
        Object value = doc.frontmatter().get("description");
        if (value != null && !(value instanceof String)) {
            out.add(ValidationIssue.error("description", line, "description must be plain text, not " + kind(value)));
            return;
        }
        String description = (String) value;
        if (description == null || PythonText.isBlank(description)) {
            out.add(ValidationIssue.error("description", line, "description is empty; say what the skill does and "
                    + "when to use it"));
            return;
        }
        int length = SkillNames.length(description);
        if (length > MAX_DESCRIPTION) {
            out.add(ValidationIssue.error("description", line, "description is " + length + " characters long; the "
                    + "limit is " + MAX_DESCRIPTION));
        }
    }

    private static void checkCompatibility(SkillDocument doc, List<ValidationIssue> out) {
        if (!doc.frontmatter().containsKey("compatibility")) {
            return;
        }
        int line = doc.lineOf("compatibility");
        Object value = doc.frontmatter().get("compatibility");
        // An empty value is the empty string to the reference's strictyaml, which passes its "is a string of at
        // most 500 characters" check; the spec's prose asks for at least one character, so it is advice here.
        if (value == null || value instanceof String s && s.isEmpty()) {
            out.add(ValidationIssue.warning("compatibility", line, "compatibility is empty; say what the skill "
                    + "needs (e.g. \"Requires Python 3.11+ and network access\") or remove the key"));
            return;
        }
        if (!(value instanceof String compatibility)) {
            out.add(ValidationIssue.error("compatibility", line, "compatibility must be plain text, not "
                    + kind(value)));
            return;
        }
        int length = SkillNames.length(compatibility);
        if (length > MAX_COMPATIBILITY) {
            out.add(ValidationIssue.error("compatibility", line, "compatibility is " + length + " characters long; "
                    + "the limit is " + MAX_COMPATIBILITY));
        }
    }

    static String kind(Object value) {
        if (value instanceof Map<?, ?>) {
            return "a mapping of keys";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static String suggestion(String folderName) {
        return folderName == null || folderName.isBlank() ? "my-skill" : folderName;
    }
}
