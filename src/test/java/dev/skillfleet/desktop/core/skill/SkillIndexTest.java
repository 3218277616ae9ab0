package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over a temp copy of the real corpus, scanned from one root holding both layouts. */
class SkillIndexTest {

    @TempDir
    static Path tmp;

    static SkillIndex index;

    @BeforeAll
    static void buildIndex() throws Exception {
        Path corpus = SkillFixtures.copyTo(tmp.resolve("corpus"));
        index = SkillIndex.build(new SkillLibrary(corpus).scan().skills());
    }

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(h -> h.skill().name()).toList();
    }

    @Test
    void indexHoldsEverySkill() {
        assertThat(index.size()).isEqualTo(21);
    }

    @Test
    void testingFindsWebappTestingFirst() {
        List<SearchHit> hits = index.search("testing", 5);

        assertThat(names(hits)).first().isEqualTo("webapp-testing");
        assertThat(hits.getFirst().reasons()).contains("name matches \"testing\"");
    }

    @Test
    void mcpServersFindsMcpBuilderFirst() {
        List<SearchHit> hits = index.search("MCP servers", 5);

        assertThat(names(hits)).first().isEqualTo("mcp-builder");
        assertThat(hits.getFirst().reasons()).contains("name matches \"mcp\"")
                .contains("description mentions \"servers\"");
    }

    @Test
    void dspyOptimizationFindsBothOptimizationSkillsFirst() {
        for (String query : List.of("dspy optimization", "dspy optimisation", "DSPy Optimizations")) {
            List<SearchHit> hits = index.search(query, 5);

            assertThat(names(hits).subList(0, 2)).as(query)
                    .containsExactlyInAnyOrder("dspy-optimization", "dspy-optimization-workflow");
        }
    }

    @Test
    void britishSpellingIsExplainedWithTheSkillsWord() {
        SearchHit hit = index.search("dspy optimisation", 1).getFirst();

        assertThat(hit.reasons()).anySatisfy(r -> assertThat(r).startsWith("name ")
                .contains("(for \"optimisation\")"));
    }

    @Test
    void typoStillFindsWebappTesting() {
        List<SearchHit> hits = index.search("tseting", 5);

        assertThat(names(hits)).first().isEqualTo("webapp-testing");
        assertThat(hits.getFirst().reasons()).contains("name is close to \"tseting\"");
    }

    @Test
    void pluralQueryMatchesSingularWordsAndSaysSo() {
        List<SearchHit> hits = index.search("themes", 3);

        assertThat(names(hits)).first().isEqualTo("theme-factory");
        assertThat(hits.getFirst().reasons()).contains("name matches \"theme\" (for \"themes\")");
    }

    @Test
    void categoryMatchesCount() {
        List<SearchHit> hits = index.search("practices", 3);

        assertThat(names(hits)).first().isEqualTo("product-management");
        assertThat(hits.getFirst().reasons()).contains("category matches \"practices\"");
    }

    @Test
    void bodyMatchesAreCountedInReasons() {
        List<SearchHit> hits = index.search("playwright", 3);

        assertThat(names(hits)).first().isEqualTo("webapp-testing");
        assertThat(hits.getFirst().reasons()).anySatisfy(r -> assertThat(r).matches("body mentions \"playwright\" \\d+×"));
    }

    @Test
    void prefixFindsWhatIsBeingTyped() {
        assertThat(names(index.search("webap", 3))).first().isEqualTo("webapp-testing");
        assertThat(names(index.search("algorith", 3))).first().isEqualTo("algorithmic-art");
    }

    @Test
    void exactNameRanksFirst() {
        assertThat(names(index.search("skill creator", 3))).first().isEqualTo("skill-creator");
        assertThat(names(index.search("frontend-design", 3))).first().isEqualTo("frontend-design");
    }

    @Test
    void caseDoesNotMatter() {
        assertThat(names(index.search("TESTING", 1))).isEqualTo(names(index.search("testing", 1)));
    }

    @Test
    void stopWordsAreIgnored() {
        assertThat(names(index.search("a skill for the testing of", 1))).containsExactly("webapp-testing");
        assertThat(names(index.search("the skill for testing", 3))).isEqualTo(names(index.search("testing", 3)));
    }

    @Test
    void noMatchGivesAnEmptyList() {
        assertThat(index.search("xyzzy plugh", 10)).isEmpty();
    }

    @Test
    void emptyOrBlankQueryGivesAnEmptyList() {
        assertThat(index.search("", 10)).isEmpty();
        assertThat(index.search("   ", 10)).isEmpty();
        assertThat(index.search(null, 10)).isEmpty();
        assertThat(index.search("- / _", 10)).isEmpty();
    }

    @Test
    void limitIsRespectedAndScoresDescend() {
        List<SearchHit> hits = index.search("design", 3);

        assertThat(hits).hasSize(3);
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(hits).allSatisfy(h -> assertThat(h.reasons()).isNotEmpty());
        assertThat(index.search("design", 0)).isEmpty();
    }

    @Test
    void emptyIndexFindsNothing() {
        assertThat(SkillIndex.build(List.of()).search("testing", 5)).isEmpty();
    }
}
