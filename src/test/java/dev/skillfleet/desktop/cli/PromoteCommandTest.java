package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PromoteCommandTest {

    private static final String VALID = """
            ---
            name: pytest-fixtures
            description: Sets up pytest fixtures. Use when tests need shared setup or teardown.
            ---
            # Pytest fixtures

            ## When to Use
            - adding shared test setup
            """;

    @TempDir
    Path temp;

    Path library;
    Path draft;

    @BeforeEach
    void library() throws Exception {
        library = Corpus.copy(Corpus.source().resolve("skill-fleet-taxonomy"), temp.resolve("lib"));
        draft = write(library.resolve("_drafts/20250301-142501-a3f9/testing/pytest-fixtures"), VALID);
    }

    @Test
    void aValidDraftIsPromotedAndTheNewFolderPrinted() {
        CliRun run = CliRun.of("promote", "--library", library.toString(), draft.toString());

        Path target = library.resolve("testing/pytest-fixtures");
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo(target.toString());
        assertThat(run.err()).isEmpty();
        assertThat(target.resolve("SKILL.md")).hasContent(VALID);
        assertThat(draft).doesNotExist();
        assertThat(run.openedWindow()).isFalse();
    }

    @Test
    void anInvalidDraftPrintsItsErrorsAndSuggestsForce() throws Exception {
        Files.writeString(draft.resolve("SKILL.md"), "---\nname: pytest-fixtures\n---\n# No description\n");

        CliRun refused = CliRun.of("promote", "--library", library.toString(), draft.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains(draft.toString()).contains("ERROR description").contains("--force");
        assertThat(draft).isDirectory();

        CliRun forced = CliRun.of("promote", "--library", library.toString(), "--force", draft.toString());
        assertThat(forced.exit()).isZero();
        assertThat(library.resolve("testing/pytest-fixtures/SKILL.md")).exists();
    }

    @Test
    void anExistingSkillNeedsOverwrite() throws Exception {
        Path existing = write(library.resolve("testing/pytest-fixtures"), VALID.replace("# Pytest", "# Old"));

        CliRun refused = CliRun.of("promote", "--library", library.toString(), draft.resolve("SKILL.md").toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains(existing.toString()).contains("--overwrite");
        assertThat(existing.resolve("SKILL.md")).content().contains("# Old");

        CliRun replaced = CliRun.of("promote", "--library", library.toString(), "--overwrite", draft.toString());
        assertThat(replaced.exit()).isZero();
        assertThat(existing.resolve("SKILL.md")).hasContent(VALID);
    }

    @Test
    void aFolderOutsideTheDraftsIsRefusedWithTheReason() {
        Path skill = library.resolve("dspy/dspy-basics");

        CliRun run = CliRun.of("promote", "--library", library.toString(), "--force", skill.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ").contains(skill.toString()).contains("_drafts");
        assertThat(skill.resolve("SKILL.md")).exists();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("promote", "--library", library.toString()).exit()).as("no DRAFT_DIR").isEqualTo(2);
        assertThat(CliRun.of("promote", "--library", library.toString(), "--frobnicate", draft.toString()).exit())
                .isEqualTo(2);
        assertThat(draft).isDirectory();
    }

    @Test
    void helpListsTheCommandAndItsExitCodes() {
        assertThat(CliRun.of("--help").out()).contains("promote");
        assertThat(CliRun.of("promote", "--help").out()).contains("--overwrite").contains("--force")
                .contains("DRAFT_DIR").contains("Exit codes");
    }

    private static Path write(Path dir, String content) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("SKILL.md"), content);
        return dir;
    }
}
