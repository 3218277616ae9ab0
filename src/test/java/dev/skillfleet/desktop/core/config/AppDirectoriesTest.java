package dev.skillfleet.desktop.core.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppDirectoriesTest {

    private final Path home = Path.of("/home/ada");

    @Test
    void linuxFollowsXdgAndIgnoresRelativeValues() {
        assertThat(AppDirectories.of("Linux", Map.of(), home))
                .isEqualTo(new AppDirectories(home.resolve(".config/skill-fleet-desktop"),
                        home.resolve(".local/share/skill-fleet-desktop")));
        assertThat(AppDirectories.of("Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "relative"), home))
                .isEqualTo(new AppDirectories(Path.of("/cfg/skill-fleet-desktop"),
                        home.resolve(".local/share/skill-fleet-desktop")));
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories dirs = AppDirectories.of("Windows 11",
                Map.of("APPDATA", "/users/ada/AppData/Roaming", "LOCALAPPDATA", "/users/ada/AppData/Local"), home);
        assertThat(dirs.config()).isEqualTo(Path.of("/users/ada/AppData/Roaming/Skill Fleet Desktop"));
        assertThat(dirs.data()).isEqualTo(Path.of("/users/ada/AppData/Local/Skill Fleet Desktop"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppDirectories.of("Mac OS X", Map.of(), home).config())
                .isEqualTo(home.resolve("Library/Application Support/Skill Fleet Desktop"));
    }
}
