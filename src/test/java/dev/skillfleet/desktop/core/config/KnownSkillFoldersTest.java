package dev.skillfleet.desktop.core.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Add folder" suggestions: the conventional skill folders that exist, the user's before the project's. */
class KnownSkillFoldersTest {

    @TempDir
    Path temp;

    @Test
    void onlyTheFoldersThatExistAreSuggestedInOrder() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path project = Files.createDirectories(temp.resolve("work/project"));
        Path claude = Files.createDirectories(home.resolve(".claude/skills"));
        Path projectAgents = Files.createDirectories(project.resolve(".agents/skills"));
        Files.createDirectories(home.resolve(".agents")); // the parent alone is not a skill folder
        Files.createDirectories(project.resolve(".claude"));
        Files.writeString(project.resolve(".claude/skills"), "a file, not a folder");

        assertThat(KnownSkillFolders.suggest(home, project)).containsExactly(claude, projectAgents);
    }

    @Test
    void nothingIsSuggestedWhenNoneExists() {
        assertThat(KnownSkillFolders.suggest(temp.resolve("home"), temp.resolve("project"))).isEmpty();
    }

    @Test
    void aWorkingDirectoryThatIsTheHomeFolderIsNotSuggestedTwice() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path agents = Files.createDirectories(home.resolve(".agents/skills"));

        assertThat(KnownSkillFolders.suggest(home, home.resolve("sub/..")))
                .as("normalized paths, no repeats").containsExactly(agents);
        assertThat(KnownSkillFolders.candidates(home, home)).containsExactly(home.resolve(".claude/skills"),
                home.resolve(".agents/skills"));
    }

    @Test
    void relativePathsComeBackAbsolute() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Files.createDirectories(home.resolve(".claude/skills"));
        Path relativeHome = Path.of("").toAbsolutePath().relativize(home);

        assertThat(KnownSkillFolders.suggest(relativeHome, temp)).singleElement()
                .satisfies(p -> assertThat(p.isAbsolute()).isTrue())
                .isEqualTo(home.resolve(".claude/skills"));
    }
}
