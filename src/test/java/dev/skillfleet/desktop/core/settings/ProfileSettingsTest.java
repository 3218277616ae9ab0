package dev.skillfleet.desktop.core.settings;

import dev.skillfleet.desktop.core.llm.ReasoningTags;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.profiles.ProfileBook;
import dev.skillfleet.desktop.core.profiles.ProfileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Profiles inside settings.json: round trip, older and newer files, and changes that do not overwrite each other. */
class ProfileSettingsTest {

    @TempDir
    Path config;

    private static final EndpointProfile LM = new EndpointProfile("lm-studio", "LM Studio", ProfileKind.OPENAI,
            "http://localhost:1234/v1", "qwen3", Map.of("X-Team", "skills"), ReasoningTags.FORCED_OPEN, false, true);

    @Test
    void profilesAndTheActiveOneComeBack() throws Exception {
        AppSettings settings = AppSettings.DEFAULTS.withTheme(AppSettings.Theme.DARK)
                .withProfileBook(ProfileBook.EMPTY.withAdded(LM).withActive("lm-studio"));
        new SettingsStore(config).save(settings);

        AppSettings loaded = new SettingsStore(config).load();
        assertThat(loaded).isEqualTo(settings);
        assertThat(loaded.profileBook().active()).isEqualTo(LM);
        assertThat(loaded.profileBook().active().cacheCompletions()).isFalse();
    }

    @Test
    void anOlderFileWithoutProfilesMeansOfflineOnly() throws Exception {
        Files.writeString(config.resolve("settings.json"), "{\"theme\":\"LIGHT\",\"keepThinkingOpen\":true}");
        AppSettings loaded = new SettingsStore(config).load();
        assertThat(loaded.theme()).isEqualTo(AppSettings.Theme.LIGHT);
        assertThat(loaded.profileBook().all()).containsExactly(EndpointProfile.OFFLINE);
        assertThat(loaded.profileBook().active()).isEqualTo(EndpointProfile.OFFLINE);
    }

    @Test
    void aProfileWithoutTheCachingSwitchCachesAndUnknownFieldsAreIgnored() throws Exception {
        Files.writeString(config.resolve("settings.json"), """
                {"theme":"SYSTEM","activeProfileId":"vllm","futureSetting":[1,2],
                 "profiles":[{"id":"vllm","displayName":"vLLM","kind":"OPENAI","baseUrl":"http://localhost:8000/v1",
                              "model":"qwen","futureField":"x"}]}
                """);
        AppSettings loaded = new SettingsStore(config).load();
        EndpointProfile vllm = loaded.profileBook().active();
        assertThat(vllm.id()).isEqualTo("vllm");
        assertThat(vllm.cacheCompletions()).isTrue();
        assertThat(vllm.reasoningTags()).isEqualTo(ReasoningTags.ON);
        assertThat(vllm.headers()).isEmpty();
    }

    @Test
    void aFileWithAnInvalidProfileIsSetAsideWithTheReason() throws Exception {
        Files.writeString(config.resolve("settings.json"), """
                {"profiles":[{"id":"x","displayName":"X","kind":"OPENAI","baseUrl":"ftp://nowhere","model":"m"}]}
                """);
        SettingsStore store = new SettingsStore(config);
        assertThat(store.load()).isEqualTo(AppSettings.DEFAULTS);
        assertThat(store.notice()).hasValueSatisfying(n -> assertThat(n).contains("Base URL must start with http://")
                .contains("kept as"));
    }

    @Test
    void readingDoesNotMoveABrokenFile() throws Exception {
        Path file = Files.writeString(config.resolve("settings.json"), "{ broken");
        assertThatThrownBy(() -> new SettingsStore(config).read()).isInstanceOf(java.io.IOException.class);
        assertThat(file).hasContent("{ broken");
    }

    @Test
    void theWindowsThemeSwitchKeepsTheProfiles() throws Exception {
        SettingsStore store = new SettingsStore(config);
        store.update(s -> s.withProfileBook(s.profileBook().withAdded(LM)));
        store.update(s -> s.withTheme(AppSettings.Theme.DARK).withKeepThinkingOpen(true));

        AppSettings loaded = new SettingsStore(config).load();
        assertThat(loaded.theme()).isEqualTo(AppSettings.Theme.DARK);
        assertThat(loaded.profiles()).containsExactly(LM);
    }

    @Test
    void aFailedChangeSavesNothing() throws Exception {
        SettingsStore store = new SettingsStore(config);
        assertThatThrownBy(() -> store.update(s -> s.withProfileBook(s.profileBook().without("offline"))))
                .isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> files = Files.list(config)) {
            assertThat(files).isEmpty();
        }
        assertThat(store.current()).isEqualTo(AppSettings.DEFAULTS);
    }

    @Test
    void concurrentChangesAreAllKept() throws Exception {
        SettingsStore store = new SettingsStore(config);
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = "p" + i;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    store.update(s -> s.withProfileBook(s.profileBook().withAdded(
                            EndpointProfile.of(id, "Profile " + id, ProfileKind.SKILLFLEET, "http://localhost:8000", ""))));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(new SettingsStore(config).load().profiles()).hasSize(8);
    }
}
