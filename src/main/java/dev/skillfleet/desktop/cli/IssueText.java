package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.skill.ValidationIssue;

/**
 * How a validation issue is printed by {@code validate}, in both formats: {@code FIELD (line N): MESSAGE}, without
 * the line part when the issue has no line and without the field part when it has no field. The severity is left
 * out because the issue already sits in an "errors" or "warnings" list (or behind "error:"/"warning:" in text).
 */
final class IssueText {

    private IssueText() {
    }

    static String of(ValidationIssue issue) {
        StringBuilder text = new StringBuilder();
        if (issue.field() != null) {
            text.append(issue.field());
        }
        if (issue.line() > 0) {
            text.append(text.isEmpty() ? "" : " ").append("(line ").append(issue.line()).append(')');
        }
        return text.isEmpty() ? issue.message() : text.append(": ").append(issue.message()).toString();
    }
}
