package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.assistant.UserFacingException;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.skillfleet.desktop.core.library.DraftFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewSkillDrafterTest {

    private static final String DESCRIPTION = "Sets up Redis caching for web APIs: keys, TTLs and invalidation. "
            + "Use when an endpoint is slow or the user asks to cache responses.";

    @TempDir
    Path temp;

    Path root;
    SkillLibrary library;
    NewSkillDrafter drafter;

    @BeforeEach
    void library() {
        root = DraftFixtures.library(temp.resolve("lib"));
        library = new SkillLibrary(root);
        drafter = new NewSkillDrafter(library, Clock.fixed(Instant.parse("2025-03-01T14:25:01Z"), ZoneOffset.UTC));
    }

    @ParameterizedTest
    @EnumSource(SkillTemplate.class)
    void everyTemplateWritesADraftThatValidatesWithoutAnyIssueAndCanBePromoted(SkillTemplate template) {
        NewSkillResult result = create(new NewSkillRequest("redis-caching", "web", DESCRIPTION, template));

        NewSkillResult.Created created = (NewSkillResult.Created) result;
        assertThat(created.skillMd()).exists().startsWith(root.resolve("_drafts"));
        assertThat(created.skillMd().toString()).contains("20250301-142501-");
        assertThat(created.target()).isEqualTo(root.resolve("web/redis-caching"));
        assertThat(created.report().issues()).isEmpty();
        ValidationReport onDisk = new SkillValidator().validate(created.skillMd().getParent(), root);
        assertThat(onDisk.issues()).as(template + " on disk").isEmpty();
        Skill loaded = library.load(created.skillMd().getParent());
        assertThat(loaded.draft()).isTrue();
        assertThat(loaded.description()).isEqualTo(DESCRIPTION);
        assertThat(loaded.body()).contains("## When to Use")
                .contains("- an endpoint is slow or the user asks to cache responses;");

        PromoteResult promoted = new DraftPromoter(library).promote(created.skillMd().getParent(), PromoteOptions.SAFE);
        assertThat(promoted).isEqualTo(new PromoteResult.Promoted(root.resolve("web/redis-caching")));
    }

    @Test
    void theTemplatesGrowFromMinimalToComprehensive() throws Exception {
        Path minimal = draftDir(SkillTemplate.MINIMAL, "redis-minimal");
        Path standard = draftDir(SkillTemplate.STANDARD, "redis-standard");
        Path comprehensive = draftDir(SkillTemplate.COMPREHENSIVE, "redis-comprehensive");

        assertThat(tree(minimal)).containsExactly("", "SKILL.md");
        assertThat(tree(standard)).containsExactly("", "SKILL.md");
        assertThat(library.load(standard).body()).contains("## Instructions", "## Examples", "references/");
        assertThat(tree(comprehensive)).containsExactly("", "SKILL.md", "assets", "assets/README.md", "references",
                "references/README.md", "scripts", "scripts/README.md");
        assertThat(library.load(comprehensive).body()).contains("## Workflow", "## Examples", "## Common Pitfalls",
                "scripts/README.md");
        assertThat(comprehensive.resolve("references/README.md")).content().contains("one level deep");
        assertThat(comprehensive.resolve("scripts/README.md")).content().contains("safe to run twice");
        assertThat(comprehensive.resolve("assets/README.md")).content().contains("templates");
        try (var drafts = Files.list(root.resolve("_drafts"))) {
            assertThat(drafts.map(p -> p.getFileName().toString())).as("no staging folder is left")
                    .hasSize(3).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void descriptionsThatNeedYamlQuotingRoundTrip() {
        List<String> descriptions = List.of(
                "Handles key: value pairs # not a comment. Use when parsing configs.",
                "- starts like a list item; use when it must.",
                "yes",
                "\"Quoted\" and 'single' quotes, used when quoting matters.",
                "Ünïcödé and emoji 🚀 everywhere, for when the text is not ASCII.",
                "@at and `backtick` and {braces} and [brackets], when YAML gets confused.");
        int n = 0;
        for (String description : descriptions) {
            String name = "quoting-" + ++n;
            NewSkillResult result = create(new NewSkillRequest(name, "", description, SkillTemplate.MINIMAL));
            assertThat(result).as(description).isInstanceOf(NewSkillResult.Created.class);
            Skill loaded = library.load(((NewSkillResult.Created) result).skillMd().getParent());
            assertThat(loaded.description()).isEqualTo(description);
            assertThat(loaded.report().errors()).isEmpty();
        }
    }

    @Test
    void aDescriptionThatDoesNotSayWhenIsWrittenWithAWarning() {
        NewSkillResult result = create(new NewSkillRequest("redis-caching", "web", "Sets up Redis caching.",
                SkillTemplate.STANDARD));

        NewSkillResult.Created created = (NewSkillResult.Created) result;
        assertThat(created.report().valid()).isTrue();
        assertThat(created.report().warnings()).singleElement()
                .satisfies(w -> assertThat(w.field()).isEqualTo("description"));
        assertThat(created.message()).contains("1 warning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "a/b", "a\\b", "/etc", "..", "Redis Caching", "-redis", "redis--cache", "_redis",
            ".redis", ""})
    void aBadNameIsRejectedBeforeAnythingIsWritten(String name) {
        List<String> before = tree(temp);

        NewSkillResult result = create(new NewSkillRequest(name, "web", DESCRIPTION, SkillTemplate.COMPREHENSIVE));

        assertThat(result).isInstanceOf(NewSkillResult.Rejected.class);
        assertThat(((NewSkillResult.Rejected) result).report().errors()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(result.message()).startsWith("No draft was written. ");
        assertThat(tree(temp)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../web", "web/../..", "/abs", "a/b/c", "_drafts", ".git", "web\\api", "web/"})
    void aBadCategoryIsRejectedBeforeAnythingIsWritten(String category) {
        List<String> before = tree(temp);

        NewSkillResult result = create(new NewSkillRequest("redis-caching", category, DESCRIPTION,
                SkillTemplate.MINIMAL));

        assertThat(result).isInstanceOf(NewSkillResult.Rejected.class);
        assertThat(((NewSkillResult.Rejected) result).report().errors())
                .anySatisfy(e -> assertThat(e.field()).isEqualTo("category"));
        assertThat(tree(temp)).isEqualTo(before);
    }

    @Test
    void aTwoLevelCategoryIsAllowed() {
        NewSkillResult result = create(new NewSkillRequest("redis-caching", "web/backend", DESCRIPTION,
                SkillTemplate.MINIMAL));

        assertThat(((NewSkillResult.Created) result).target()).isEqualTo(root.resolve("web/backend/redis-caching"));
    }

    @Test
    void aCategoryLinkedOutsideTheLibraryIsRejected() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("linked"), outside);
        List<String> before = tree(temp);

        NewSkillResult result = create(new NewSkillRequest("redis-caching", "linked", DESCRIPTION,
                SkillTemplate.MINIMAL));

        assertThat(result).isInstanceOf(NewSkillResult.Rejected.class);
        assertThat(result.message()).contains("leads out of the library");
        assertThat(tree(temp)).isEqualTo(before);
    }

    @Test
    void aBadDescriptionIsRejectedBeforeAnythingIsWritten() {
        List<String> before = tree(temp);

        for (String description : List.of("", "   ", "x".repeat(1025) + " when")) {
            NewSkillResult result = create(new NewSkillRequest("redis-caching", "web", description,
                    SkillTemplate.STANDARD));
            assertThat(result).as(description).isInstanceOf(NewSkillResult.Rejected.class);
            assertThat(((NewSkillResult.Rejected) result).report().errors())
                    .allSatisfy(e -> assertThat(e.field()).isEqualTo("description"));
        }
        assertThat(tree(temp)).isEqualTo(before);
    }

    @Test
    void checkReportsEveryFieldWithoutWriting() {
        ValidationReport report = drafter.check(new NewSkillRequest("Bad/Name", "../x", "", SkillTemplate.MINIMAL));

        assertThat(report.errors()).extracting(e -> e.field()).contains("name", "category", "description");
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.line()).isZero());
        assertThat(root.resolve("_drafts")).doesNotExist();
    }

    @Test
    void aDiskFailureIsAnErrorForTheUserAndLeavesNothingBehind() throws Exception {
        Files.writeString(root.resolve("_drafts"), "a file where the drafts folder belongs");
        List<String> before = tree(temp);

        assertThatThrownBy(() -> drafter.create(new NewSkillRequest("redis-caching", "web", DESCRIPTION,
                SkillTemplate.COMPREHENSIVE)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Could not write the draft");
        assertThat(tree(temp)).isEqualTo(before);
        assertThat(root.resolve("_drafts")).hasContent("a file where the drafts folder belongs");
    }

    @Test
    void aMissingLibraryIsReportedAndNotCreated() throws Exception {
        Path missing = temp.resolve("no-library");

        NewSkillResult result = new NewSkillDrafter(new SkillLibrary(missing))
                .create(new NewSkillRequest("redis-caching", "web", DESCRIPTION, SkillTemplate.MINIMAL));

        assertThat(result.message()).contains(missing.toString()).contains("does not exist");
        assertThat(missing).doesNotExist();
    }

    private Path draftDir(SkillTemplate template, String name) {
        NewSkillResult result = create(new NewSkillRequest(name, "web", DESCRIPTION, template));
        return ((NewSkillResult.Created) result).skillMd().getParent();
    }

    private NewSkillResult create(NewSkillRequest request) {
        try {
            return drafter.create(request);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
