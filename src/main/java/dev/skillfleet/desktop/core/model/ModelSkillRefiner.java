package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.TurnCancelledException;
import dev.skillfleet.desktop.core.assistant.UserFacingException;
import dev.skillfleet.desktop.core.engine.Replies;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.refine.Proposal;
import dev.skillfleet.desktop.core.refine.RefineException;
import dev.skillfleet.desktop.core.refine.RefineProgress;
import dev.skillfleet.desktop.core.refine.RefineRequest;
import dev.skillfleet.desktop.core.refine.Refinement;
import dev.skillfleet.desktop.core.refine.SkillRefiner;
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
 * The editor's "Refine…" with a model: sends the SKILL.md as the editor holds it, its validation findings and the
 * action's (or the user's) words, holds the answer to the validator with one repair round, and proposes the revision
 * as hunks. Nothing is written; the chat's REFINE ({@link ModelRefineHandler}) asks the same way.
 *
 * <p>No completion cache: asking again for the same refine means the user wants another answer, not a replay.
 */
public final class ModelSkillRefiner implements SkillRefiner {

    private static final String BOM = "\uFEFF";

    private final ModelCall model;
    private final SkillGeneration generation;
    private final SkillValidator validator = new SkillValidator();

    public ModelSkillRefiner(Endpoint endpoint, ModelClient client) {
        this.model = new ModelCall(client, endpoint);
        this.generation = new SkillGeneration(model);
    }

    @Override
    public String engineName() {
        return model.modelName();
    }

    @Override
    public Refinement refine(RefineRequest request, RefineProgress progress) throws RefineException {
        String original = request.skillMd();
        if (original.length() > RevisionRequest.MAX_FILE_CHARS) {
            throw new RefineException(RevisionRequest.tooLarge("The SKILL.md"));
        }
        if (progress.cancelled()) {
            throw RefineException.cancelledByUser();
        }
        String folder = request.folderName();
        String written = nameOf(original);
        String fallback = RevisionRequest.fallbackName(written, folder);
        String name = written != null ? written : folder != null ? folder : fallback;
        ValidationReport before = validator.validateText(folder, original);
        progress.step("Checked " + name + ": " + Replies.plural(before.errors().size(), "error") + ", "
                + Replies.plural(before.warnings().size(), "warning"));
        progress.step("Asking " + model.modelName() + " to revise " + name);

        ProgressOutput out = new ProgressOutput(progress);
        SkillGeneration.GeneratedSkill revised;
        try {
            revised = generation.generate(RevisionRequest.of(name, request.wording(),
                    folder == null ? fallback : folder, before.issues(), withoutBom(original)), fallback, out);
        } catch (TurnCancelledException e) {
            throw RefineException.cancelledByUser();
        } catch (UserFacingException e) {
            if (progress.cancelled()) {
                throw RefineException.cancelledByUser();
            }
            throw new RefineException(e.getMessage(), e);
        } finally {
            out.flush();
        }
        if (progress.cancelled()) {
            throw RefineException.cancelledByUser();
        }
        return proposal(original, folder, revised, before);
    }

    private Refinement proposal(String original, String folder, SkillGeneration.GeneratedSkill revised,
                                ValidationReport before) {
        String engine = model.modelName();
        if (SkillDiff.same(withoutBom(original), revised.skillMd())) {
            return new Refinement(Proposal.none(original, List.of()), Optional.empty(), before, before,
                    List.of(engine + " returned the skill unchanged. Say more precisely what should change, e.g. "
                            + "\u201cadd an example for large files\u201d."), engine);
        }
        Optional<String> newFolder = folder != null && !nfkc(folder).equals(nfkc(revised.name()))
                ? Optional.of(revised.name()) : Optional.empty();
        // The model never sees the byte order mark; without it back the first line would show as changed.
        String proposed = (original.startsWith(BOM) ? BOM : "") + revised.skillMd();
        // Diffed once for the counts and the validation, once more to carry the reasons that need them.
        Proposal diff = Proposal.of(original, proposed, List.of());
        int added = diff.hunks().stream().mapToInt(h -> h.proposedLines().size()).sum();
        int removed = diff.hunks().stream().mapToInt(h -> h.originalLines().size()).sum();
        ValidationReport after = validator.validateText(newFolder.orElse(folder), diff.proposed());
        List<String> reasons = new ArrayList<>();
        reasons.add(engine + " revised the skill: " + Replies.plural(added, "line") + " added, "
                + Replies.plural(removed, "line") + " removed.");
        newFolder.ifPresent(f -> reasons.add("The folder \"" + folder + "\" must be renamed to \"" + f + "\" to match "
                + "the name in the revision: the specification requires the two to be equal."));
        reasons.add(after.valid()
                ? "Validated: 0 errors, " + Replies.plural(after.warnings().size(), "warning")
                + (revised.repaired() ? " (after one repair round)." : ".")
                : "Validated: " + Replies.plural(after.errors().size(), "error")
                + (after.errors().size() == 1 ? " remains" : " remain")
                + (revised.repaired() ? " after one repair round." : "."));
        Proposal proposal = Proposal.of(original, proposed, reasons);
        List<String> notes = new ArrayList<>();
        after.errors().forEach(issue -> notes.add(describe(issue)));
        return new Refinement(proposal, newFolder, before, after, notes, engine);
    }

    /** The frontmatter's name when it can be read; null otherwise. */
    private static String nameOf(String skillMd) {
        try {
            String name = SkillDocumentParser.parse(skillMd).text("name");
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        } catch (SkillParseException e) {
            // The model gets the raw file: repairing broken YAML is what it can do and the rules cannot.
        }
        return null;
    }

    /** As the rule-based refiner words an error it leaves: "name: … (line 2)". */
    private static String describe(ValidationIssue issue) {
        return (issue.field() == null ? "" : issue.field() + ": ") + issue.message()
                + (issue.line() > 0 ? " (line " + issue.line() + ")" : "");
    }

    private static String withoutBom(String text) {
        return text.startsWith(BOM) ? text.substring(1) : text;
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
