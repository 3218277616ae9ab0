package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.PendingQuestion;
import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.TurnRequest;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.Skill;

import java.util.List;
import java.util.Optional;

/**
 * Which skill a refine request means, shared by the offline and the model-backed refine handlers so both find,
 * ask and decline the same way: with no skill named or several fitting it asks; with none found it says so.
 */
public final class RefineTarget {

    private RefineTarget() {
    }

    /**
     * The one skill the request names; empty when the turn was already answered (a question asked, or "not found"
     * said), so the caller just returns.
     */
    public static Optional<Skill> resolve(TurnRequest request, LibraryScan scan, TurnOutput out) {
        String reference = request.intent().subject().strip();
        if (reference.isEmpty()) {
            askWhich(out, "Which skill should I refine?", scan.skills().stream()
                    .sorted((a, b) -> Boolean.compare(a.valid(), b.valid())).limit(4).toList(), request.message());
            return Optional.empty();
        }
        List<Skill> found = SkillFinder.find(scan.skills(), reference);
        Replies.step(out, "Looking for %s among %s: %s", Replies.quote(reference),
                Replies.plural(scan.skills().size(), "skill"), found.isEmpty() ? "not found"
                        : found.size() == 1 ? "found " + found.getFirst().name()
                        : found.size() + " candidates");
        if (found.isEmpty()) {
            Replies.answer(out, "I found no skill called " + Replies.quote(reference) + " in `" + scan.root() + "` ("
                    + Replies.plural(scan.skills().size(), "skill") + " searched). Ask \u201cwhat skills exist?\u201d "
                    + "to see them all, or \u201ccreate a " + reference + " skill\u201d to start a new one.\n");
            return Optional.empty();
        }
        if (found.size() > 1) {
            askWhich(out, "Several skills fit " + Replies.quote(reference) + ". Which one should I refine?", found,
                    request.message());
            return Optional.empty();
        }
        return Optional.of(found.getFirst());
    }

    private static void askWhich(TurnOutput out, String question, List<Skill> candidates, String message) {
        out.ask(new PendingQuestion(question, candidates.stream().map(Skill::name).toList(), Intent.REFINE, message));
    }
}
