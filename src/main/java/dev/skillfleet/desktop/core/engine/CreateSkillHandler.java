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
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * CREATE_SKILL offline: derives name, category and description from the request, checks the library for a clash,
 * validates strictly and writes a draft. With no subject it asks what the skill should do.
 */
final class CreateSkillHandler implements IntentHandler {

    private final CachedLibrary library;
    private final DraftStore drafts;
    private final SkillValidator validator = new SkillValidator();

    CreateSkillHandler(CachedLibrary library, DraftStore drafts) {
        this.library = library;
        this.drafts = drafts;
    }

    @Override
    public boolean canHandle(TurnRequest request) {
        return request.intent().intent() == Intent.CREATE_SKILL;
    }

    @Override
    public void handle(TurnRequest request, TurnOutput out) throws Exception {
        Replies.intentStep(out, request.intent());
        String topic = SkillTopic.of(request.intent().subject());
        List<String> terms = SkillNaming.terms(topic);
        String name = SkillNaming.nameFrom(terms);
        if (name.isEmpty()) {
            Replies.step(out, "No subject in the request: asking what the skill should do");
            out.ask(SkillTopic.whatShouldItDo(request.message()));
            return;
        }
        LibraryScan scan = library.scan();
        String category = CategoryGuesser.guess(terms, scan.categories().keySet());
        Replies.step(out, "Name: %s", name);
        Replies.step(out, "Category: %s", category);
        Optional<Skill> clash = scan.skills().stream().filter(s -> s.name().equals(name)).findFirst();
        Replies.step(out, "Checked %d existing skills: %s", scan.skills().size(),
                clash.map(s -> "\u201c" + name + "\u201d already exists at " + relative(s.dir())).orElse("no name clash"));

        String skillMd = SkillDraftComposer.compose(name, category, topic);
        ValidationReport report = validator.validateText(name, skillMd);
        Replies.step(out, "Validated: %s, %s", Replies.plural(report.errors().size(), "error"),
                Replies.plural(report.warnings().size(), "warning"));
        Path file = drafts.write(category, name, skillMd);
        Replies.step(out, "Wrote %s", relative(file));
        out.draft(new DraftCard(name, category, file, report.valid(), report.errors().size(), report.warnings().size()));
        Replies.answer(out, answer(name, category, topic, file, report, clash));
    }

    private String answer(String name, String category, String topic, Path file, ValidationReport report,
                          Optional<Skill> clash) {
        StringBuilder text = new StringBuilder();
        text.append("I drafted **").append(name).append("** in the *").append(category).append("* category for ")
                .append(topic).append(".\n\n");
        text.append("- Draft: `").append(file).append("`\n");
        text.append("- Validation: ").append(report.valid() ? "passes" : "fails").append(" (")
                .append(Replies.plural(report.errors().size(), "error")).append(", ")
                .append(Replies.plural(report.warnings().size(), "warning")).append(")\n");
        for (var issue : report.issues()) {
            text.append("  - ").append(issue.severity().name().toLowerCase()).append(": ").append(issue.message())
                    .append('\n');
        }
        clash.ifPresent(existing -> text.append("- Note: a skill named **").append(name).append("** already exists at `")
                .append(existing.dir()).append("`. Promoting this draft would replace it; to improve the existing one "
                        + "instead, say \u201cimprove the ").append(name).append(" skill\u201d.\n"));
        text.append("\nThe draft has a description with its trigger (\u201cUse when\u2026\u201d), a **When to Use** "
                + "section, step-by-step **Instructions** and an **Example**. It was written from your request alone: "
                + "add the project-specific commands, settings and pitfalls before you promote it into the library.\n");
        return text.toString();
    }

    private String relative(Path path) {
        Path root = library.root();
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }
}
