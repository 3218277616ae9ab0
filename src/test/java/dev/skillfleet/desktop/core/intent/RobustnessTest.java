package dev.skillfleet.desktop.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever arrives, the classifier answers, quickly and the same way every time. */
class RobustnessTest {

    private final IntentClassifier classifier = new IntentClassifier();

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", " ", "   \n\t  ", "\u00A0\u2003", "?!...", "🙂"})
    void nullBlankOrWordlessIsUnsureChatWithoutSubject(String message) {
        IntentMatch match = classifier.classify(message);

        assertThat(match.intent()).isEqualTo(Intent.CHAT);
        assertThat(match.confidence()).isLessThan(IntentMatch.THRESHOLD);
        assertThat(match.subject()).isEmpty();
        assertThat(match.scores()).containsOnlyKeys(Intent.values());
    }

    @Test
    void aOneMegabyteMessageIsClassifiedFromItsOpening() {
        String message = "Create a skill for Redis caching. " + "lorem ipsum dolor sit amet ".repeat(40_000);
        message = message.substring(0, 1_000_000);

        IntentMatch match = classifier.classify(message);

        assertThat(match.intent()).isEqualTo(Intent.CREATE_SKILL);
        assertThat(match.subject()).isEqualTo("Redis caching");
    }

    @Test
    void aOneMegabyteWordOrRunOfSymbolsDoesNotBreakIt() {
        assertThat(classifier.classify("a".repeat(1_000_000))).isNotNull();
        assertThat(classifier.classify("-".repeat(1_000_000))).isNotNull();
        assertThat(classifier.classify("skil ".repeat(200_000))).isNotNull();
        assertThat(classifier.classify("🙂".repeat(500_000)).intent()).isEqualTo(Intent.CHAT);
    }

    @Test
    void theOpeningIsNeverCutInsideASurrogatePair() {
        String message = "x".repeat(Tokenizer.MAX_CHARS - 1) + "🙂🙂";

        String opening = Tokenizer.opening(message);

        assertThat(Character.isHighSurrogate(opening.charAt(opening.length() - 1))).isFalse();
    }

    @Test
    void emojiAccentsAndOtherScriptsAreKeptInTheSubject() {
        assertThat(classifier.classify("Create a skill for café menus ☕").subject()).isEqualTo("café menus");
        assertThat(classifier.classify("Create a skill for cafe\u0301 menus").subject()).isEqualTo("cafe\u0301 menus");
        assertThat(classifier.classify("🚀 Create a skill for rocket launches 🚀").subject())
                .isEqualTo("rocket launches");
        assertThat(classifier.classify("Show me 日本語 skills").subject()).isEqualTo("日本語");
        assertThat(classifier.classify("Fix the async skill’s examples").intent()).isEqualTo(Intent.REFINE);
    }

    @Test
    void lineBreaksSeparateClausesButDoNotBreakClassification() {
        IntentMatch match = classifier.classify("Create a skill\nfor Redis caching\nIt should cover TTLs");

        assertThat(match.intent()).isEqualTo(Intent.CREATE_SKILL);
        assertThat(match.confident()).isTrue();
        assertThat(match.subject()).isEqualTo("Redis caching");
        assertThat(classifier.classify("Hello\r\n\r\nhow are you?").intent()).isEqualTo(Intent.CHAT);
    }

    @Test
    void aPastedParagraphGivesAShortSubject() {
        String subject = classifier.classify("Create a skill for " + "very long topic ".repeat(100)).subject();

        assertThat(subject).hasSizeLessThanOrEqualTo(SubjectExtractor.MAX_LENGTH).startsWith("very long topic");
        assertThat(classifier.classify("Create a skill for " + "🙂".repeat(300)).subject())
                .hasSizeLessThanOrEqualTo(SubjectExtractor.MAX_LENGTH);
    }

    @Test
    void classificationIsDeterministic() {
        String message = "Could you please draft a skill about GraphQL?";
        IntentMatch first = classifier.classify(message);

        for (int i = 0; i < 20; i++) {
            assertThat(new IntentClassifier().classify(message)).isEqualTo(first);
        }
    }

    @Test
    void explainListsTheRulesThatFired() {
        assertThat(classifier.explain("Create a Redis caching skill"))
                .contains("+3.00 CREATE_SKILL: main request 'create'", "+1.00 CREATE_SKILL: 'a/new … skill'")
                .anySatisfy(line -> assertThat(line).contains("CHAT: prior"));
        assertThat(classifier.explain("imporve the async skill"))
                .contains("+3.00 REFINE: main request 'improve' (typed 'imporve')");
        assertThat(classifier.explain(null)).containsExactly("+0.40 CHAT: prior");
    }
}
