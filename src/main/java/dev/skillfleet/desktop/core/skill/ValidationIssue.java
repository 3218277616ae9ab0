package dev.skillfleet.desktop.core.skill;

import java.util.Objects;

/**
 * One finding about a skill.
 *
 * @param severity whether it fails validation
 * @param field    what it is about: a frontmatter key ("name"), "frontmatter", "body", "SKILL.md", a folder ("tests/")
 *                 or "category"; null when nothing more specific applies
 * @param line     1-based line in the SKILL.md, 0 when the issue has no line (e.g. a missing key)
 * @param message  a complete English sentence for the user
 */
public record ValidationIssue(Severity severity, String field, int line, String message) {

    public ValidationIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        line = Math.max(0, line);
    }

    static ValidationIssue error(String field, int line, String message) {
        return new ValidationIssue(Severity.ERROR, field, line, message);
    }

    static ValidationIssue warning(String field, int line, String message) {
        return new ValidationIssue(Severity.WARNING, field, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** E.g. {@code ERROR name (line 2): name "Template-Skill" must match the folder name "template"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(severity.name());
        if (field != null) {
            sb.append(' ').append(field);
        }
        if (line > 0) {
            sb.append(" (line ").append(line).append(')');
        }
        return sb.append(": ").append(message).toString();
    }
}
