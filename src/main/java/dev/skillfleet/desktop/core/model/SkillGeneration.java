package dev.skillfleet.desktop.core.model;

import dev.skillfleet.desktop.core.assistant.TurnOutput;
import dev.skillfleet.desktop.core.assistant.UserFacingException;
import dev.skillfleet.desktop.core.engine.Replies;
import dev.skillfleet.desktop.core.llm.ChatMessage;
import dev.skillfleet.desktop.core.llm.ChatRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * Asks a model for a SKILL.md and holds the answer to the validator: the reply is buffered (the user sees the
 * steps, not a half-written file), extracted, validated, and when invalid sent back once with the errors. One repair
 * round only: a model that cannot fix a listed error on the second try rarely does on the third, and each round
 * costs the user a full generation.
 */
final class SkillGeneration {

    private final ModelCall model;

    SkillGeneration(ModelCall model) {
        this.model = model;
    }

    /**
     * The valid SKILL.md, or the better of the two invalid attempts (fewer errors; the repaired one on a tie).
     *
     * @param fallbackName the folder name when the reply has no usable {@code name}
     * @throws UserFacingException when the model fails, or answers twice with nothing at all
     */
    GeneratedSkill generate(ChatRequest request, String fallbackName, TurnOutput out) throws UserFacingException {
        String reply = model.collect(request, out);
        SkillCandidate first = SkillCandidate.fromReply(reply, fallbackName);
        reportName(first, out);
        if (first.valid()) {
            validated(first, out);
            return new GeneratedSkill(first, false, 0);
        }
        Replies.step(out, "Validated: %s \u2192 asking the model to repair", Replies.plural(first.errors(), "error"));
        List<ChatMessage> messages = new ArrayList<>(request.messages());
        messages.add(new ChatMessage("assistant", reply.isBlank() ? "(an empty answer)" : first.skillMd()));
        messages.add(new ChatMessage("user", SkillPrompts.repair(first.name(), first.report().errors())));
        String repairedReply = model.collect(new ChatRequest(messages, request.sessionId(), request.context()), out);
        SkillCandidate second = SkillCandidate.fromReply(repairedReply, first.name());
        reportName(second, out);
        SkillCandidate kept = second.errors() <= first.errors() ? second : first;
        if (kept.skillMd().isBlank()) {
            throw new UserFacingException("The model answered without a SKILL.md twice, so nothing was written. Try "
                    + "again, or describe the skill in more detail.");
        }
        if (kept.valid()) {
            validated(kept, out);
        } else {
            Replies.step(out, "Validated: %s still after the repair round", Replies.plural(kept.errors(), "error"));
        }
        return new GeneratedSkill(kept, true, first.errors());
    }

    private static void validated(SkillCandidate candidate, TurnOutput out) {
        Replies.step(out, "Validated: 0 errors, %s", Replies.plural(candidate.report().warnings().size(), "warning"));
    }

    private static void reportName(SkillCandidate candidate, TurnOutput out) {
        if (candidate.modelsName() != null) {
            Replies.step(out, "Name: the model wrote %s; using %s, a valid folder name",
                    Replies.quote(candidate.modelsName()), candidate.name());
        }
    }

    /**
     * What generation produced.
     *
     * @param repaired       whether a repair round was needed
     * @param errorsAtFirst  the first answer's error count when it was repaired
     */
    record GeneratedSkill(SkillCandidate skill, boolean repaired, int errorsAtFirst) {

        String name() {
            return skill.name();
        }

        String skillMd() {
            return skill.skillMd();
        }
    }
}
