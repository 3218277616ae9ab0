package dev.skillfleet.desktop.cli;

import dev.skillfleet.desktop.core.config.DataLocation;
import dev.skillfleet.desktop.core.config.LibraryLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --version}: the About dialog's facts on the command line, without JavaFX and without opening the window. */
class VersionOptionTest {

    @TempDir
    Path temp;

    @Test
    void printsVersionJavaOsAndTheFolders() {
        Map<String, String> env = Map.of(DataLocation.ENV_VAR, temp.resolve("data").toString(),
                LibraryLocation.ENV_VAR, temp.resolve("skills").toString());

        CliRun run = CliRun.of(env, "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.openedWindow()).isFalse();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList().getFirst()).isEqualTo("Skill Fleet Desktop dev");
        assertThat(run.out()).contains("Java:").contains(Runtime.version().toString())
                .contains(System.getProperty("java.vendor")).contains("OS:").contains(System.getProperty("os.name"))
                .contains("Settings:").contains("Data:           " + temp.resolve("data"))
                .contains("Skill library:  " + temp.resolve("skills"))
                .doesNotContain("JavaFX");
    }

    @Test
    void theFolderOptionsBesideItMoveTheFoldersShown() {
        CliRun run = CliRun.of(Map.of(), "--data", temp.resolve("d").toString(), "--library",
                temp.resolve("l").toString(), "-V");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Data:           " + temp.resolve("d"))
                .contains("Skill library:  " + temp.resolve("l"));
    }

    @Test
    void aPercentSignInAFolderNameIsPrintedAsIs() {
        Path odd = temp.resolve("100% skills");
        CliRun run = CliRun.of(Map.of(LibraryLocation.ENV_VAR, odd.toString()), "--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Skill library:  " + odd);
    }
}
