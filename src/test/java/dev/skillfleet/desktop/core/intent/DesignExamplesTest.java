package dev.skillfleet.desktop.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The twelve examples of conversation-design.md ("Intents") classify right and confidently. */
class DesignExamplesTest {

    private final IntentClassifier classifier = new IntentClassifier();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Create a Python decorators skill | CREATE_SKILL
            Make a skill for Redis caching   | CREATE_SKILL
            Build a new capability           | CREATE_SKILL
            What skills exist?               | QUERY
            Show me Python skills            | QUERY
            List all testing skills          | QUERY
            Improve the decorators skill     | REFINE
            Fix the async skill              | REFINE
            Update the caching skill         | REFINE
            Hello                            | CHAT
            How are you?                     | CHAT
            Tell me a joke                   | CHAT
            """)
    void designExampleIsClassifiedConfidently(String message, Intent expected) {
        IntentMatch match = classifier.classify(message);

        assertThat(match.intent()).isEqualTo(expected);
        assertThat(match.confidence()).isGreaterThanOrEqualTo(IntentMatch.THRESHOLD);
        assertThat(match.confident()).isTrue();
    }

    @Test
    void aPlainCreateRequestIsVeryConfident() {
        IntentMatch match = classifier.classify("Create a Redis caching skill");

        assertThat(match.intent()).isEqualTo(Intent.CREATE_SKILL);
        assertThat(match.confidence()).isBetween(0.9, 0.99);
        assertThat(match.subject()).isEqualTo("Redis caching");
    }

    @Test
    void scoresHoldAllFourIntentsAndAddUpToOne() {
        IntentMatch match = classifier.classify("Show me Python skills");

        assertThat(match.scores()).containsOnlyKeys(Intent.values());
        assertThat(match.scores().values()).allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
        assertThat(match.scores().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(match.scores().get(match.intent())).isEqualTo(match.confidence());
    }
}
