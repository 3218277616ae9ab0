package dev.skillfleet.desktop.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages that do not say what is wanted stay below the threshold, so the assistant asks instead of guessing. */
class AmbiguousMessagesTest {

    private final IntentClassifier classifier = new IntentClassifier();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "python decorators", "skills", "redis", "the async one", "testing stuff", "decorators skill",
            "a skill for redis", "the caching skill", "docker?", "skill", "my skills", "kafka skill",
            "skill for kafka", "something for kafka", "python skills", "more examples", "Delete the caching skill"})
    void unclearMessageIsNotConfident(String message) {
        IntentMatch match = classifier.classify(message);

        assertThat(match.confidence()).as("%s: %s", match, classifier.explain(message))
                .isLessThan(IntentMatch.THRESHOLD);
        assertThat(match.confident()).isFalse();
    }

    @Test
    void anUnclearMessageKeepsItsSubjectSoItCanBeRoutedOnceTheUserChooses() {
        assertThat(classifier.classify("python decorators").subject()).isEqualTo("python decorators");
        assertThat(classifier.classify("the async one").subject()).isEqualTo("async");
        assertThat(classifier.classify("a skill for redis").subject()).isEqualTo("redis");
        assertThat(classifier.classify("skills").subject()).isEmpty();
    }

    @Test
    void aSkillNounAloneMakesTheSkillIntentsLikelierThanChatWithoutPickingOne() {
        IntentMatch match = classifier.classify("decorators skill");

        assertThat(match.scores().get(Intent.CREATE_SKILL)).isGreaterThan(match.scores().get(Intent.CHAT));
        assertThat(match.scores().get(Intent.CREATE_SKILL)).isEqualTo(match.scores().get(Intent.REFINE));
        assertThat(match.scores().get(Intent.QUERY)).isEqualTo(match.scores().get(Intent.REFINE));
        assertThat(match.intent()).as("a tie goes to the intent that changes nothing").isEqualTo(Intent.QUERY);
    }

    @Test
    void whereTwoRequestsCompeteTheConfidenceDropsWithTheMargin() {
        double clear = classifier.classify("Create a skill for Kafka").confidence();
        double split = classifier.classify("Create or list skills for Kafka").confidence();

        assertThat(split).isLessThan(clear);
    }
}
