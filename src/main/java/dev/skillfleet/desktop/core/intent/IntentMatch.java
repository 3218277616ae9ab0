package dev.skillfleet.desktop.core.intent;

import java.util.Map;

/**
 * The classification of one message.
 *
 * @param intent     the best intent
 * @param confidence how sure the classifier is of {@code intent}, in 0..1
 * @param subject    what the message is about with the intent's own words removed ("Redis caching" for
 *                   "Create a Redis caching skill", "decorators" for "Improve the decorators skill"); empty when the
 *                   message names no subject
 * @param scores     the confidence of every intent, for diagnostics and for asking the user when unsure
 */
public record IntentMatch(Intent intent, double confidence, String subject, Map<Intent, Double> scores) {

    /** Below this confidence the assistant asks which intent was meant instead of guessing (conversation-design.md). */
    public static final double THRESHOLD = 0.7;

    public IntentMatch {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
        subject = subject == null ? "" : subject;
        scores = Map.copyOf(scores);
    }

    /** A match the user chose explicitly (e.g. by answering "which did you mean?"): full confidence. */
    public static IntentMatch certain(Intent intent, String subject) {
        return new IntentMatch(intent, 1.0, subject, Map.of(intent, 1.0));
    }

    public boolean confident() {
        return confidence >= THRESHOLD;
    }
}
