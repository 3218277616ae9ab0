package dev.skillfleet.desktop.core.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfidenceTest {

    @Test
    void theBestIntentsConfidenceGrowsWithItsMarginOverTheRunnerUp() {
        double close = scores(3.0, 2.5).get(Intent.CREATE_SKILL);
        double clear = scores(3.0, 0.5).get(Intent.CREATE_SKILL);

        assertThat(close).isLessThan(IntentMatch.THRESHOLD);
        assertThat(clear).isGreaterThan(IntentMatch.THRESHOLD);
    }

    @Test
    void aTieIsAtMostAnEvenChance() {
        Map<Intent, Double> scores = scores(3.0, 3.0);

        assertThat(scores.get(Intent.CREATE_SKILL)).isLessThanOrEqualTo(0.5);
        assertThat(Confidence.best(scores)).as("ties prefer the intent that changes nothing").isEqualTo(Intent.QUERY);
    }

    @Test
    void hugeWeightsDoNotOverflow() {
        Map<Intent, Double> scores = scores(10_000.0, 0.0);

        assertThat(scores.get(Intent.CREATE_SKILL)).isCloseTo(1.0, within(1e-9));
        assertThat(scores.values()).doesNotContainNull().allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
    }

    private static Map<Intent, Double> scores(double create, double query) {
        Evidence evidence = new Evidence();
        evidence.add(Intent.CREATE_SKILL, create, "test");
        evidence.add(Intent.QUERY, query, "test");
        return Confidence.scores(evidence);
    }
}
