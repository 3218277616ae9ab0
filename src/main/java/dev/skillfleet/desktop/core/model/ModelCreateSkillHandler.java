package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.assistant.IntentHandler;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnRequest;
import dev.skillfleet.desktop.core.cache.CachedLibrary;
import dev.skillfleet.desktop.core.engine.CategoryGuesser;
import dev.skillfleet.desktop.core.engine.DraftStore;
import dev.skillfleet.desktop.core.engine.Replies;
import dev.skillfleet.desktop.core.engine.SkillNaming;
import dev.skillfleet.desktop.core.engine.SkillTopic;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillParseException;
import dev.skillfleet.desktop.core.skill.ValidationReport;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * CREATE_SKILL with a model: understanding, generation, validation, each shown as a thinking step; the model writes
 * the SKILL.md, the validator judges it (one repair round), and the result is saved as a draft and shown as a card.
 *
 * <p>The category is picked locally ({@link CategoryGuesser}, as offline) and given to the model, not chosen by it:
 * the draft's place in the library stays predictable and the same as without a model, and a model cannot invent a
 * category path. When even the repaired SKILL.md fails validation it is still saved as a draft, because the text is
 * the user's work product and drafts are outside the library until promoted; the answer and the card
 * ({@code valid=false}) say plainly how many errors it has and which.
 */
final class ModelCreateSkillHandler implements IntentHandler {

    private final ModelCall model;
    private final CachedLibrary library;
    private final DraftStore drafts;
    private final SkillGeneration generation;

    ModelCreateSkillHandler(ModelCall model, CachedLibrary library, DraftStore drafts) {
        this.model = model;
        this.library = library;
        this.drafts = drafts;
        this.generation = new SkillGeneration(model);
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
        String suggested = SkillNaming.nameFrom(terms);
        if (suggested.isEmpty()) {
            Replies.step(out, "No subject in the request: asking what the skill should do");
            out.ask(SkillTopic.whatShouldItDo(request.message()));
            return;
        }
        LibraryScan scan = library.scan();
        String category = CategoryGuesser.guess(terms, scan.categories().keySet());
        Replies.step(out, "Understanding: a skill for %s; suggested name %s, category %s; %s to avoid",
                Replies.quote(topic), suggested, category, Replies.plural(scan.skills().size(), "existing name"));
        Replies.step(out, "Generating SKILL.md with %s", model.modelName());
        String system = SkillPrompts.createSystem(suggested, category, LibrarySummary.of(scan));
        SkillGeneration.GeneratedSkill generated = generation.generate(Conversations.single(system,
                SkillPrompts.createUser(request.message(), topic)), suggested, out);

        String name = generated.name();
        ValidationReport report = generated.skill().report();
        Path file = drafts.write(category, name, generated.skillMd());
        Replies.step(out, "Wrote %s", library.root().relativize(file));
        out.draft(new DraftCard(name, category, file, report.valid(), report.errors().size(),
                report.warnings().size()));
        Optional<Skill> clash = scan.skills().stream().filter(s -> s.name().equals(name)).findFirst();
        Replies.answer(out, answer(name, category, topic, file, generated, clash));
    }

    private String answer(String name, String category, String topic, Path file, SkillGeneration.GeneratedSkill generated,
                          Optional<Skill> clash) {
        ValidationReport report = generated.skill().report();
        StringBuilder text = new StringBuilder();
        if (report.valid()) {
            text.append("I drafted **").append(name).append("** with ").append(model.modelName())
                    .append(" in the *").append(category).append("* category for ").append(topic).append(".\n\n");
        } else {
            text.append("\u26a0 The draft of **").append(name).append("** does **not** pass validation: it has ")
                    .append(Replies.plural(report.errors().size(), "error"))
                    .append(" the model could not fix. I saved it as a draft so nothing is lost; fix the errors "
                            + "below before you promote it.\n\n");
        }
        text.append("- Draft: `").append(file).append("`\n");
        text.append("- Validation: ").append(report.valid() ? "passes" : "fails").append(" (")
                .append(Replies.plural(report.errors().size(), "error")).append(", ")
                .append(Replies.plural(report.warnings().size(), "warning")).append(")");
        if (generated.repaired()) {
            text.append(", after one repair round (the first answer had ")
                    .append(Replies.plural(generated.errorsAtFirst(), "error")).append(")");
        }
        text.append('\n');
        report.issues().forEach(issue -> text.append("  - ").append(issue.severity().name().toLowerCase())
                .append(": ").append(issue.message()).append('\n'));
        String description = descriptionOf(generated.skillMd());
        if (!description.isEmpty()) {
            text.append("- Description: ").append(description).append('\n');
        }
        clash.ifPresent(existing -> text.append("- Note: a skill named **").append(name).append("** already exists at `")
                .append(existing.dir()).append("`. Promoting this draft would replace it; to improve the existing one "
                        + "instead, say \u201cimprove the ").append(name).append(" skill\u201d.\n"));
        text.append("\nRead it through before you promote it into the library: a model can state commands or "
                + "settings with more confidence than they deserve.\n");
        return text.toString();
    }

    private static String descriptionOf(String skillMd) {
        try {
            String description = SkillDocumentParser.parse(skillMd).text("description");
            return description == null ? "" : Replies.firstSentence(description, 300);
        } catch (SkillParseException e) {
            return "";
        }
    }
}
