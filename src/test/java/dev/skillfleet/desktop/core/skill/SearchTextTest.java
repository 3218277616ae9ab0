package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small pieces search is made of: tokens, stems and typo distance. */
class SearchTextTest {

    @Test
    void tokenizerSplitsNamesAndLowercases() {
        assertThat(Tokenizer.tokens("webapp-testing python/async My_Tool  DSPy"))
                .containsExactly("webapp", "testing", "python", "async", "my", "tool", "dspy");
    }

    @Test
    void tokenizerDropsSingleCharacters() {
        assertThat(Tokenizer.tokens("a b c3 x")).containsExactly("c3");
    }

    @Test
    void queryTermsDropStopWordsUnlessNothingElseIsLeft() {
        assertThat(Tokenizer.queryTerms("a skill for testing the servers")).containsExactly("testing", "servers");
        assertThat(Tokenizer.queryTerms("skill")).containsExactly("skill");
    }

    @Test
    void stemmerJoinsCommonInflections() {
        assertThat(Stemmer.stem("servers")).isEqualTo(Stemmer.stem("server"));
        assertThat(Stemmer.stem("testing")).isEqualTo("test");
        assertThat(Stemmer.stem("tests")).isEqualTo("test");
        assertThat(Stemmer.stem("tested")).isEqualTo("test");
        assertThat(Stemmer.stem("optimisation")).isEqualTo(Stemmer.stem("optimization"))
                .isEqualTo(Stemmer.stem("optimize")).isEqualTo(Stemmer.stem("optimizers"));
        assertThat(Stemmer.stem("libraries")).isEqualTo("library");
        assertThat(Stemmer.stem("running")).isEqualTo("run");
        assertThat(Stemmer.stem("creator")).isEqualTo(Stemmer.stem("create"));
    }

    @Test
    void stemmerLeavesShortAndVowellessStemsAlone() {
        assertThat(Stemmer.stem("mcp")).isEqualTo("mcp");
        assertThat(Stemmer.stem("string")).isEqualTo("string");
        assertThat(Stemmer.stem("class")).isEqualTo("class");
        assertThat(Stemmer.stem("status")).isEqualTo("status");
    }

    @Test
    void editDistanceCountsATranspositionAsOneEdit() {
        assertThat(EditDistance.within("tseting", "testing", 2)).isEqualTo(1);
        assertThat(EditDistance.within("testing", "testing", 2)).isZero();
        assertThat(EditDistance.within("optimisation", "optimization", 2)).isEqualTo(1);
        assertThat(EditDistance.within("kitten", "sitting", 3)).isEqualTo(3);
    }

    @Test
    void editDistanceStopsAtTheBound() {
        assertThat(EditDistance.within("abcdef", "uvwxyz", 1)).isEqualTo(2);
        assertThat(EditDistance.within("ab", "abcdef", 2)).isEqualTo(3);
    }

    @Test
    void allowedEditsGrowWithLength() {
        assertThat(EditDistance.allowedEdits(3)).isZero();
        assertThat(EditDistance.allowedEdits(4)).isEqualTo(1);
        assertThat(EditDistance.allowedEdits(8)).isEqualTo(2);
    }

    @Test
    void vocabularyFindsNearWordsAndPrefixes() {
        Vocabulary v = new Vocabulary(java.util.List.of("testing", "test", "tester", "toast", "webapp"));

        assertThat(v.near("tseting", 1)).extracting(Vocabulary.Near::word).containsExactly("testing");
        assertThat(v.withPrefix("tes")).containsExactly("test", "tester", "testing");
        assertThat(v.withPrefix("test")).containsExactly("tester", "testing");
    }
}
