package dev.skillfleet.desktop.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "creating, create", "created, create", "made, make", "wrote, write", "listing, list", "fixes, fix",
            "simplified, simplify", "skills, skill", "capabilities, capability", "is, be", "are, be",
            "what's, what", "skill's, skill", "examples, example", "jokes, joke", "got, get", "teaches, teach"})
    void inflectionsReduceToTheirLemma(String word, String lemma) {
        Lexicon.Entry entry = lexicon.resolve(word);

        assertThat(entry.lemma()).isEqualTo(lemma);
        assertThat(entry.corrected()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "creat, create", "skil, skill", "shwo, show", "imporve, improve", "lsit, list", "serach, search",
            "updat, update", "tigthen, tighten", "helo, hello", "thnaks, thank"})
    void oneTypingSlipInARequestWordIsUndone(String word, String lemma) {
        Lexicon.Entry entry = lexicon.resolve(word);

        assertThat(entry.lemma()).isEqualTo(lemma);
        assertThat(entry.corrected()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "tool", "kill", "still", "define", "mind", "fine", "rust", "redis", "type", "broker", "trio", "lint",
            "crate", "white", "those", "thing"})
    void realWordsAreNeverCorrectedToARequestWord(String word) {
        assertThat(lexicon.resolve(word).corrected()).isFalse();
    }

    @Test
    void shortWordsNamesAndNumbersAreNeverCorrected() {
        assertThat(lexicon.resolve("shw").corrected()).as("under four letters").isFalse();
        assertThat(lexicon.resolve("fixx").lemma()).isEqualTo("fixx").as("target 'fix' is under four letters");
        assertThat(lexicon.resolve("mcp-builder").corrected()).isFalse();
        assertThat(lexicon.resolve("list2").corrected()).isFalse();
    }

    @Test
    void smallTalkFillerIsNotATypoTarget() {
        assertThat(lexicon.resolve("cools").lemma()).isEqualTo("cools");
        assertThat(lexicon.resolve("nicer").lemma()).isEqualTo("nicer");
    }
}
