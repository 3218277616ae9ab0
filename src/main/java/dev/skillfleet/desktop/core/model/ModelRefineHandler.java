package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnRequest;
import dev.skillfleet.desktop.core.assistant.UserFacingException;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.engine.DraftStore;
import dev.skillfleet.desktop.core.engine.RefineTarget;
import dev.skillfleet.desktop.core.engine.Replies;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * REFINE with a model: finds the skill as offline, sends its SKILL.md, its validation findings and the user's words
 * to the model, validates the revision (one repair round), writes it as a draft copy (the original is only read)
 * and answers with a unified diff against the original.
 *
 * <p>A skill whose frontmatter cannot be parsed is still sent: the raw file is exactly what a model can repair
 * and the rule-based refiner cannot.
 */
final class ModelRefineHandler implements IntentHandler {

    private static final int MAX_FILE_CHARS = RevisionRequest.MAX_FILE_CHARS;

    private final ModelCall model;
    private final CachedLibrary library;
    private final DraftStore drafts;
    private final SkillGeneration generation;

    ModelRefineHandler(ModelCall model, CachedLibrary library, DraftStore drafts) {
        this.model = model;
        this.library = library;
        this.drafts = drafts;
        this.generation = new SkillGeneration(model);
    }

    @Override
    public boolean canHandle(TurnRequest request) {
        return request.intent().intent() == Intent.REFINE;
    }

    @Override
    public void handle(TurnRequest request, TurnOutput out) throws Exception {
        Replies.intentStep(out, request.intent());
        Optional<Skill> found = RefineTarget.resolve(request, library.scan(), out);
        if (found.isEmpty()) {
            return;
        }
        Skill skill = found.get();
        if (skill.file() == null) {
            Replies.answer(out, "**" + skill.name() + "** has no SKILL.md at `" + skill.dir() + "`, so there is "
                    + "nothing to revise. Ask me to create the skill instead.\n");
            return;
        }
        String original = read(skill.file());
        ValidationReport before = skill.report();
        Replies.step(out, "Checked %s: %s, %s", skill.name(), Replies.plural(before.errors().size(), "error"),
                Replies.plural(before.warnings().size(), "warning"));
        Replies.step(out, "Asking %s to revise %s", model.modelName(), skill.name());
        String folder = skill.dir().getFileName().toString();
        SkillGeneration.GeneratedSkill revised = generation.generate(RevisionRequest.of(skill.name(),
                request.message(), folder, before.issues(), original),
                RevisionRequest.fallbackName(skill.name(), folder), out);

        if (SkillDiff.same(original, revised.skillMd())) {
            Replies.step(out, "The model changed nothing");
            Replies.answer(out, "The model returned **" + skill.name() + "** unchanged, so I wrote no draft. Say "
                    + "more precisely what should change, e.g. \u201cadd an example for X to the " + skill.name()
                    + " skill\u201d.\n");
            return;
        }
        ValidationReport after = revised.skill().report();
        Path file = drafts.writeCopy(skill.dir(), skill.category(), revised.name(), revised.skillMd());
        Replies.step(out, "Wrote %s", relative(file));
        out.draft(new DraftCard(revised.name(), skill.category(), file, after.valid(), after.errors().size(),
                after.warnings().size(), skill.dir()));
        SkillDiff diff = SkillDiff.of("a/" + relative(skill.file()), "b/" + relative(file), original,
                revised.skillMd());
        Replies.answer(out, answer(skill, revised, before, file, diff));
    }

    private String answer(Skill skill, SkillGeneration.GeneratedSkill revised, ValidationReport before, Path file,
                          SkillDiff diff) {
        ValidationReport after = revised.skill().report();
        StringBuilder text = new StringBuilder();
        text.append("I wrote ").append(model.modelName()).append("'s revision of **").append(skill.name())
                .append("** as a draft; the original at `").append(skill.dir()).append("` is unchanged.\n\n");
        if (!after.valid()) {
            text.append("\u26a0 The revision does **not** pass validation: ")
                    .append(Replies.plural(after.errors().size(), "error"))
                    .append(" remained after one repair round. Fix them before you promote the draft.\n\n");
        }
        text.append("- Before: ").append(Replies.plural(before.errors().size(), "error")).append(", ")
                .append(Replies.plural(before.warnings().size(), "warning")).append("\n- After: ")
                .append(Replies.plural(after.errors().size(), "error")).append(", ")
                .append(Replies.plural(after.warnings().size(), "warning"))
                .append(revised.repaired() ? " (after one repair round)" : "").append('\n');
        after.issues().forEach(issue -> text.append("  - ").append(issue.severity().name().toLowerCase())
                .append(": ").append(issue.message()).append('\n'));
        if (!revised.name().equals(skill.dir().getFileName().toString())) {
            text.append("- Folder: the draft is named `").append(revised.name()).append("` after its `name`.\n");
        }
        text.append("- Draft: `").append(file).append("`\n- Changes: ")
                .append(Replies.plural(diff.added(), "line")).append(" added, ")
                .append(Replies.plural(diff.removed(), "line")).append(" removed\n\n");
        text.append(diff.block());
        return text.toString();
    }

    private String relative(Path file) {
        return file.startsWith(library.root()) ? library.root().relativize(file).toString().replace('\\', '/')
                : file.getFileName().toString();
    }

    private static String read(Path file) throws UserFacingException {
        try {
            if (Files.size(file) > MAX_FILE_CHARS * 4L) {
                throw tooLarge(file);
            }
            String text = Files.readString(file);
            if (text.length() > MAX_FILE_CHARS) {
                throw tooLarge(file);
            }
            return text;
        } catch (MalformedInputException e) {
            throw new UserFacingException(file + " is not UTF-8 text, so it cannot be sent to the model. Save it as "
                    + "UTF-8 and ask again.", e);
        } catch (IOException e) {
            throw new UserFacingException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static UserFacingException tooLarge(Path file) {
        return new UserFacingException(RevisionRequest.tooLarge(file.toString()));
    }
}
