package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.skill.SkillDocument;
import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillParseException;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything the editor derives from one version of the text, computed together off the FX thread and applied as one
 * update: the validation report, the gutter's markers, the form's values and the body for the preview.
 *
 * @param form       the frontmatter fields, or null when the frontmatter does not parse
 * @param parseError why the frontmatter does not parse ("" when it does), with its line
 * @param body       the Markdown after the frontmatter, for the preview
 * @param bodyLine   1-based line where the body starts
 */
record Analysis(ValidationReport report, Map<Integer, LineMarker> markers, FormValues form, String parseError,
                String body, int bodyLine) {

    Analysis {
        markers = Collections.unmodifiableMap(new TreeMap<>(markers));
    }

    /** @param folderName the skill's folder, which the name must match; null skips that check */
    static Analysis of(SkillValidator validator, String folderName, String text) {
        FrontmatterLayout layout = FrontmatterLayout.of(text);
        ValidationReport report;
        FormValues form;
        String parseError;
        String body;
        int bodyLine;
        try {
            SkillDocument doc = SkillDocumentParser.parse(text);
            report = validator.validateDocument(folderName, doc);
            form = FormValues.of(doc);
            parseError = "";
            body = doc.body();
            bodyLine = doc.bodyStartLine();
        } catch (SkillParseException e) {
            report = validator.validateText(folderName, text);
            form = null;
            parseError = e.line() > 0 ? "Line " + e.line() + ": " + e.getMessage() : e.getMessage();
            // The body is still worth previewing when only the YAML is broken.
            body = layout.closed() || !layout.frontmatter() ? text.substring(layout.bodyStart()) : "";
            bodyLine = layout.bodyLine();
        }
        return new Analysis(report, markers(report.issues()), form, parseError, body, bodyLine);
    }

    /** Issues with a line, grouped by it; an issue without a line (a missing key) shows only in the list. */
    static Map<Integer, LineMarker> markers(List<ValidationIssue> issues) {
        return issues.stream().filter(i -> i.line() > 0)
                .collect(Collectors.groupingBy(ValidationIssue::line, TreeMap::new, Collectors.toList()))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> LineMarker.of(e.getKey(), e.getValue()),
                        (a, b) -> a, TreeMap::new));
    }
}
