package dev.skillfleet.desktop.core.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    @TempDir
    Path config;

    @Test
    void noFileMeansDefaultsAndSavedSettingsComeBack() throws Exception {
        SettingsStore store = new SettingsStore(config);
        assertThat(store.load()).isEqualTo(AppSettings.DEFAULTS);
        store.save(new AppSettings(AppSettings.Theme.DARK, true));
        assertThat(new SettingsStore(config).load()).isEqualTo(new AppSettings(AppSettings.Theme.DARK, true));
        try (Stream<Path> files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temp file left").containsExactly("settings.json");
        }
    }

    @Test
    void aCorruptFileIsSetAsideWithANoticeNeverSilentlyReset() throws Exception {
        Files.writeString(config.resolve("settings.json"), "{ this is not json");
        SettingsStore store = new SettingsStore(config);

        assertThat(store.load()).isEqualTo(AppSettings.DEFAULTS);
        assertThat(store.notice()).hasValueSatisfying(n -> assertThat(n).contains("could not be read").contains("kept as"));
        try (Stream<Path> files = Files.list(config)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("settings.json.corrupt-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{ this is not json");
        }
    }

    @Test
    void unknownFieldsFromANewerVersionDoNotBreakLoading() throws Exception {
        Files.writeString(config.resolve("settings.json"), "{\"theme\":\"LIGHT\",\"keepThinkingOpen\":true,\"future\":1}");
        assertThat(new SettingsStore(config).load()).isEqualTo(new AppSettings(AppSettings.Theme.LIGHT, true));
    }

    @Test
    void extraLibrariesComeBackInOrderAndAnOlderFileHasNone() throws Exception {
        AppSettings settings = AppSettings.DEFAULTS.withTheme(AppSettings.Theme.DARK)
                .withExtraLibraries(List.of("/home/me/.claude/skills", "/work/project/.agents/skills"));
        SettingsStore store = new SettingsStore(config);
        store.save(settings);

        AppSettings loaded = new SettingsStore(config).load();
        assertThat(loaded).isEqualTo(settings);
        assertThat(loaded.extraLibraries()).containsExactly("/home/me/.claude/skills", "/work/project/.agents/skills");
        assertThat(Files.readString(store.file())).contains("\"extraLibraries\"");

        Files.writeString(config.resolve("settings.json"), "{\"theme\":\"LIGHT\",\"keepThinkingOpen\":true}");
        assertThat(new SettingsStore(config).load().extraLibraries()).isEmpty();
        Files.writeString(config.resolve("settings.json"), "{\"theme\":\"LIGHT\",\"extraLibraries\":null}");
        assertThat(new SettingsStore(config).load().extraLibraries()).isEmpty();
    }

    @Test
    void extraLibrariesDropBlanksAndRepeatsAndSurviveOtherChanges() throws Exception {
        AppSettings settings = AppSettings.DEFAULTS
                .withExtraLibraries(Arrays.asList("/a/skills", " ", null, "/b/skills", "/a/skills", " /c/skills "));
        assertThat(settings.extraLibraries()).containsExactly("/a/skills", "/b/skills", "/c/skills");

        SettingsStore store = new SettingsStore(config);
        store.save(settings);
        store.update(s -> s.withTheme(AppSettings.Theme.LIGHT).withKeepThinkingOpen(true));
        assertThat(new SettingsStore(config).load().extraLibraries())
                .as("changing another setting keeps the folders").containsExactly("/a/skills", "/b/skills", "/c/skills");
        assertThat(new AppSettings(AppSettings.Theme.DARK, false).extraLibraries()).isEmpty();
    }
}
