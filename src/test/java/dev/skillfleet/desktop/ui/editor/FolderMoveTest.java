package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.EditorFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class FolderMoveTest {

    @TempDir
    Path temp;

    @Test
    void theHistoryFollowsTheRenamedFolder() throws Exception {
        EditorFiles files = savedTwice();
        Path dir = temp.resolve("lib/Demo_Skill");

        FolderMove.Moved moved = rename(files, dir, "demo-skill");

        assertThat(moved.folder()).isEqualTo(temp.resolve("lib/demo-skill").toAbsolutePath());
        assertThat(moved.historyLeftBehind()).isEmpty();
        assertThat(files.history(moved.folder().resolve("SKILL.md")).versions()).hasSize(2);
    }

    @Test
    void historyThatCannotFollowIsReportedNotJustLogged() throws Exception {
        EditorFiles files = savedTwice();
        Path dir = temp.resolve("lib/Demo_Skill");
        Path skill = dir.resolve("SKILL.md");
        Path newHistory = files.history(temp.resolve("lib/demo-skill/SKILL.md").toAbsolutePath()).folder();
        Files.createDirectories(newHistory.getParent());
        Files.writeString(newHistory, "a file where the new history folder should be");

        FolderMove.Moved moved = rename(files, dir, "demo-skill");

        assertThat(Files.readString(moved.folder().resolve("SKILL.md"))).isEqualTo("v2\n");
        assertThat(moved.historyLeftBehind()).singleElement().asString()
                .startsWith("The history of SKILL.md stayed under its old path");
        assertThat(files.history(skill).versions()).as("the old versions are kept where they were").hasSize(2);
    }

    /** lib/Demo_Skill/SKILL.md saved once over its first text: two versions in the history. */
    private EditorFiles savedTwice() throws Exception {
        Path skill = Files.writeString(Files.createDirectories(temp.resolve("lib/Demo_Skill")).resolve("SKILL.md"),
                "v1\n");
        EditorFiles files = new EditorFiles(temp.resolve("data"));
        files.save(files.open(skill), "v2\n");
        return files;
    }

    private static FolderMove.Moved rename(EditorFiles files, Path dir, String name) {
        AtomicReference<FolderMove.Moved> moved = new AtomicReference<>();
        AtomicReference<String> refused = new AtomicReference<>();
        new FolderMove(files, Runnable::run, Runnable::run).rename(dir, name, moved::set, refused::set);
        assertThat(refused.get()).isNull();
        return moved.get();
    }
}
