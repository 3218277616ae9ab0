package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.util.List;

/**
 * One line of {@code validate}'s output: a skill folder and what validation found.
 *
 * @param path     the PATH as the user typed it, or the skill folder's absolute path when a library was scanned
 * @param name     the skill's name (the folder's name when the SKILL.md gives none)
 * @param valid    no error
 * @param errors   each as {@link IssueText}
 * @param warnings each as {@link IssueText}
 */
record SkillResult(String path, String name, boolean valid, List<String> errors, List<String> warnings) {

    static SkillResult of(String path, String name, boolean valid, ValidationReport report) {
        return new SkillResult(path, name, valid, texts(report.errors()), texts(report.warnings()));
    }

    private static List<String> texts(List<ValidationIssue> issues) {
        return issues.stream().map(IssueText::of).toList();
    }
}
