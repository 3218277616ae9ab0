package dev.skillfleet.desktop.core.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class DataLocationTest {

    @TempDir
    Path temp;

    private final Supplier<Path> perUser = () -> temp.resolve("home/.local/share/skill-fleet-desktop");

    @Test
    void theOptionWinsOverTheVariableWhichWinsOverThePerUserFolder() {
        Path work = temp.resolve("work");
        Map<String, String> env = Map.of(DataLocation.ENV_VAR, temp.resolve("from-env").toString());
        assertThat(DataLocation.resolve(Optional.of(temp.resolve("from-cli")), env, work, perUser))
                .isEqualTo(temp.resolve("from-cli"));
        assertThat(DataLocation.resolve(Optional.empty(), env, work, perUser)).isEqualTo(temp.resolve("from-env"));
        assertThat(DataLocation.resolve(Optional.empty(), Map.of(), work, perUser)).isEqualTo(perUser.get());
        assertThat(DataLocation.resolve(Optional.empty(), Map.of(DataLocation.ENV_VAR, " \t"), work, perUser))
                .as("a blank variable counts as unset").isEqualTo(perUser.get());
    }

    @Test
    void relativePathsAreTakenFromTheWorkingDirectory() {
        Path work = temp.resolve("work");
        assertThat(DataLocation.resolve(Optional.empty(), Map.of(DataLocation.ENV_VAR, "data/../conversations"), work,
                perUser)).isEqualTo(work.resolve("conversations")).isAbsolute();
        assertThat(DataLocation.resolve(Optional.of(Path.of("mine")), Map.of(), work, perUser))
                .isEqualTo(work.resolve("mine"));
    }

    @Test
    void thePerUserFolderIsOnlyLookedUpWhenNothingElseSaysWhere() {
        Supplier<Path> mustNotBeAsked = () -> {
            throw new AssertionError("the per-user folder was looked up");
        };
        assertThat(DataLocation.resolve(Optional.of(temp), Map.of(), temp, mustNotBeAsked)).isEqualTo(temp);
        assertThat(DataLocation.resolve(Optional.empty(), Map.of(DataLocation.ENV_VAR, temp.toString()), temp,
                mustNotBeAsked)).isEqualTo(temp);
    }

    @Test
    void withoutAnOverrideItIsTheWindowsDataFolder() {
        assertThat(DataLocation.resolve(Optional.empty(), Map.of()))
                .isEqualTo(AppDirectories.forCurrentUser().data().toAbsolutePath().normalize());
    }
}
