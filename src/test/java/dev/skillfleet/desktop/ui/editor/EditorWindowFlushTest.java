package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.editor.RecoveryCopy;
import dev.skillfleet.desktop.core.editor.RecoveryStore;
import dev.skillfleet.desktop.testing.ManualDelay;
import dev.skillfleet.desktop.testing.QueuedExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the app with an editor open: {@link EditorWindowViewModel#flushRecovery} writes the latest unsaved text to
 * the recovery copy although the background executor never runs again (the app shuts it down right after), and does
 * not bring back a copy the user discarded on purpose. No toolkit: the background work is queued and dropped.
 */
class EditorWindowFlushTest {

    private static final String SKILL = "---\nname: pdf-tools\ndescription: Fills PDF forms. Use when a PDF form must"
            + " be filled in.\n---\n\n# PDF tools\n";

    @TempDir
    Path temp;
    private Path data;
    private Path skill;
    private Path skillMd;
    private QueuedExecutor background;
    private SkillEditorViewModel editor;
    private EditorWindowViewModel window;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data");
        skill = Files.createDirectories(temp.resolve("library/pdf-tools"));
        skillMd = skill.resolve("SKILL.md");
        Files.writeString(skillMd, SKILL);
        background = new QueuedExecutor();
        editor = new SkillEditorViewModel(Runnable::run, Runnable::run, new ManualDelay());
        window = new EditorWindowViewModel(editor, new EditorFiles(data), background, Runnable::run);
        window.open(skill);
        background.runAll();
        assertThat(window.readyProperty().get()).isTrue();
    }

    private List<RecoveryCopy> nextStart() {
        return new RecoveryStore(data).pending();
    }

    @Test
    void theTextTypedAfterTheLastTimerTickReachesTheRecoveryCopy() throws Exception {
        editor.textProperty().set(SKILL + "\nTyped before the timer ticked.\n");
        window.autosave(); // the timer: queued on the background executor
        String last = SKILL + "\nTyped before the timer ticked.\nAnd the last words before closing.\n";
        editor.textProperty().set(last);

        assertThat(window.flushRecovery(Duration.ofSeconds(30))).isTrue();
        // The app shuts the executor down now: what it had queued never runs.

        assertThat(nextStart()).singleElement().satisfies(copy -> {
            assertThat(copy.file()).isEqualTo(skillMd.toAbsolutePath().normalize());
            assertThat(copy.text()).isEqualTo(last);
            assertThat(copy.changedOnDisk()).isFalse();
        });
        assertThat(Files.readString(skillMd)).as("nothing saved").isEqualTo(SKILL);
        assertThat(editor.dirtyProperty().get()).as("still unsaved in the editor").isTrue();
    }

    @Test
    void anEditorClosedWithoutSavingOnPurposeLeavesNoCopy() throws Exception {
        editor.textProperty().set(SKILL + "\nNot wanted.\n");
        window.autosave();
        background.runAll();
        assertThat(nextStart()).hasSize(1);

        window.closeWithoutSaving(); // the discard is queued
        assertThat(window.flushRecovery(Duration.ofSeconds(30))).isTrue();

        assertThat(nextStart()).as("the discard was carried out, and the text not offered again").isEmpty();
        assertThat(new RecoveryStore(data).copyOf(skillMd)).doesNotExist();
    }
}
