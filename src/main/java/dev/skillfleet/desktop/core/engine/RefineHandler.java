package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnRequest;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidationIssue;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.nio.file.Path;
import java.util.Optional;

/**
 * REFINE offline: finds the named skill, checks it against the rules and the format's advice, and writes an
 * improved copy as a draft — the original is never touched — answering with each change and its reason.
 */
final class RefineHandler implements IntentHandler {

    private final CachedLibrary library;
    private final DraftStore drafts;
    private final SkillValidator validator = new SkillValidator();
    private final SkillImprover improver = new SkillImprover();

    RefineHandler(CachedLibrary library, DraftStore drafts) {
        this.library = library;
        this.drafts = drafts;
    }

    @Override
    public boolean canHandle(TurnRequest request) {
        return request.intent().intent() == Intent.REFINE;
    }

    @Override
    public void handle(TurnRequest request, TurnOutput out) throws Exception {
        Replies.intentStep(out, request.intent());
        LibraryScan scan = library.scan();
        Optional<Skill> skill = RefineTarget.resolve(request, scan, out);
        if (skill.isPresent()) {
            refine(skill.get(), request.message(), out);
        }
    }

    private void refine(Skill skill, String instruction, TurnOutput out) throws Exception {
        if (skill.broken()) {
            String why = skill.report().errors().stream().map(ValidationIssue::toString).findFirst().orElse("unreadable");
            Replies.step(out, "%s cannot be parsed: %s", skill.name(), why);
            Replies.answer(out, "**" + skill.name() + "** cannot be refined by rule because its SKILL.md cannot be read: "
                    + why + ".\n\nFix the frontmatter by hand (`" + skill.file() + "`) and ask again.\n");
            return;
        }
        ValidationReport before = skill.report();
        Replies.step(out, "Checked %s: %s, %s", skill.name(), Replies.plural(before.errors().size(), "error"),
                Replies.plural(before.warnings().size(), "warning"));
        Improvement improvement = improver.improve(skill, instruction);
        if (improvement.changes().isEmpty()) {
            Replies.step(out, "Nothing to change by rule");
            Replies.answer(out, nothingToChange(skill, improvement));
            return;
        }
        ValidationReport after = validator.validateText(improvement.name(), improvement.skillMd());
        Replies.step(out, "Improved copy: %s, %s", Replies.plural(after.errors().size(), "error"),
                Replies.plural(after.warnings().size(), "warning"));
        Path file = drafts.writeCopy(skill.dir(), skill.category(), improvement.name(), improvement.skillMd());
        Replies.step(out, "Wrote %s", library.root().relativize(file));
        out.draft(new DraftCard(improvement.name(), skill.category(), file, after.valid(), after.errors().size(),
                after.warnings().size(), skill.dir()));
        Replies.answer(out, changesAnswer(skill, improvement, before, after, file));
    }

    private static String nothingToChange(Skill skill, Improvement improvement) {
        StringBuilder text = new StringBuilder("**").append(skill.name()).append("** already follows the rules I can "
                + "check offline (").append(Replies.plural(skill.report().warnings().size(), "warning"))
                .append("), so I wrote no draft.\n");
        improvement.remaining().forEach(r -> text.append("\n- ").append(r));
        return text.append(improvement.remaining().isEmpty() ? "" : "\n").toString();
    }

    private static String changesAnswer(Skill skill, Improvement improvement, ValidationReport before,
                                        ValidationReport after, Path file) {
        StringBuilder text = new StringBuilder();
        text.append("I wrote an improved copy of **").append(skill.name()).append("** as a draft; the original at `")
                .append(skill.dir()).append("` is unchanged.\n\n");
        text.append("- Before: ").append(Replies.plural(before.errors().size(), "error")).append(", ")
                .append(Replies.plural(before.warnings().size(), "warning")).append("\n- After: ")
                .append(Replies.plural(after.errors().size(), "error")).append(", ")
                .append(Replies.plural(after.warnings().size(), "warning")).append("\n- Draft: `").append(file)
                .append("`\n\n**What changed and why**\n\n");
        improvement.changes().forEach(c -> text.append("- ").append(c).append('\n'));
        if (!improvement.remaining().isEmpty() || !after.issues().isEmpty()) {
            text.append("\n**Still to do by hand**\n\n");
            improvement.remaining().forEach(r -> text.append("- ").append(r).append('\n'));
            after.issues().forEach(i -> text.append("- ").append(i.severity().name().toLowerCase()).append(": ")
                    .append(i.message()).append('\n'));
        }
        return text.toString();
    }
}
