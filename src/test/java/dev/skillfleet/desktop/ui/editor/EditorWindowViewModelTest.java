package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.testing.ManualDelay;
import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.editor.HistoryVersion;
import dev.skillfleet.desktop.core.editor.RecoveryCopy;
import dev.skillfleet.desktop.core.editor.RecoveryStore;
import dev.skillfleet.desktop.core.editor.TextDiff;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Saving, conflicts, recovery copies, closing and history of an editor window, with no toolkit: work runs inline. */
class EditorWindowViewModelTest {

    private static final String CRLF_SKILL = "---\r\nname: pdf-tools\r\ndescription: Fills PDF forms. Use when a PDF"
            + " form must be filled in.\r\n---\r\n\r\n# PDF tools\r\n\r\n## When to Use\r\n\r\n- a PDF form arrives\r\n";

    @TempDir
    Path temp;
    private Path data;
    private Path skill;
    private Path skillMd;
    private EditorFiles files;
    private SkillEditorViewModel editor;
    private EditorWindowViewModel window;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data");
        skill = Files.createDirectories(temp.resolve("library/pdf-tools"));
        skillMd = skill.resolve("SKILL.md");
        Files.writeString(skillMd, CRLF_SKILL);
        files = new EditorFiles(data);
        editor = new SkillEditorViewModel(Runnable::run, Runnable::run, new ManualDelay());
        window = new EditorWindowViewModel(editor, files, Runnable::run, Runnable::run);
    }

    private String editorForm(String text) {
        return text.replace("\r\n", "\n");
    }

    private void openAndType(String appended) {
        window.open(skill);
        assertThat(window.readyProperty().get()).isTrue();
        editor.textProperty().set(editor.textProperty().get() + appended);
        assertThat(editor.dirtyProperty().get()).isTrue();
    }

    @Test
    void saveWritesInTheFilesLineEndingsKeepsTwoVersionsAndMarksSaved() throws Exception {
        openAndType("- a second case\n");
        window.save();

        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(Files.readString(skillMd)).isEqualTo(CRLF_SKILL + "- a second case\r\n");
        List<HistoryVersion> versions = files.history(skillMd).versions();
        assertThat(versions).hasSize(2); // the text before the first save, and the saved one
        assertThat(window.history().versions()).containsExactlyElementsOf(versions);
        assertThat(window.statusProperty().get()).isEqualTo("Saved SKILL.md.");
        assertThat(window.messageProperty().get()).isEmpty();
    }

    @Test
    void aFileChangedOnDiskIsAConflictAndKeepMineOverwritesIt() throws Exception {
        openAndType("- mine\n");
        String theirs = CRLF_SKILL + "- theirs\r\n";
        Files.writeString(skillMd, theirs);

        window.save();
        SaveConflict conflict = window.conflictProperty().get();
        assertThat(conflict).isNotNull();
        assertThat(conflict.deleted()).isFalse();
        assertThat(conflict.diskText()).contains(editorForm(theirs));
        assertThat(conflict.sentence()).contains("SKILL.md changed on disk");
        assertThat(Files.readString(skillMd)).as("nothing written before the user chose").isEqualTo(theirs);
        assertThat(editor.dirtyProperty().get()).isTrue();

        window.keepMine();
        assertThat(window.conflictProperty().get()).isNull();
        assertThat(Files.readString(skillMd)).isEqualTo(CRLF_SKILL + "- mine\r\n");
        assertThat(editor.dirtyProperty().get()).isFalse();
        // The overwritten text stays in the history: the choice can be undone.
        var history = files.history(skillMd);
        assertThat(history.versions().stream().map(v -> {
            try {
                return history.read(v.id());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        })).contains(editorForm(theirs));
    }

    @Test
    void reloadTakesTheDisksTextAndWritesNothing() throws Exception {
        openAndType("- mine\n");
        String theirs = CRLF_SKILL + "- theirs\r\n";
        Files.writeString(skillMd, theirs);
        window.save();
        assertThat(window.conflictProperty().get()).isNotNull();

        window.takeDisk();
        assertThat(window.conflictProperty().get()).isNull();
        assertThat(editor.textProperty().get()).isEqualTo(editorForm(theirs));
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(Files.readString(skillMd)).isEqualTo(theirs);

        // The next save has nothing to be afraid of.
        editor.textProperty().set(editor.textProperty().get() + "- again\n");
        window.save();
        assertThat(window.conflictProperty().get()).isNull();
        assertThat(Files.readString(skillMd)).isEqualTo(theirs + "- again\r\n");
    }

    @Test
    void aFileThatCannotBeWrittenGivesAMessageNamingItAndKeepsTheText() throws Exception {
        openAndType("- mine\n");
        String typed = editor.textProperty().get();
        // Something that is no longer a file where SKILL.md was: reading and writing fail, even for root.
        Files.delete(skillMd);
        Files.createDirectories(skillMd.resolve("in-the-way"));

        window.save();
        assertThat(window.messageProperty().get()).startsWith("SKILL.md was not saved: ")
                .contains("Your text is still here");
        assertThat(window.savingProperty().get()).isFalse();
        assertThat(editor.textProperty().get()).isEqualTo(typed);
        assertThat(editor.dirtyProperty().get()).isTrue();
    }

    @Test
    void aReadOnlyFolderGivesAMessageSayingSo() throws Exception {
        openAndType("- mine\n");
        Files.setPosixFilePermissions(skill, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(skill), "running as root: permissions do not stop writes");
            window.save();
            assertThat(window.messageProperty().get())
                    .isEqualTo("SKILL.md was not saved: the file or its folder is read-only (" + skill.resolve(
                            "SKILL.md") + "). Your text is still here (and in the recovery copy).");
            assertThat(Files.readString(skillMd)).isEqualTo(CRLF_SKILL);
        } finally {
            Files.setPosixFilePermissions(skill, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void autosaveWritesARecoveryCopyThatANextSessionFinds() throws Exception {
        openAndType("- unsaved\n");
        window.autosave();

        RecoveryStore store = files.recovery();
        assertThat(store.copyOf(skillMd)).exists();
        List<RecoveryCopy> nextStart = new RecoveryStore(data).pending();
        assertThat(nextStart).singleElement().satisfies(copy -> {
            assertThat(copy.file()).isEqualTo(skillMd.toAbsolutePath().normalize());
            assertThat(copy.text()).isEqualTo(editor.textProperty().get());
            assertThat(copy.changedOnDisk()).isFalse();
        });

        // Saving removes it; so does putting the text back and letting the timer tick.
        window.save();
        assertThat(store.copyOf(skillMd)).doesNotExist();
        editor.textProperty().set(editor.textProperty().get() + "x");
        window.autosave();
        assertThat(store.copyOf(skillMd)).exists();
        editor.textProperty().set(editor.textProperty().get().substring(0, editor.textProperty().get().length() - 1));
        window.autosave();
        assertThat(store.copyOf(skillMd)).doesNotExist();
    }

    @Test
    void closingWithoutSavingDiscardsTheRecoveryCopyAndLeavesTheFile() throws Exception {
        openAndType("- unsaved\n");
        window.autosave();
        assertThat(window.hasUnsavedChanges()).isTrue();

        window.closeWithoutSaving();
        assertThat(window.closedProperty().get()).isTrue();
        assertThat(files.recovery().copyOf(skillMd)).doesNotExist();
        assertThat(Files.readString(skillMd)).isEqualTo(CRLF_SKILL);
    }

    @Test
    void saveAndCloseSavesEveryOpenFileThenCloses() throws Exception {
        Path reference = Files.createDirectories(skill.resolve("references")).resolve("forms.md");
        Files.writeString(reference, "# Forms\n");
        openAndType("- mine\n");
        editor.openFile(reference);
        SkillFileViewModel tab = editor.openFiles().getFirst();
        tab.textProperty().set("# Forms\n\nMore.\n");

        window.saveAllAndClose();
        assertThat(window.closedProperty().get()).isTrue();
        assertThat(Files.readString(skillMd)).isEqualTo(CRLF_SKILL + "- mine\r\n");
        assertThat(Files.readString(reference)).isEqualTo("# Forms\n\nMore.\n");
        assertThat(tab.dirtyProperty().get()).isFalse();
    }

    @Test
    void ctrlSSavesTheTabInFrontOnly() throws Exception {
        Path reference = Files.createDirectories(skill.resolve("references")).resolve("forms.md");
        Files.writeString(reference, "# Forms\n");
        openAndType("- mine\n");
        editor.openFile(reference);
        SkillFileViewModel tab = editor.openFiles().getFirst();
        assertThat(editor.selectedFileProperty().get()).isSameAs(tab);
        tab.textProperty().set("# Forms\n\nMore.\n");

        window.save();
        assertThat(Files.readString(reference)).isEqualTo("# Forms\n\nMore.\n");
        assertThat(Files.readString(skillMd)).isEqualTo(CRLF_SKILL);
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(window.history().fileProperty().get()).isEqualTo(reference.toAbsolutePath().normalize());
    }

    @Test
    void closingWithNothingUnsavedClosesAtOnce() throws Exception {
        window.open(skill);
        assertThat(window.hasUnsavedChanges()).isFalse();
        window.closeWithoutSaving();
        assertThat(window.closedProperty().get()).isTrue();
        assertThat(Files.readString(skillMd)).isEqualTo(CRLF_SKILL);
    }

    @Test
    void restoringAVersionPutsItsTextInTheEditorUnsaved() throws Exception {
        openAndType("- second\n");
        window.save();
        editor.textProperty().set(editor.textProperty().get() + "- third\n");
        window.save();
        List<HistoryVersion> versions = window.history().versions();
        assertThat(versions).hasSize(3);
        HistoryVersion original = versions.getLast();

        window.compare(List.of(versions.get(0), original));
        TextDiff diff = window.history().diffProperty().get();
        assertThat(diff.rows()).filteredOn(r -> r.kind() == TextDiff.Kind.ADDED).extracting(TextDiff.Row::right)
                .containsExactly("- second", "- third");

        window.restore(original);
        assertThat(editor.textProperty().get()).isEqualTo(editorForm(CRLF_SKILL));
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(Files.readString(skillMd)).as("not saved until Ctrl+S").endsWith("- third\r\n");
        assertThat(window.statusProperty().get()).startsWith("Restored the version of ");

        // One version selected: compared with the editor's text, which now equals it.
        window.compare(List.of(original));
        assertThat(window.history().diffProperty().get().identical()).isTrue();
    }

    @Test
    void aRecoveredCopyOpensAsUnsavedChangesAndCanBeDiscarded() throws Exception {
        String recoveredText = editorForm(CRLF_SKILL) + "- recovered\n";
        // What a killed session left behind: a copy written by another store over the same data folder.
        new RecoveryStore(data).remember(skillMd, null, recoveredText);
        Path other = Files.createDirectories(temp.resolve("library/gone"));
        Files.writeString(other.resolve("SKILL.md"), "---\nname: gone\ndescription: x\n---\n");
        new RecoveryStore(data).remember(other.resolve("SKILL.md"), null, "---\nname: gone\n---\nlost\n");

        RecoveryViewModel recovery = new RecoveryViewModel(files.recovery(), Runnable::run, Runnable::run,
                (dir, copy) -> {
                    window.open(dir);
                    window.recover(copy);
                });
        boolean[] asked = {false};
        recovery.check(() -> asked[0] = true);
        assertThat(asked[0]).isTrue();
        assertThat(recovery.entries()).hasSize(2);
        RecoveryViewModel.Entry mine = recovery.entries().stream()
                .filter(e -> e.copy().file().equals(skillMd.toAbsolutePath().normalize())).findFirst().orElseThrow();
        assertThat(mine.skillDir()).isEqualTo(skill.toAbsolutePath().normalize());
        assertThat(mine.copy().changedOnDisk()).as("no base fingerprint: treated as changed").isTrue();

        recovery.open(mine);
        assertThat(editor.textProperty().get()).isEqualTo(recoveredText);
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(window.statusProperty().get()).contains("Recovered unsaved changes to SKILL.md")
                .contains("changed on disk");

        RecoveryViewModel.Entry theOther = recovery.entries().getFirst();
        recovery.discard(theOther);
        assertThat(recovery.entries()).isEmpty();
        assertThat(files.recovery().copyOf(other.resolve("SKILL.md"))).doesNotExist();

        window.save();
        assertThat(Files.readString(skillMd, StandardCharsets.UTF_8)).isEqualTo(CRLF_SKILL + "- recovered\r\n");
        assertThat(files.recovery().copyOf(skillMd)).doesNotExist();
    }
}
