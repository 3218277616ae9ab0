package dev.skillfleet.desktop.core.intent;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns evidence into a confidence per intent.
 *
 * <p>A softmax: {@code score(i) = e^w(i) / Σ e^w(j)}. Only the differences between the weights matter, so the
 * confidence of the best intent is set by its margin over the others: with one clear runner-up it is the logistic of
 * the margin (3 points ahead → 0.95; a tie → at most 0.5). A message whose cues are split between two intents, or that
 * has none, therefore lands below {@link IntentMatch#THRESHOLD} and the assistant asks instead of guessing. The scores
 * add up to 1, so they also rank the options to offer when asking.
 */
final class Confidence {

    /** On an exact tie, prefer the intent that changes nothing: looking, then talking, then changing, then making. */
    private static final List<Intent> TIE_ORDER =
            List.of(Intent.QUERY, Intent.CHAT, Intent.REFINE, Intent.CREATE_SKILL);

    private Confidence() {
    }

    static Map<Intent, Double> scores(Evidence evidence) {
        double max = Double.NEGATIVE_INFINITY;
        for (Intent intent : Intent.values()) {
            max = Math.max(max, evidence.weight(intent));
        }
        Map<Intent, Double> exponentials = new EnumMap<>(Intent.class);
        double sum = 0;
        for (Intent intent : Intent.values()) {
            double value = Math.exp(evidence.weight(intent) - max); // shifted by the max: never overflows
            exponentials.put(intent, value);
            sum += value;
        }
        Map<Intent, Double> scores = new EnumMap<>(Intent.class);
        for (Intent intent : Intent.values()) {
            scores.put(intent, exponentials.get(intent) / sum);
        }
        return scores;
    }

    static Intent best(Map<Intent, Double> scores) {
        Intent best = TIE_ORDER.getFirst();
        for (Intent intent : TIE_ORDER) {
            if (scores.get(intent) > scores.get(best)) {
                best = intent;
            }
        }
        return best;
    }
}
