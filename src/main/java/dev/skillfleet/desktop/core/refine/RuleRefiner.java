package dev.skillfleet.desktop.core.refine;

import dev.skillfleet.desktop.core.engine.WhenToUseSection;
import dev.skillfleet.desktop.core.skill.SkillDocument;
import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillParseException;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The offline refine engine: the quick actions by rule, and the user's words when they name quick actions
 * ("fix the errors and add examples"). Edits are minimal as {@link SkillFixer}'s are: only the lines a change
 * concerns differ; key order, comments, quoting, line breaks and a byte order mark stay. Deterministic, no network.
 *
 * <p>Several actions run in a fixed order (fix, tighten, When to Use, examples, shorten), each on the text the one
 * before left, and the proposal goes from the original to the end result with every reason.
 */
public final class RuleRefiner implements SkillRefiner {

    public static final String ENGINE = "Built-in rules";

    static final String UNDERSTANDS = "The built-in engine understands: fix validation problems, tighten the "
            + "description, add When to Use, add examples, shorten. Use a model endpoint for other changes.";

    private static final String BOM = "\uFEFF";

    private final SkillFixer fixer = new SkillFixer();
    private final SkillValidator validator = new SkillValidator();

    public RuleRefiner() {
    }

    @Override
    public String engineName() {
        return ENGINE;
    }

    @Override
    public Refinement refine(RefineRequest request, RefineProgress progress) throws RefineException {
        String original = request.skillMd();
        String folder = request.folderName();
        List<RefineAction> actions = request.action().map(List::of)
                .orElseGet(() -> InstructionWords.actions(request.instruction()));
        checkCancelled(progress);
        if (actions.isEmpty()) {
            progress.step("No built-in action matches the instruction");
            ValidationReport report = validator.validateText(folder, original);
            return new Refinement(Proposal.none(original, List.of()), Optional.empty(), report, report,
                    List.of(UNDERSTANDS), ENGINE);
        }
        if (actions.equals(List.of(RefineAction.FIX_PROBLEMS))) {
            progress.step(RefineAction.FIX_PROBLEMS.label());
            FixResult fix = fixer.fix(original, folder);
            return new Refinement(fix.proposal(), fix.newFolderName(), fix.before(), fix.after(),
                    fixNotes(fix, fix.after()), ENGINE);
        }

        boolean bom = original.startsWith(BOM);
        String text = (bom ? original.substring(1) : original).replace("\r\n", "\n");
        List<String> reasons = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        Optional<String> newFolder = Optional.empty();
        FixResult fix = null;
        // The fix adds a missing When to Use section: "Add When to Use" after it then has nothing to say.
        boolean hadWhenToUse = WhenToUseSection.isPresent(text);
        for (RefineAction action : actions) {
            checkCancelled(progress);
            progress.step(action.label());
            if (action == RefineAction.FIX_PROBLEMS) {
                fix = fixer.fix(text, folder);
                text = fix.proposal().proposed(); // in the \n breaks it was given
                reasons.addAll(fix.proposal().reasons());
                newFolder = fix.newFolderName();
            } else {
                text = edit(action, text, folder, reasons, notes, hadWhenToUse);
            }
        }
        Proposal proposal = Proposal.of(original, (bom ? BOM : "") + text, reasons);
        ValidationReport before = validator.validateText(folder, original);
        ValidationReport after = validator.validateText(newFolder.orElse(folder), proposal.proposed());
        List<String> allNotes = new ArrayList<>();
        if (fix != null) {
            allNotes.addAll(fixNotes(fix, after));
        }
        allNotes.addAll(notes);
        return new Refinement(proposal, newFolder, before, after, allNotes, ENGINE);
    }

    /** One action other than the fix, on {@code \n} text without a byte order mark; the text after it. */
    private static String edit(RefineAction action, String text, String folder, List<String> reasons,
                               Set<String> notes, boolean hadWhenToUse) {
        SkillDocument doc;
        try {
            doc = SkillDocumentParser.parse(text);
        } catch (SkillParseException e) {
            notes.add("The frontmatter does not parse: " + e.getMessage() + (e.line() > 0 ? " (line " + e.line()
                    + ")" : "") + ". Run \u201c" + RefineAction.FIX_PROBLEMS.label() + "\u201d first.");
            return text;
        }
        FrontmatterText frontmatter = new FrontmatterText(text, doc);
        String name = doc.text("name") != null && !doc.text("name").isBlank() ? doc.text("name").strip()
                : folder == null ? "" : folder;
        List<String> found = new ArrayList<>();
        switch (action) {
            case TIGHTEN_DESCRIPTION -> tighten(frontmatter, doc, name, reasons, found, false);
            case ADD_WHEN_TO_USE -> {
                if (WhenToUseSection.isPresent(frontmatter.body())) {
                    if (hadWhenToUse) {
                        found.add("The body already has a \u201c## When to Use\u201d section.");
                    }
                } else {
                    SkillFixer.addWhenToUse(frontmatter, description(doc), name, reasons);
                }
            }
            case ADD_EXAMPLES -> {
                MarkdownLines body = MarkdownLines.of(frontmatter.body());
                int heading = ExamplesSection.existingHeading(body);
                if (heading >= 0) {
                    found.add("The body already has examples (\u201c" + body.lines.get(heading).strip()
                            + "\u201d, line " + (doc.bodyStartLine() + heading) + ").");
                } else {
                    frontmatter.body(ExamplesSection.add(frontmatter.body(), description(doc), name));
                    reasons.add("Added an \u201c## Examples\u201d section with two examples drawn from the "
                            + "description: they are starting points, so replace them with real requests.");
                }
            }
            case SHORTEN -> shorten(frontmatter, doc, name, reasons, found);
            case FIX_PROBLEMS -> throw new IllegalArgumentException("the fix is not an edit");
        }
        notes.addAll(found);
        return frontmatter.render();
    }

    /** True when the description changed. */
    private static boolean tighten(FrontmatterText frontmatter, SkillDocument doc, String name, List<String> reasons,
                                   List<String> notes, boolean quiet) {
        if (!(doc.frontmatter().get("description") instanceof String description) || description.isBlank()) {
            notes.add(DescriptionTightener.notText(doc));
            return false;
        }
        String tightened = DescriptionTightener.tighten(description, name, reasons, notes, quiet);
        if (tightened == null) {
            return false;
        }
        if (!frontmatter.setValue("description", tightened)) {
            notes.add("The description's line could not be found, so it was left as it is.");
            return false;
        }
        return true;
    }

    private static void shorten(FrontmatterText frontmatter, SkillDocument doc, String name, List<String> reasons,
                                List<String> notes) {
        int notesBefore = notes.size();
        boolean description = tighten(frontmatter, doc, name, reasons, notes, true);
        boolean descriptionTight = !description && notes.size() == notesBefore;
        BodyShortener.Counts[] counts = new BodyShortener.Counts[1];
        String body = BodyShortener.shorten(frontmatter.body(), counts);
        if (counts[0].any()) {
            frontmatter.body(body);
            reasons.add(counts[0].reason());
        } else if (!description) {
            notes.add((descriptionTight ? "Nothing to shorten by rule: the description is short and says when to use "
                    + "the skill, and the body has" : "The body has nothing to shorten by rule:")
                    + " no extra blank lines, trailing spaces, paragraphs pasted twice or filler phrases.");
        }
        long lines = body.lines().count();
        if (lines > BodyShortener.MAX_BODY_LINES) {
            notes.add("The body has " + lines + " lines; the format advises under " + BodyShortener.MAX_BODY_LINES
                    + ". Move detailed material into files under references/ and link to them (one level deep).");
        }
    }

    private static String description(SkillDocument doc) {
        return doc.frontmatter().get("description") instanceof String s ? s.strip() : "";
    }

    /** What the fix left: each error still there (the rules could not fix it), or why nothing changed. */
    private static List<String> fixNotes(FixResult fix, ValidationReport after) {
        List<String> notes = new ArrayList<>();
        if (!fix.changesAnything() && fix.before().valid()) {
            notes.add("The skill has no validation problems to fix.");
        }
        after.errors().forEach(issue -> notes.add(describe(issue)));
        return notes;
    }

    /** "name: name "X" must match the folder name "y" (line 2)". */
    static String describe(ValidationIssue issue) {
        return (issue.field() == null ? "" : issue.field() + ": ") + issue.message()
                + (issue.line() > 0 ? " (line " + issue.line() + ")" : "");
    }

    private static void checkCancelled(RefineProgress progress) throws RefineException {
        if (progress.cancelled()) {
            throw RefineException.cancelledByUser();
        }
    }
}
