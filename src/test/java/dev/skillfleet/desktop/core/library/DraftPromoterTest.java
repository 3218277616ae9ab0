package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.engine.DraftStore;
import dev.skillfleet.desktop.core.skill.Skill;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.List;

import static dev.skillfleet.desktop.core.library.DraftFixtures.ID;
import static dev.skillfleet.desktop.core.library.DraftFixtures.draft;
import static dev.skillfleet.desktop.core.library.DraftFixtures.skillMd;
import static dev.skillfleet.desktop.core.library.DraftFixtures.tree;
import static dev.skillfleet.desktop.core.library.DraftFixtures.validDraft;
import static org.assertj.core.api.Assertions.assertThat;

class DraftPromoterTest {

    private static final PromoteOptions FORCE = new PromoteOptions(true, false);
    private static final PromoteOptions OVERWRITE = new PromoteOptions(false, true);

    @TempDir
    Path temp;

    Path root;
    SkillLibrary library;
    DraftPromoter promoter;

    @BeforeEach
    void library() {
        root = DraftFixtures.library(temp.resolve("lib"));
        library = new SkillLibrary(root);
        promoter = new DraftPromoter(library);
    }

    @Test
    void aValidDraftMovesIntoItsCategoryInOneRenameAndItsDraftFoldersAreRemoved() throws Exception {
        Path skillMd = new DraftStore(root, Clock.systemDefaultZone())
                .write("testing", "pytest-fixtures", skillMd("pytest-fixtures"));
        Path draftDir = skillMd.getParent();
        Files.writeString(draftDir.resolve("references-notes.md"), "conftest.py holds shared fixtures\n");
        Object fileKey = Files.readAttributes(skillMd, BasicFileAttributes.class).fileKey();
        int before = library.scan().skills().size();

        PromoteResult result = promoter.promote(draftDir, PromoteOptions.SAFE);

        Path target = root.resolve("testing/pytest-fixtures");
        assertThat(result).isEqualTo(new PromoteResult.Promoted(target));
        assertThat(result.message()).contains(target.toString());
        assertThat(target.resolve("SKILL.md")).hasContent(skillMd("pytest-fixtures"));
        assertThat(target.resolve("references-notes.md")).exists();
        // Same inode: the folder was renamed, not copied.
        assertThat(Files.readAttributes(target.resolve("SKILL.md"), BasicFileAttributes.class).fileKey())
                .isEqualTo(fileKey);
        assertThat(draftDir).doesNotExist();
        assertThat(draftDir.getParent()).as("the emptied category folder").doesNotExist();
        assertThat(draftDir.getParent().getParent()).as("the emptied _drafts/<id>").doesNotExist();
        assertThat(root.resolve("_drafts")).isDirectory();
        assertThat(library.scan().skills()).hasSize(before + 1);
        assertThat(library.scan(true).skills()).noneMatch(Skill::draft);
    }

    @Test
    void aDraftFolderThatHoldsAnotherDraftStays() {
        Path first = validDraft(root, "testing/pytest-fixtures");
        Path second = validDraft(root, "testing/pytest-markers");

        assertThat(promoter.promote(first, PromoteOptions.SAFE)).isInstanceOf(PromoteResult.Promoted.class);

        assertThat(first).doesNotExist();
        assertThat(second.resolve("SKILL.md")).exists();
    }

    @Test
    void aFlatDraftGoesToTheLibraryRootAndASkillMdPathIsAccepted() {
        Path draft = draft(root, ID, "pytest-fixtures", skillMd("pytest-fixtures"));

        PromoteResult result = promoter.promote(draft.resolve("SKILL.md"), PromoteOptions.SAFE);

        assertThat(result).isEqualTo(new PromoteResult.Promoted(root.resolve("pytest-fixtures")));
        assertThat(root.resolve("_drafts").resolve(ID)).doesNotExist();
    }

    @Test
    void anInvalidDraftIsRefusedWithItsErrorsAndPromotedWhenForced() {
        Path draft = draft(root, ID, "testing/pytest-fixtures", "---\nname: pytest-fixtures\n---\n# No description\n");
        List<String> before = tree(root);

        PromoteResult refused = promoter.promote(draft, PromoteOptions.SAFE);

        assertThat(refused).isInstanceOf(PromoteResult.Invalid.class);
        PromoteResult.Invalid invalid = (PromoteResult.Invalid) refused;
        assertThat(invalid.draft()).isEqualTo(draft);
        assertThat(invalid.report().errors()).anyMatch(e -> "description".equals(e.field()));
        assertThat(invalid.message()).contains(draft.toString()).contains("description is missing")
                .contains("force");
        assertThat(tree(root)).isEqualTo(before);

        assertThat(promoter.promote(draft, FORCE))
                .isEqualTo(new PromoteResult.Promoted(root.resolve("testing/pytest-fixtures")));
    }

    @Test
    void theTargetNameIsTheFrontmatterNameNotTheDraftFolder() {
        Path draft = draft(root, ID, "testing/untitled-folder", skillMd("pytest-fixtures"));

        assertThat(promoter.promote(draft, PromoteOptions.SAFE))
                .as("name and folder differ: a validation error").isInstanceOf(PromoteResult.Invalid.class);
        PromoteResult forced = promoter.promote(draft, FORCE);

        Path target = root.resolve("testing/pytest-fixtures");
        assertThat(forced).isEqualTo(new PromoteResult.Promoted(target));
        assertThat(library.load(target).valid()).as("now name and folder agree").isTrue();
    }

    @Test
    void anExistingSkillIsReportedThenReplacedOnlyWithOverwrite() throws Exception {
        Path existing = root.resolve("testing/pytest-fixtures");
        DraftFixtures.write(existing, skillMd("pytest-fixtures").replace("# Pytest fixtures", "# Old version"));
        Files.writeString(existing.resolve("old-notes.md"), "outdated\n");
        Path draft = validDraft(root, "testing/pytest-fixtures");
        List<String> before = tree(root);

        PromoteResult first = promoter.promote(draft, PromoteOptions.SAFE);

        assertThat(first).isEqualTo(new PromoteResult.TargetExists(existing));
        assertThat(first.message()).contains(existing.toString()).contains("overwrite");
        assertThat(tree(root)).isEqualTo(before);
        assertThat(existing.resolve("SKILL.md")).content().contains("# Old version");

        PromoteResult second = promoter.promote(draft, OVERWRITE);

        assertThat(second).isEqualTo(new PromoteResult.Promoted(existing));
        assertThat(existing.resolve("SKILL.md")).hasContent(skillMd("pytest-fixtures"));
        assertThat(existing.resolve("old-notes.md")).as("the old skill is replaced, not merged").doesNotExist();
        assertThat(draft).doesNotExist();
        try (var siblings = Files.list(existing.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).as("no set-aside copy is left behind")
                    .noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void aFrontmatterNameThatClimbsOutOfTheLibraryIsRefusedEvenWithForce() {
        Path draft = draft(root, ID, "testing/escape", skillMd("../../../outside"));
        List<String> before = tree(temp);

        PromoteResult result = promoter.promote(draft, new PromoteOptions(true, true));

        assertThat(result).isInstanceOf(PromoteResult.Refused.class);
        assertThat(result.message()).contains("\"../../../outside\"").contains("..").contains(draft.toString());
        assertThat(tree(temp)).isEqualTo(before);
    }

    @Test
    void aCategoryWithDotDotIsRefused() {
        Path draft = draft(root, ID, "a..b/pytest-fixtures", skillMd("pytest-fixtures"));
        List<String> before = tree(temp);

        PromoteResult result = promoter.promote(draft, FORCE);

        assertThat(result).isInstanceOf(PromoteResult.Refused.class);
        assertThat(result.message()).contains("category \"a..b\"");
        assertThat(tree(temp)).isEqualTo(before);
    }

    @Test
    void aCategoryThatScansWouldSkipIsRefused() {
        Path draft = draft(root, ID, "_templates/pytest-fixtures", skillMd("pytest-fixtures"));

        PromoteResult result = promoter.promote(draft, FORCE);

        assertThat(result).isInstanceOf(PromoteResult.Refused.class);
        assertThat(result.message()).contains("\"_templates\"").contains("would not show up");
    }

    @Test
    void aCategoryFolderLinkedOutsideTheLibraryIsRefusedAndNothingIsWrittenThere() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("linked"), outside);
        Path draft = validDraft(root, "linked/pytest-fixtures");
        List<String> before = tree(temp);

        PromoteResult result = new DraftPromoter(library).promote(draft, new PromoteOptions(true, true));

        assertThat(result).isInstanceOf(PromoteResult.Refused.class);
        assertThat(result.message()).contains(root.resolve("linked").toString()).contains("leads out of the library");
        assertThat(tree(temp)).isEqualTo(before);
        assertThat(tree(outside)).containsExactly("");
    }

    @Test
    void aCategoryLinkedToAnotherFolderInsideTheLibraryIsAllowed() throws Exception {
        Files.createSymbolicLink(root.resolve("qa"), root.resolve("web"));
        Path draft = validDraft(root, "qa/pytest-fixtures");

        PromoteResult result = promoter.promote(draft, PromoteOptions.SAFE);

        assertThat(result).isEqualTo(new PromoteResult.Promoted(root.resolve("qa/pytest-fixtures")));
        assertThat(root.resolve("web/pytest-fixtures/SKILL.md")).exists();
    }

    @Test
    void onlyFoldersReallyInsideTheDraftsFolderArePromoted() throws Exception {
        Path regular = root.resolve("dspy/dspy-basics");
        Path elsewhere = DraftFixtures.write(temp.resolve("elsewhere/pytest-fixtures"), skillMd("pytest-fixtures"));
        Path linkedDraft = root.resolve("_drafts").resolve(ID).resolve("pytest-fixtures");
        Files.createDirectories(linkedDraft.getParent());
        Files.createSymbolicLink(linkedDraft, elsewhere);
        List<String> before = tree(temp);

        for (Path notADraft : List.of(regular, elsewhere, linkedDraft, root.resolve("_drafts").resolve(ID))) {
            PromoteResult result = promoter.promote(notADraft, new PromoteOptions(true, true));
            assertThat(result).as(notADraft.toString()).isInstanceOf(PromoteResult.Refused.class);
            assertThat(result.message()).contains(notADraft.toString());
        }
        assertThat(tree(temp)).isEqualTo(before);
    }

    @Test
    void aDraftsFolderThatIsALinkOutOfTheLibraryIsRefused() throws Exception {
        Path foreign = temp.resolve("foreign-drafts");
        DraftFixtures.write(foreign.resolve(ID).resolve("testing/pytest-fixtures"), skillMd("pytest-fixtures"));
        Files.createSymbolicLink(root.resolve("_drafts"), foreign);

        PromoteResult result = promoter.promote(root.resolve("_drafts").resolve(ID).resolve("testing/pytest-fixtures"),
                FORCE);

        assertThat(result).isInstanceOf(PromoteResult.Refused.class);
        assertThat(root.resolve("testing/pytest-fixtures")).doesNotExist();
        assertThat(foreign.resolve(ID).resolve("testing/pytest-fixtures/SKILL.md")).exists();
    }

    @Test
    void aMissingDraftOrLibraryIsRefusedWithItsPath() {
        Path missing = root.resolve("_drafts").resolve(ID).resolve("testing/nothing-here");
        assertThat(promoter.promote(missing, PromoteOptions.SAFE).message())
                .contains(missing.toString()).contains("does not exist");

        Path noLibrary = temp.resolve("no-library");
        assertThat(new DraftPromoter(new SkillLibrary(noLibrary)).promote(missing, PromoteOptions.SAFE).message())
                .contains(noLibrary.toString()).contains("does not exist");
    }
}
