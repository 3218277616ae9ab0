package dev.skillfleet.desktop.core.editor;

import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditorFilesTest {

    @TempDir
    Path temp;

    @Test
    void aSaveKeepsTheContentItReplacesAndTheNewOneAndRemovesTheRecoveryCopy() throws Exception {
        Path library = Corpus.copy(Corpus.source().resolve("anthropic-skills/skill-creator"),
                temp.resolve("lib/skill-creator"));
        Path skill = library.resolve("SKILL.md");
        byte[] original = Files.readAllBytes(skill);
        Instant originalTime = Instant.parse("2024-12-01T08:00:00Z");
        Files.setLastModifiedTime(skill, FileTime.from(originalTime));
        EditorFiles files = new EditorFiles(temp.resolve("data"));
        EditedFile edited = files.open(skill);
        String changed = edited.text().replace("name: skill-creator", "name: skill-creator\nlicense: MIT");
        files.recovery().remember(edited, changed);

        SaveReport report = files.save(edited, changed);

        assertThat(report.saved()).isTrue();
        assertThat(report.historyProblem()).isEmpty();
        assertThat(Files.readString(skill)).isEqualTo(changed);
        assertThat(files.recovery().copyOf(skill)).doesNotExist();
        List<HistoryVersion> versions = files.history(skill).versions();
        assertThat(versions).hasSize(2);
        assertThat(report.version()).contains(versions.getFirst());
        assertThat(files.history(skill).readBytes(versions.getLast().id())).isEqualTo(original);
        assertThat(versions.getLast().time()).as("the replaced content's own time").isEqualTo(originalTime);
        assertThat(files.history(skill).read(versions.getFirst().id())).isEqualTo(changed);
        assertThat(files.history(skill).diff(versions.getLast().id(), versions.getFirst().id()).unified())
                .contains("+license: MIT");

        // Saving again without a change keeps no new version.
        assertThat(files.save(edited, changed).version()).contains(versions.getFirst());
        assertThat(files.history(skill).versions()).hasSize(2);
    }

    @Test
    void aRestoredVersionIsSavedAsTheNewestAndTheHistoryIsNotRewritten() throws Exception {
        Path skill = Files.writeString(Files.createDirectories(temp.resolve("lib/demo")).resolve("SKILL.md"), "v1\n");
        EditorFiles files = new EditorFiles(temp.resolve("data"));
        EditedFile edited = files.open(skill);
        files.save(edited, "v2\n");
        files.save(edited, "v3\n");
        SkillHistory history = files.history(skill);
        String oldest = history.versions().getLast().id();

        files.save(edited, history.restore(oldest));

        assertThat(Files.readString(skill)).isEqualTo("v1\n");
        assertThat(history.versions()).extracting(v -> {
            try {
                return history.read(v.id());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).containsExactly("v1\n", "v3\n", "v2\n", "v1\n");
    }

    @Test
    void aChangeOnDiskWritesNothingKeepsTheRecoveryCopyAndAnOverwriteKeepsTheOtherProgramsText() throws Exception {
        Path skill = Files.writeString(Files.createDirectories(temp.resolve("lib/demo")).resolve("SKILL.md"), "v1\n");
        EditorFiles files = new EditorFiles(temp.resolve("data"));
        EditedFile edited = files.open(skill);
        files.recovery().remember(edited, "mine\n");
        Files.writeString(skill, "theirs\n");

        SaveReport refused = files.save(edited, "mine\n");

        assertThat(refused.saved()).isFalse();
        assertThat(refused.outcome()).isInstanceOf(SaveOutcome.ChangedOnDisk.class);
        assertThat(refused.version()).isEmpty();
        assertThat(files.history(skill).versions()).isEmpty();
        assertThat(files.recovery().copyOf(skill)).exists();

        SaveReport overwritten = files.saveOverwriting(edited, "mine\n");

        assertThat(overwritten.saved()).isTrue();
        assertThat(Files.readString(skill)).isEqualTo("mine\n");
        SkillHistory history = files.history(skill);
        assertThat(history.versions()).extracting(v -> new String(history.readBytes(v.id()), StandardCharsets.UTF_8))
                .containsExactly("mine\n", "theirs\n");
        assertThat(files.recovery().copyOf(skill)).doesNotExist();
    }

    @Test
    void aFailingHistoryDoesNotFailTheSave() throws Exception {
        Path skill = Files.writeString(Files.createDirectories(temp.resolve("lib/demo")).resolve("SKILL.md"), "v1\n");
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("history"), "a file where the folder should be");
        EditorFiles files = new EditorFiles(data);
        EditedFile edited = files.open(skill);

        SaveReport report = files.save(edited, "v2\n");

        assertThat(report.saved()).isTrue();
        assertThat(Files.readString(skill)).isEqualTo("v2\n");
        assertThat(report.version()).isEmpty();
        assertThat(report.historyProblem()).hasValueSatisfying(p -> assertThat(p).startsWith("Saved " + skill));
    }

    @Test
    void aRenamedSkillFolderKeepsTheHistoryOfItsFiles() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("lib/Demo_Skill"));
        Path skill = Files.writeString(dir.resolve("SKILL.md"), "v1\n");
        Path reference = Files.writeString(Files.createDirectories(dir.resolve("references")).resolve("api.md"), "r1\n");
        EditorFiles files = new EditorFiles(temp.resolve("data"));
        files.save(files.open(skill), "v2\n");
        files.save(files.open(reference), "r2\n");
        List<HistoryVersion> before = files.history(skill).versions();
        Path oldHistory = files.history(skill).folder();

        Path renamed = new dev.skillfleet.desktop.core.refine.FolderFixer().renameFolder(dir, "demo-skill");
        List<String> problems = files.moveHistories(dir, renamed);

        assertThat(problems).isEmpty();
        assertThat(renamed).isEqualTo(temp.resolve("lib/demo-skill").toAbsolutePath());
        assertThat(dir).doesNotExist();
        List<HistoryVersion> after = files.history(renamed.resolve("SKILL.md")).versions();
        assertThat(after).extracting(HistoryVersion::time).containsExactlyElementsOf(
                before.stream().map(HistoryVersion::time).toList());
        assertThat(files.history(renamed.resolve("SKILL.md")).read(after.getLast().id())).isEqualTo("v1\n");
        assertThat(files.history(renamed.resolve("references/api.md")).versions()).hasSize(2);
        assertThat(oldHistory).doesNotExist();
    }

    @Test
    void aFolderRenameOntoAnExistingFolderIsRefusedAndChangesNothing() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("lib/Demo"));
        Files.writeString(dir.resolve("SKILL.md"), "v1\n");
        Files.createDirectories(temp.resolve("lib/demo-taken"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new dev.skillfleet.desktop.core.refine.FolderFixer()
                        .renameFolder(dir, "demo-taken"))
                .hasMessageContaining("already exists");
        assertThat(dir.resolve("SKILL.md")).hasContent("v1");
    }
}
