package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.intent.Intent;

import java.util.List;
import java.util.Objects;

/**
 * A question the assistant asked and how the answer continues the turn.
 *
 * @param question        what the user sees
 * @param options         choices shown as buttons (may be empty: answer in words)
 * @param intent          when set, the answer supplies the subject for this intent (e.g. what a new skill should do);
 *                        when null and options map to intents, the answer picks the intent for {@code originalMessage}
 * @param originalMessage the message the question is about
 */
public record PendingQuestion(String question, List<String> options, Intent intent, String originalMessage) {

    /** Key of the pending question in the session context. */
    public static final String CONTEXT_KEY = "pendingQuestion";

    public PendingQuestion {
        Objects.requireNonNull(question);
        options = List.copyOf(options);
        originalMessage = originalMessage == null ? "" : originalMessage;
    }
}
