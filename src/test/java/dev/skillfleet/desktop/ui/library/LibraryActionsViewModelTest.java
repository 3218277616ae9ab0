package dev.skillfleet.desktop.ui.library;

import dev.skillfleet.desktop.core.library.ImportPlan;
import dev.skillfleet.desktop.core.library.NewSkillResult;
import dev.skillfleet.desktop.core.library.NoTrash;
import dev.skillfleet.desktop.core.library.PromoteOptions;
import dev.skillfleet.desktop.core.library.PromoteResult;
import dev.skillfleet.desktop.core.library.SkillTemplate;
import dev.skillfleet.desktop.core.settings.SettingsStore;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafts, new skills, export, packaging and import through the ViewModels, on a copied corpus. */
class LibraryActionsViewModelTest {

    @TempDir
    Path temp;
    private Path library;
    private LibraryViewModel model;
    private LibraryActionsViewModel actions;

    @BeforeEach
    void start() {
        library = Corpus.mixedLibrary(temp.resolve("lib")).toAbsolutePath().normalize();
        LibraryFixture fixture = new LibraryFixture(library,
                new SettingsExtraRoots(new SettingsStore(temp.resolve("config"))));
        model = fixture.start();
        actions = new LibraryActionsViewModel(model, new NoTrash("Tests never touch the user's trash."),
                Clock.fixed(Instant.parse("2025-03-01T14:25:01Z"), ZoneOffset.UTC), Runnable::run, Runnable::run);
    }

    @Test
    void aNewSkillShowsProblemsBesideItsFieldsThenBecomesADraftUnderDrafts() {
        NewSkillViewModel dialog = actions.newSkill();
        assertThat(dialog.nameProblemProperty().get()).as("no error before typing").isEmpty();
        assertThat(dialog.validProperty().get()).isFalse();

        dialog.nameProperty().set("Redis Caching");
        assertThat(dialog.nameProblemProperty().get()).isNotEmpty();
        dialog.nameProperty().set("redis-caching");
        dialog.categoryProperty().set("../outside");
        assertThat(dialog.nameProblemProperty().get()).isEmpty();
        assertThat(dialog.categoryProblemProperty().get()).isNotEmpty();
        dialog.categoryProperty().set("databases");
        dialog.descriptionProperty().set("Caches queries in Redis. Use when reads are slow.");
        dialog.templateProperty().set(SkillTemplate.MINIMAL);
        assertThat(dialog.validProperty().get()).isTrue();
        assertThat(dialog.categoryProblemProperty().get()).isEmpty();

        NewSkillResult result = dialog.create().join();

        NewSkillResult.Created created = (NewSkillResult.Created) result;
        Path draftDir = created.skillMd().getParent();
        assertThat(draftDir).startsWith(library.resolve("_drafts"));
        assertThat(draftDir.getFileName().toString()).isEqualTo("redis-caching");
        assertThat(created.target()).isEqualTo(library.resolve("databases/redis-caching"));
        assertThat(model.draftsProperty().get()).as("switched to the drafts").isTrue();
        assertThat(model.selectedProperty().get().dir()).isEqualTo(draftDir);
        assertThat(model.getRoots().getFirst().node().count()).isEqualTo(1);
        assertThat(model.messageProperty().get()).startsWith("Wrote the draft");
    }

    @Test
    void createRefusedByTheDiskKeepsTheDialogOpenWithTheReason() throws Exception {
        NewSkillViewModel dialog = actions.newSkill();
        dialog.nameProperty().set("redis-caching");
        dialog.descriptionProperty().set("Caches queries in Redis. Use when reads are slow.");
        Files.writeString(library.resolve("_drafts"), "a file where the drafts folder belongs");

        NewSkillResult result = dialog.create().join();

        assertThat(result).isInstanceOf(NewSkillResult.Rejected.class);
        assertThat(dialog.otherProblemProperty().get()).contains("_drafts");
        assertThat(dialog.busyProperty().get()).isFalse();
    }

    @Test
    void promotingADraftMovesItIntoTheTreeAndSelectsIt() {
        LibrarySkill draft = newDraft("redis-caching", "databases");

        PromoteResult result = actions.promote(draft, PromoteOptions.SAFE).join();

        Path target = library.resolve("databases/redis-caching");
        assertThat(result).isEqualTo(new PromoteResult.Promoted(target));
        assertThat(Files.isRegularFile(target.resolve("SKILL.md"))).isTrue();
        assertThat(Files.exists(draft.dir())).isFalse();
        assertThat(model.draftsProperty().get()).isFalse();
        assertThat(model.selectedProperty().get().dir()).isEqualTo(target);
        assertThat(model.nodeOf(model.selectedProperty().get())).isNotNull();
        assertThat(model.getRoots().getFirst().node().count()).isEqualTo(22);
        model.draftsProperty().set(true);
        assertThat(model.getRoots().getFirst().node().count()).as("no draft left").isZero();
    }

    @Test
    void anInvalidDraftIsPromotedOnlyWhenForcedAndAnExistingSkillOnlyReplacedWhenAllowed() throws Exception {
        LibrarySkill draft = newDraft("canvas-design", "");
        Path skillMd = draft.dir().resolve("SKILL.md");
        Files.writeString(skillMd, Files.readString(skillMd).replace("name: canvas-design", "name: Canvas_Design"));
        model.diskChanged(library, java.util.Set.of(draft.dir()), false);
        LibrarySkill invalid = model.skillAt(draft.dir());
        assertThat(invalid.validity()).isEqualTo(Validity.INVALID);

        PromoteResult first = actions.promote(invalid, PromoteOptions.SAFE).join();
        assertThat(first).isInstanceOf(PromoteResult.Invalid.class);
        assertThat(Files.exists(invalid.dir())).as("nothing changed").isTrue();

        Files.writeString(skillMd, Files.readString(skillMd).replace("name: Canvas_Design", "name: canvas-design"));
        model.diskChanged(library, java.util.Set.of(draft.dir()), false);
        PromoteResult second = actions.promote(model.skillAt(draft.dir()), PromoteOptions.SAFE).join();
        assertThat(second).isEqualTo(new PromoteResult.TargetExists(library.resolve("canvas-design")));

        PromoteResult third = actions.promote(model.skillAt(draft.dir()), new PromoteOptions(false, true)).join();
        assertThat(third).isInstanceOf(PromoteResult.Promoted.class);
        assertThat(Files.readString(library.resolve("canvas-design/SKILL.md"))).contains("Use when");
        assertThat(model.selectedProperty().get().dir()).isEqualTo(library.resolve("canvas-design"));
    }

    @Test
    void discardingADraftWithoutATrashDeletesItAndSaysSoFirst() {
        LibrarySkill draft = newDraft("redis-caching", "databases");
        assertThat(actions.discardIsPermanent()).isTrue();
        assertThat(actions.trashDescription()).contains("permanently");

        ActionOutcome outcome = actions.discard(draft).join();

        assertThat(outcome.done()).isTrue();
        assertThat(outcome.message()).contains("redis-caching").contains("deleted");
        assertThat(Files.exists(draft.dir())).isFalse();
        assertThat(model.getRoots().getFirst().node().count()).isZero();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void theCatalogueIsExportedAsXmlAndCopiedAsText() throws Exception {
        LibraryFixture.writeSkill(library.resolve("testing/broken-yaml"), "broken-yaml", "x: [unclosed", "body");
        model.refresh();
        Path file = temp.resolve("out/available_skills.xml");

        ActionOutcome outcome = actions.exportXml(file).join();

        assertThat(outcome.done()).isTrue();
        assertThat(outcome.message()).startsWith("Wrote 21 skills to " + file)
                .contains("left out 1 broken skill: testing/broken-yaml");
        String xml = Files.readString(file);
        assertThat(xml).startsWith("<available_skills>\n  <skill>\n    <name>");
        assertThat(xml).contains("<location>" + library.resolve("skill-creator/SKILL.md") + "</location>")
                .doesNotContain("broken-yaml");
        assertThat(actions.catalogueXml().join()).isEqualTo(xml);
        assertThat(model.messageIsErrorProperty().get()).isFalse();
    }

    @Test
    void exportingToAFolderThatCannotBeWrittenSaysWhy() throws Exception {
        Path blocker = Files.writeString(temp.resolve("blocker"), "a file");

        ActionOutcome outcome = actions.exportXml(blocker.resolve("skills.xml")).join();

        assertThat(outcome.done()).isFalse();
        assertThat(outcome.message()).startsWith("Could not write " + blocker.resolve("skills.xml"));
        assertThat(model.messageProperty().get()).isEqualTo(outcome.message());
        assertThat(model.messageIsErrorProperty().get()).isTrue();
    }

    @Test
    void aValidSkillIsPackagedAndAnInvalidOneRefusedWithItsErrors() throws Exception {
        LibrarySkill creator = LibraryViewModelTest.skill(model, "skill-creator");
        Path target = temp.resolve("skill-creator.skill");
        assertThat(LibraryActionsViewModel.packageName(creator)).isEqualTo("skill-creator.skill");

        ActionOutcome packed = actions.packageSkill(creator, target).join();
        assertThat(packed.done()).isTrue();
        assertThat(packed.message()).startsWith("Packaged \u201cskill-creator\u201d (").contains(target.toString());
        assertThat(Files.size(target)).isPositive();

        Path refusedTarget = temp.resolve("template.skill");
        ActionOutcome refused = actions.packageSkill(LibraryViewModelTest.skill(model, "template-skill"), refusedTarget)
                .join();
        assertThat(refused.done()).isFalse();
        assertThat(refused.message()).contains("name");
        assertThat(Files.exists(refusedTarget)).isFalse();
    }

    @Test
    void aPackageIsPlannedShownAndImportedAndAClashNeedsReplace() {
        Path pkg = temp.resolve("dspy-basics.skill");
        assertThat(actions.packageSkill(LibraryViewModelTest.skill(model, "dspy-basics"), pkg).join().done()).isTrue();

        ImportPlan plan = actions.planImport(pkg, "ml").join();
        assertThat(plan.skillName()).isEqualTo("dspy-basics");
        assertThat(plan.target()).isEqualTo(library.resolve("ml/dspy-basics"));
        assertThat(plan.safe()).isTrue();
        assertThat(plan.nameClash()).isFalse();
        ActionOutcome imported = actions.applyImport(plan, false, false).join();
        assertThat(imported.done()).isTrue();
        assertThat(model.selectedProperty().get().dir()).isEqualTo(library.resolve("ml/dspy-basics"));
        assertThat(model.getCategories()).contains("ml");

        ImportPlan again = actions.planImport(pkg, "ml").join();
        assertThat(again.nameClash()).isTrue();
        ActionOutcome clash = actions.applyImport(again, false, false).join();
        assertThat(clash.done()).isFalse();
        assertThat(clash.message()).contains("already exists");
        assertThat(actions.applyImport(again, true, false).join().message()).contains("replacing");
    }

    @Test
    void aZipWithAnEntryOutsideTheSkillIsRefusedAndNothingIsWritten() throws Exception {
        Path zip = temp.resolve("evil.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("evil/SKILL.md"));
            z.write("---\nname: evil\ndescription: Bad. Use when never.\n---\n# Evil\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("evil/../../escape.sh"));
            z.write("echo hi".getBytes(StandardCharsets.UTF_8));
        }

        ImportPlan plan = actions.planImport(zip, "").join();

        assertThat(plan.safe()).isFalse();
        assertThat(plan.refusedEntries()).extracting(ImportPlan.RefusedEntry::entry).contains("evil/../../escape.sh");
        ActionOutcome outcome = actions.applyImport(plan, true, true).join();
        assertThat(outcome.done()).isFalse();
        assertThat(outcome.message()).contains("escape.sh");
        assertThat(Files.exists(library.resolve("evil"))).isFalse();
        assertThat(Files.exists(temp.resolve("escape.sh"))).isFalse();
    }

    /** A draft written through the dialog's model, as the user would. */
    private LibrarySkill newDraft(String name, String category) {
        NewSkillViewModel dialog = actions.newSkill();
        dialog.nameProperty().set(name);
        dialog.categoryProperty().set(category);
        dialog.descriptionProperty().set("Does " + name + " things. Use when the user asks about " + name + ".");
        NewSkillResult.Created created = (NewSkillResult.Created) dialog.create().join();
        LibrarySkill draft = model.skillAt(created.skillMd().getParent());
        assertThat(draft.draft()).isTrue();
        return draft;
    }
}
