package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.skill.Severity;
import dev.skillfleet.desktop.core.skill.ValidationIssue;

import java.util.List;

/**
 * What the gutter shows beside one line: the worst severity of the problems on it and all their messages.
 *
 * @param line 1-based line of the text
 */
public record LineMarker(int line, Severity severity, List<String> messages) {

    public LineMarker {
        messages = List.copyOf(messages);
    }

    static LineMarker of(int line, List<ValidationIssue> issues) {
        Severity worst = issues.stream().anyMatch(ValidationIssue::isError) ? Severity.ERROR : Severity.WARNING;
        return new LineMarker(line, worst, issues.stream()
                .map(i -> (i.isError() ? "Error: " : "Warning: ") + i.message()).toList());
    }

    /** The tooltip: one problem per line. */
    public String tooltip() {
        return String.join("\n", messages);
    }
}
