package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.engine.SkillNaming;
import dev.skillfleet.desktop.core.skill.SkillDocument;
import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillParseException;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.util.ArrayList;
import java.util.List;

/**
 * A SKILL.md a model wrote, taken out of its reply, with the folder it will live in and the validator's report.
 *
 * <p>The folder is the frontmatter's name, normalised ({@link SkillNaming#normalize}); when the model wrote a name
 * that is not already in that form ("Redis Caching"), the name line is rewritten to the normalised one, because a
 * name/folder mismatch is a mechanical slip not worth a repair round. Without a usable name the fallback is used.
 *
 * @param name        the folder name, also the frontmatter name when there is one
 * @param skillMd     the file's text
 * @param report      strict validation against {@code name}
 * @param modelsName  the name as the model wrote it when it had to be changed; null otherwise
 */
record SkillCandidate(String name, String skillMd, ValidationReport report, String modelsName) {

    private static final SkillValidator VALIDATOR = new SkillValidator();

    static SkillCandidate fromReply(String reply, String fallbackName) {
        String text = SkillMdExtractor.extract(reply);
        String name = fallbackName;
        String modelsName = null;
        try {
            SkillDocument document = SkillDocumentParser.parse(text);
            String written = document.text("name");
            if (written != null && !written.isBlank()) {
                String normalized = SkillNaming.normalize(written);
                name = normalized.isEmpty() ? fallbackName : normalized;
                if (!name.equals(written.strip())) {
                    String renamed = withNameLine(text, document.lineOf("name"), name);
                    if (renamed != null) {
                        text = renamed;
                        modelsName = written.strip();
                    }
                }
            }
        } catch (SkillParseException e) {
            // The validator reports the same failure with its line; the repair round gets it from there.
        }
        return new SkillCandidate(name, text, VALIDATOR.validateText(name, text), modelsName);
    }

    boolean valid() {
        return report.valid();
    }

    int errors() {
        return report.errors().size();
    }

    /** The text with the {@code name:} line (1-based) replaced; null when that line is not a plain one-line name. */
    private static String withNameLine(String text, int line, String name) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (line < 1 || line > lines.size()) {
            return null;
        }
        String current = lines.get(line - 1);
        String value = current.startsWith("name:") ? current.substring(5).strip() : "|";
        if (value.isEmpty() || value.startsWith("|") || value.startsWith(">")) {
            return null;
        }
        lines.set(line - 1, "name: " + name);
        return String.join("\n", lines) + (text.endsWith("\n") ? "\n" : "");
    }
}
