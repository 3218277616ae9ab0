package dev.skillfleet.desktop.core.refine;

import dev.skillfleet.desktop.core.engine.DescriptionText;
import dev.skillfleet.desktop.core.engine.WhenToUseSection;
import dev.skillfleet.desktop.core.skill.SkillDocument;
import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillParseException;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule-based fixes of a SKILL.md's validation problems, for the {@code fix} command and the editor's "fix
 * validation problems": quote YAML values that keep the frontmatter from parsing, lower-case and hyphenate the name
 * (the folder must then be renamed to match), write a missing description from the body's opening sentence, cut an
 * over-long description (or compatibility) at a sentence boundary, move keys the specification does not allow into
 * {@code metadata}, and add a missing "## When to Use" section.
 *
 * <p>Edits are minimal: only the lines a fix concerns change; the user's key order, quoting, comments and body stay
 * as they were, so the proposal's diff shows the fixes and nothing else. Offline and deterministic; no JavaFX.
 */
public final class SkillFixer {

    private static final int MAX_DESCRIPTION = 1024;
    private static final int MAX_COMPATIBILITY = 500;
    private static final String BOM = "\uFEFF";

    private final SkillValidator validator = new SkillValidator();

    /**
     * @param skillMd    the SKILL.md text as it is (any line breaks; a byte order mark is kept)
     * @param folderName the folder the skill is in, or null when unknown (then no folder rename is proposed)
     */
    public FixResult fix(String skillMd, String folderName) {
        ValidationReport before = validator.validateText(folderName, skillMd);
        boolean bom = skillMd.startsWith(BOM);
        String text = (bom ? skillMd.substring(1) : skillMd).replace("\r\n", "\n");
        List<String> reasons = new ArrayList<>();
        SkillDocument doc;
        try {
            doc = SkillDocumentParser.parse(text);
        } catch (SkillParseException e) {
            Optional<ValueQuoter.Quoted> quoted = ValueQuoter.quote(text);
            try {
                if (quoted.isEmpty()) {
                    return unchanged(skillMd, before);
                }
                doc = SkillDocumentParser.parse(quoted.get().text());
                text = quoted.get().text();
                reasons.addAll(quoted.get().reasons());
            } catch (SkillParseException stillBroken) {
                return unchanged(skillMd, before); // quoting alone does not repair it: the user must look
            }
        }
        FrontmatterText frontmatter = new FrontmatterText(text, doc);
        String name = fixName(frontmatter, doc, folderName, reasons);
        Optional<String> newFolder = folderName != null && !name.isEmpty() && !nfkc(folderName).equals(nfkc(name))
                ? Optional.of(nfkc(name)) : Optional.empty();
        newFolder.ifPresent(folder -> reasons.add("The folder \"" + folderName + "\" must be renamed to \"" + folder
                + "\" to match the name: the specification requires the two to be equal."));
        String description = fixDescription(frontmatter, doc, reasons);
        fixCompatibility(frontmatter, doc, reasons);
        MetadataMove.apply(frontmatter, doc, reasons);
        addWhenToUse(frontmatter, description, name.isEmpty() ? folderName : name, reasons);

        Proposal proposal = Proposal.of(skillMd, (bom ? BOM : "") + frontmatter.render(), reasons);
        ValidationReport after = validator.validateText(newFolder.orElse(folderName), proposal.proposed());
        return new FixResult(proposal, newFolder, before, after);
    }

    private static FixResult unchanged(String skillMd, ValidationReport before) {
        return new FixResult(Proposal.none(skillMd, List.of()), Optional.empty(), before, before);
    }

    /** The name after the fix ("" when there is none to be had). */
    private String fixName(FrontmatterText text, SkillDocument doc, String folder, List<String> reasons) {
        Object value = doc.frontmatter().get("name");
        String current = value instanceof String s ? s.strip() : "";
        boolean formErrors = validator.validateDocument(null, doc).about("name").stream()
                .anyMatch(ValidationIssue::isError);
        if (!formErrors) {
            return current;
        }
        String fromName = FixedName.of(current);
        String fixed = fromName.isEmpty() && folder != null ? FixedName.of(folder) : fromName;
        if (fixed.isEmpty()) {
            return ""; // nothing to build a name from: the error stays for the user
        }
        String from = fromName.isEmpty() ? " (from the folder's name)" : "";
        if (!doc.frontmatter().containsKey("name")) {
            text.insertAtTop(FrontmatterText.render("name", fixed));
            reasons.add("Added the missing name \"" + fixed + "\"" + from + ": every skill needs one.");
        } else if (!text.setValue("name", fixed)) {
            return ""; // its line is unknown: leave it, and propose no folder for a name that stays invalid
        } else if (current.isEmpty()) {
            reasons.add("Gave the " + (value instanceof String || value == null ? "empty" : "non-text")
                    + " name the value \"" + fixed + "\"" + from + ".");
        } else {
            reasons.add("Renamed \"" + current + "\" to \"" + fixed + "\"" + from + ": a name is lower-case letters "
                    + "and digits joined by single hyphens, at most 64 characters.");
        }
        return fixed;
    }

    /** The description after the fix, for the When to Use section. */
    private static String fixDescription(FrontmatterText text, SkillDocument doc, List<String> reasons) {
        Object value = doc.frontmatter().get("description");
        if (value != null && !(value instanceof String)) {
            return ""; // a list or mapping: what text it should be is the user's call
        }
        String description = value == null ? "" : ((String) value).strip();
        if (description.isEmpty()) {
            String opening = DescriptionText.firstParagraph(text.body());
            if (opening.isEmpty()) {
                return "";
            }
            if (doc.frontmatter().containsKey("description")) {
                if (!text.setValue("description", opening)) {
                    return "";
                }
            } else if (doc.frontmatter().containsKey("name")) {
                text.insertAfter("name", FrontmatterText.render("description", opening));
            } else {
                text.insertAtTop(FrontmatterText.render("description", opening));
            }
            reasons.add("Wrote the missing description from the body's opening sentence; make sure it says what the "
                    + "skill does and when to use it.");
            return opening;
        }
        int length = description.codePointCount(0, description.length());
        if (length <= MAX_DESCRIPTION) {
            return description;
        }
        String cut = DescriptionText.cutAtSentence(description.replaceAll("\\s+", " "), MAX_DESCRIPTION);
        if (!text.setValue("description", cut)) {
            return description;
        }
        reasons.add("Cut the description from " + length + " to " + cut.codePointCount(0, cut.length())
                + " characters at a sentence boundary: the limit is " + MAX_DESCRIPTION + ".");
        return cut;
    }

    private static void fixCompatibility(FrontmatterText text, SkillDocument doc, List<String> reasons) {
        Object value = doc.frontmatter().get("compatibility");
        if (value == null) {
            return;
        }
        String compatibility = value instanceof String s ? s : MetadataMove.asText(value);
        int length = compatibility.codePointCount(0, compatibility.length());
        if (value instanceof String && length <= MAX_COMPATIBILITY) {
            return;
        }
        String fixed = length > MAX_COMPATIBILITY
                ? DescriptionText.cutAtSentence(compatibility.replaceAll("\\s+", " "), MAX_COMPATIBILITY)
                : compatibility;
        if (!text.setValue("compatibility", fixed)) {
            return;
        }
        reasons.add(value instanceof String
                ? "Cut compatibility from " + length + " to " + fixed.length() + " characters at a sentence boundary: "
                + "the limit is " + MAX_COMPATIBILITY + "."
                : "Wrote compatibility as text (\"" + fixed + "\"): the specification requires a string.");
    }

    /** Adds the section when the body has none; also the editor's "Add When to Use" ({@link RuleRefiner}). */
    static void addWhenToUse(FrontmatterText text, String description, String name, List<String> reasons) {
        String body = text.body();
        if (WhenToUseSection.isPresent(body)) {
            return;
        }
        text.body(WhenToUseSection.insertAfterTitle(body, WhenToUseSection.section(description,
                name == null ? "" : name)));
        boolean fromClause = description.matches("(?is).*\\buse (?:this skill )?when\\b.*");
        reasons.add(fromClause
                ? "Added a \"## When to Use\" section listing the situations of the description's \"Use when\" "
                + "clause, so an agent (and a reader) sees at once when the skill applies."
                : "Added a \"## When to Use\" section with a placeholder situation: the description has no \"Use "
                + "when\" clause to take them from, so list the real ones.");
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
