package dev.skillfleet.desktop.core.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryLocationTest {

    @TempDir
    Path temp;

    @Test
    void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Path home = temp.resolve("home");
        Map<String, String> env = Map.of(LibraryLocation.ENV_VAR, temp.resolve("from-env").toString());
        assertThat(LibraryLocation.resolve(Optional.of(temp.resolve("from-cli")), env, home))
                .isEqualTo(temp.resolve("from-cli"));
        assertThat(LibraryLocation.resolve(Optional.empty(), env, home)).isEqualTo(temp.resolve("from-env"));
        assertThat(LibraryLocation.resolve(Optional.empty(), Map.of(), home))
                .isEqualTo(home.resolve("SkillFleet/skills"));
        assertThat(LibraryLocation.resolve(Optional.empty(), Map.of(LibraryLocation.ENV_VAR, "  "), home))
                .as("a blank variable counts as unset").isEqualTo(home.resolve("SkillFleet/skills"));
    }

    @Test
    void aMissingFolderIsCreatedAndAFileInTheWayIsExplained() throws IOException {
        Path missing = temp.resolve("a/b/skills");
        assertThat(LibraryLocation.ensureExists(missing)).isDirectory();
        Path file = Files.writeString(temp.resolve("file"), "x");
        assertThatThrownBy(() -> LibraryLocation.ensureExists(file)).hasMessageContaining("is a file, not a folder");
        assertThatThrownBy(() -> LibraryLocation.ensureExists(file.resolve("below")))
                .hasMessageContaining("Cannot create the skill library folder");
    }
}
