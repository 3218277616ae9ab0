package dev.skillfleet.desktop.core.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanning the real corpus (a temp copy) in both layouts. */
class SkillLibraryTest {

    @TempDir
    Path tmp;

    private Path corpus;

    @BeforeEach
    void copyCorpus() throws Exception {
        corpus = SkillFixtures.copyTo(tmp.resolve("corpus"));
    }

    private static Skill named(LibraryScan scan, String name) {
        return scan.skills().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void findsAllFourteenFlatSkills() {
        LibraryScan scan = new SkillLibrary(corpus.resolve("anthropic-skills")).scan();

        assertThat(scan.skills()).hasSize(14);
        assertThat(scan.categories()).containsExactly(entry("", 14));
        assertThat(scan.skills()).allSatisfy(s -> {
            assertThat(s.category()).isEmpty();
            assertThat(s.file().getFileName().toString()).isEqualTo("SKILL.md");
            assertThat(s.broken()).isFalse();
            assertThat(s.draft()).isFalse();
        });
        assertThat(scan.brokenCount()).isZero();
        assertThat(scan.invalidCount()).isEqualTo(2);
        assertThat(scan.validCount()).isEqualTo(12);
    }

    @Test
    void findsAllSevenTaxonomySkillsWithTheirCategories() {
        LibraryScan scan = new SkillLibrary(corpus.resolve("skill-fleet-taxonomy")).scan();

        assertThat(scan.categories()).containsExactly(entry("dspy", 5), entry("practices", 1), entry("web", 1));
        assertThat(named(scan, "dspy-optimization").category()).isEqualTo("dspy");
        assertThat(named(scan, "frontend-ui-integration").category()).isEqualTo("web");
        assertThat(named(scan, "product-management").category()).isEqualTo("practices");
        assertThat(scan.validCount()).isEqualTo(7);
    }

    @Test
    void findsAllTwentyOneSkillsFromOneRootHoldingBothLayouts() {
        LibraryScan scan = new SkillLibrary(corpus).scan();

        assertThat(scan.skills()).hasSize(21);
        assertThat(scan.categories()).containsExactly(entry("anthropic-skills", 14),
                entry("skill-fleet-taxonomy/dspy", 5), entry("skill-fleet-taxonomy/practices", 1),
                entry("skill-fleet-taxonomy/web", 1));
        assertThat(scan.root()).isEqualTo(corpus.toAbsolutePath().normalize());
    }

    @Test
    void skillsAreSortedByPath() {
        List<Skill> skills = new SkillLibrary(corpus).scan().skills();

        assertThat(skills).extracting(Skill::dir).isSorted();
    }

    @Test
    void claudeApiFailsOnItsOverlongDescriptionButLoads() {
        Skill api = named(new SkillLibrary(corpus.resolve("anthropic-skills")).scan(), "claude-api");

        assertThat(api.valid()).isFalse();
        assertThat(api.broken()).isFalse();
        assertThat(api.description()).startsWith("Reference for the Claude API");
        assertThat(api.report().errors()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("description");
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.message()).contains("the limit is 1024");
        });
        // claude-api's body is over 500 lines: advice, not an error
        assertThat(api.report().warnings()).anySatisfy(i -> assertThat(i.message()).contains("lines long"));
    }

    @Test
    void templateFolderFailsOnNameMismatchButLoadsWithItsName() {
        LibraryScan scan = new SkillLibrary(corpus.resolve("anthropic-skills")).scan();
        Skill template = named(scan, "template-skill");

        assertThat(template.dir().getFileName().toString()).isEqualTo("template");
        assertThat(template.valid()).isFalse();
        assertThat(template.broken()).isFalse();
        assertThat(template.body()).contains("# Insert instructions below");
        assertThat(template.report().errors()).extracting(ValidationIssue::toString).containsExactly(
                "ERROR name (line 2): name \"template-skill\" must match the folder name \"template\"");
    }

    @Test
    void frontmatterIsExposedOnTheSkill() {
        Skill art = named(new SkillLibrary(corpus.resolve("anthropic-skills")).scan(), "algorithmic-art");

        assertThat(art.frontmatter()).containsKeys("name", "description", "license");
        assertThat(art.frontmatter().get("license")).isEqualTo("Complete terms in LICENSE.txt");
        assertThat(art.qualifiedName()).isEqualTo("algorithmic-art");
    }

    @Test
    void blockScalarDescriptionIsRead() {
        Skill api = named(new SkillLibrary(corpus.resolve("anthropic-skills")).scan(), "claude-api");

        assertThat(api.description()).contains("\nTRIGGER");
    }

    @Test
    void missingRootGivesAnEmptyScanAndIsNotCreated() {
        Path missing = tmp.resolve("no-such-library");

        LibraryScan scan = new SkillLibrary(missing).scan();

        assertThat(scan.skills()).isEmpty();
        assertThat(scan.categories()).isEmpty();
        assertThat(missing).doesNotExist();
    }

    @Test
    void loadComputesCategoryRelativeToTheRoot() {
        SkillLibrary library = new SkillLibrary(corpus.resolve("skill-fleet-taxonomy"));

        Skill skill = library.load(corpus.resolve("skill-fleet-taxonomy/dspy/dspy-basics"));

        assertThat(skill.category()).isEqualTo("dspy");
        assertThat(skill.name()).isEqualTo("dspy-basics");
        assertThat(skill.qualifiedName()).isEqualTo("dspy/dspy-basics");
        assertThat(skill.valid()).isTrue();
    }

    @Test
    void loadOutsideTheRootHasNoCategory() {
        SkillLibrary library = new SkillLibrary(tmp.resolve("elsewhere"));

        Skill skill = library.load(corpus.resolve("skill-fleet-taxonomy/dspy/dspy-basics"));

        assertThat(skill.category()).isEmpty();
        assertThat(skill.valid()).isTrue();
    }

    @Test
    void loadOfAFolderWithoutSkillMdIsBroken() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("lib/empty"));

        Skill skill = new SkillLibrary(tmp.resolve("lib")).load(dir);

        assertThat(skill.broken()).isTrue();
        assertThat(skill.file()).isNull();
        assertThat(skill.name()).isEqualTo("empty");
        assertThat(skill.frontmatter()).isEqualTo(Map.of());
        assertThat(skill.report().errors()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("has no SKILL.md"));
    }
}
