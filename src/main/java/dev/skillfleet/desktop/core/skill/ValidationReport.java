package dev.skillfleet.desktop.core.skill;

import java.util.List;

/** Everything validation found about one skill, errors and warnings in the order the checks ran. */
public record ValidationReport(List<ValidationIssue> issues) {

    public ValidationReport {
        issues = List.copyOf(issues);
    }

    public static ValidationReport empty() {
        return new ValidationReport(List.of());
    }

    public List<ValidationIssue> errors() {
        return issues.stream().filter(ValidationIssue::isError).toList();
    }

    public List<ValidationIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    /** True when there is no error; warnings never make a skill invalid. */
    public boolean valid() {
        return issues.stream().noneMatch(ValidationIssue::isError);
    }

    /** The issues about one field, e.g. to show them beside that field in the editor. */
    public List<ValidationIssue> about(String field) {
        return issues.stream().filter(i -> field.equals(i.field())).toList();
    }
}
