package dev.skillfleet.desktop.core.library;

import dev.skillfleet.desktop.core.engine.DraftStore;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static dev.skillfleet.desktop.core.library.DraftFixtures.ID;
import static dev.skillfleet.desktop.core.library.DraftFixtures.draft;
import static dev.skillfleet.desktop.core.library.DraftFixtures.skillMd;
import static dev.skillfleet.desktop.core.library.DraftFixtures.validDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path temp;

    Path root;
    Drafts drafts;
    FreedesktopTrash trash;

    @BeforeEach
    void library() {
        root = DraftFixtures.library(temp.resolve("lib"));
        drafts = new Drafts(new SkillLibrary(root), ZONE);
        trash = new FreedesktopTrash(temp.resolve("data/Trash"), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    @Test
    void listsEachDraftWithItsIdTimeCategoryAndTargetNewestFirst() throws Exception {
        Clock older = Clock.fixed(LocalDateTime.of(2025, 3, 1, 14, 25, 1).atZone(ZONE).toInstant(), ZONE);
        Clock newer = Clock.fixed(LocalDateTime.of(2025, 3, 2, 9, 0, 0).atZone(ZONE).toInstant(), ZONE);
        Path first = new DraftStore(root, older).write("testing", "pytest-fixtures", skillMd("pytest-fixtures"));
        Path second = new DraftStore(root, newer).write("", "release-notes", skillMd("release-notes"));

        List<Draft> list = drafts.list();

        assertThat(list).extracting(Draft::dir).containsExactly(second.getParent(), first.getParent());
        Draft flat = list.get(0);
        assertThat(flat.id()).startsWith("20250302-090000-");
        assertThat(flat.created()).isEqualTo(newer.instant());
        assertThat(flat.category()).isEmpty();
        assertThat(flat.target()).contains(root.resolve("release-notes"));
        Draft categorized = list.get(1);
        assertThat(categorized.folder()).isEqualTo(root.resolve("_drafts").resolve(categorized.id()));
        assertThat(categorized.created()).isEqualTo(older.instant());
        assertThat(categorized.category()).isEqualTo("testing");
        assertThat(categorized.target()).contains(root.resolve("testing/pytest-fixtures"));
        assertThat(categorized.skill().valid()).isTrue();
    }

    @Test
    void anIdWithoutATimestampTakesTheFoldersTimeAndAnUnsafeNameHasNoTarget() throws Exception {
        Instant start = Instant.now().minusSeconds(2);
        Path dir = draft(root, "hand-made", "testing/escape", skillMd("../escape"));

        Draft draft = drafts.find(dir).orElseThrow();

        assertThat(draft.id()).isEqualTo("hand-made");
        // The folder's birth time where the file system records one (else its modification time): just now.
        assertThat(draft.created()).isBetween(start, Instant.now());
        assertThat(draft.target()).isEmpty();
    }

    @Test
    void findIsEmptyForASkillThatIsNotADraft() {
        assertThat(drafts.find(root.resolve("dspy/dspy-basics"))).isEmpty();
        assertThat(drafts.find(root.resolve("_drafts/none/here"))).isEmpty();
    }

    @Test
    void discardingTheOnlyDraftOfAnIdTrashesTheWholeIdFolder() throws Exception {
        Path dir = validDraft(root, "testing/pytest-fixtures");
        Draft draft = drafts.find(dir).orElseThrow();

        Path trashed = drafts.discard(draft, trash);

        assertThat(trashed).isEqualTo(root.resolve("_drafts").resolve(ID));
        assertThat(trashed).doesNotExist();
        assertThat(trash.directory().resolve("files").resolve(ID).resolve("testing/pytest-fixtures/SKILL.md"))
                .hasContent(skillMd("pytest-fixtures"));
        assertThat(trash.directory().resolve("info").resolve(ID + ".trashinfo")).content()
                .contains("Path=" + TrashInfo.encodePath(trashed.toString()));
        assertThat(drafts.list()).isEmpty();
    }

    @Test
    void discardingOneOfSeveralDraftsTrashesOnlyItsFolderAndEmptyCategories() throws Exception {
        Path fixtures = validDraft(root, "testing/pytest-fixtures");
        Path other = validDraft(root, "web/css-grid");

        Path trashed = drafts.discard(drafts.find(fixtures).orElseThrow(), trash);

        assertThat(trashed).isEqualTo(fixtures);
        assertThat(fixtures.getParent()).as("the emptied category folder").doesNotExist();
        assertThat(other.resolve("SKILL.md")).exists();
        assertThat(trash.directory().resolve("files/pytest-fixtures/SKILL.md")).exists();
        assertThat(drafts.list()).extracting(Draft::dir).containsExactly(other);
    }

    @Test
    void withoutATrashADraftIsDeletedForGood() throws Exception {
        Path dir = validDraft(root, "testing/pytest-fixtures");
        NoTrash none = new NoTrash("This is a test.");

        drafts.discard(drafts.find(dir).orElseThrow(), none);

        assertThat(root.resolve("_drafts").resolve(ID)).doesNotExist();
        assertThat(none.permanent()).isTrue();
        assertThat(none.describe()).contains("permanently");
    }

    @Test
    void aDraftWhoseFolderLinksElsewhereIsNotDiscarded() throws Exception {
        Path outside = DraftFixtures.write(temp.resolve("outside/pytest-fixtures"), skillMd("pytest-fixtures"));
        Path link = root.resolve("_drafts").resolve(ID).resolve("pytest-fixtures");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, outside);
        Draft draft = drafts.find(link).orElseThrow();

        assertThatThrownBy(() -> drafts.discard(draft, trash)).isInstanceOf(IOException.class)
                .hasMessageContaining(link.toString()).hasMessageContaining("nothing was discarded");
        assertThat(outside.resolve("SKILL.md")).exists();
        assertThat(trash.directory()).doesNotExist();
    }
}
