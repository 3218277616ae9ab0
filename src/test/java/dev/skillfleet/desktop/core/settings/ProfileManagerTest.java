package dev.skillfleet.desktop.core.settings;

import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.profiles.InvalidProfileException;
import dev.skillfleet.desktop.core.profiles.Presets;
import dev.skillfleet.desktop.core.profiles.ProfileKind;
import dev.skillfleet.desktop.core.secrets.FileSecretStore;
import dev.skillfleet.desktop.core.secrets.OpenedSecretStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileManagerTest {

    private static final String KEY = "sk-test-VERY-SECRET-0123456789";

    @TempDir
    Path config;
    private FileSecretStore keys;
    private final AtomicInteger keystoreOpened = new AtomicInteger();
    private ProfileManager profiles;

    @BeforeEach
    void create() {
        keys = FileSecretStore.in(config);
        profiles = manager(new SettingsStore(config));
    }

    private ProfileManager manager(SettingsStore store) {
        return new ProfileManager(store, () -> {
            keystoreOpened.incrementAndGet();
            return new OpenedSecretStore(keys, Optional.of("keys are in a file"));
        });
    }

    private EndpointProfile openRouter() {
        return Presets.OPENROUTER.newProfile(profiles.newId("OpenRouter"), "OpenRouter", "deepseek/deepseek-r1");
    }

    @Test
    void theKeyGoesToTheKeystoreNeverToTheSettingsFile() throws Exception {
        EndpointProfile added = profiles.add(openRouter(), Optional.of(KEY));

        assertThat(added.hasApiKey()).isTrue();
        String json = Files.readString(config.resolve("settings.json"));
        assertThat(json).contains("openrouter").contains("\"hasApiKey\" : true").doesNotContain(KEY);
        assertThat(keys.get("openrouter")).contains(KEY);
        assertThat(added.toString()).doesNotContain(KEY);
        assertThat(profiles.endpoint(added).orElseThrow().toString()).doesNotContain(KEY);
    }

    @Test
    void aStoredProfileReachesItsModelWithItsKey() throws Exception {
        profiles.add(openRouter(), Optional.of("  " + KEY + "\n"));
        ProfileManager afterRestart = manager(new SettingsStore(config));

        EndpointProfile profile = afterRestart.find("openrouter").orElseThrow();
        Endpoint endpoint = afterRestart.endpoint(profile).orElseThrow();
        assertThat(endpoint.baseUrl()).hasToString("https://openrouter.ai/api/v1");
        assertThat(endpoint.model()).isEqualTo("deepseek/deepseek-r1");
        assertThat(endpoint.apiKey()).as("pasted with spaces and a newline").contains(KEY);
    }

    @Test
    void theKeystoreIsOpenedOnlyWhenAKeyIsNeeded() throws Exception {
        EndpointProfile lm = profiles.add(Presets.LM_STUDIO.newProfile("lm", "LM Studio", "qwen3"), Optional.empty());
        profiles.setActive("lm");
        profiles.update(lm.withModel("gemma3"));
        assertThat(profiles.endpoint(profiles.active())).isPresent();
        assertThat(profiles.profiles()).hasSize(2);
        assertThat(keystoreOpened).as("nothing needed a key").hasValue(0);

        profiles.setApiKey("lm", KEY);
        profiles.apiKey("lm");
        assertThat(keystoreOpened).as("opened once, then reused").hasValue(1);
    }

    @Test
    void updatingAProfileKeepsItsKey() throws Exception {
        EndpointProfile added = profiles.add(openRouter(), Optional.of(KEY));
        EndpointProfile renamed = profiles.update(added.withDisplayName("My router").withHasApiKey(false));
        assertThat(renamed.hasApiKey()).as("only setApiKey/clearApiKey change the flag").isTrue();
        assertThat(profiles.apiKey(added.id())).contains(KEY);
        assertThat(profiles.find("my router")).contains(renamed);
    }

    @Test
    void keysCanBeSetReplacedAndCleared() throws Exception {
        EndpointProfile added = profiles.add(openRouter(), Optional.empty());
        assertThat(added.hasApiKey()).isFalse();
        assertThat(profiles.setApiKey(added.id(), KEY).hasApiKey()).isTrue();
        profiles.setApiKey(added.id(), "sk-other");
        assertThat(profiles.apiKey(added.id())).contains("sk-other");

        EndpointProfile cleared = profiles.clearApiKey(added.id());
        assertThat(cleared.hasApiKey()).isFalse();
        assertThat(keys.get(added.id())).isEmpty();
        assertThat(profiles.endpoint(cleared).orElseThrow().apiKey()).isEmpty();
        assertThatThrownBy(() -> profiles.setApiKey(added.id(), " \n")).hasMessage("The API key is empty.");
        assertThatThrownBy(() -> profiles.setApiKey("offline", KEY)).hasMessageContaining("uses no API key");
    }

    @Test
    void deletingAProfileDeletesItsKeyAndTheActiveOneHandsOverToOffline() throws Exception {
        EndpointProfile added = profiles.add(openRouter(), Optional.of(KEY));
        profiles.setActive(added.id());
        assertThat(manager(new SettingsStore(config)).active().id()).isEqualTo(added.id());

        profiles.delete(added.id());

        assertThat(keys.get(added.id())).isEmpty();
        assertThat(profiles.active()).isEqualTo(EndpointProfile.OFFLINE);
        assertThat(manager(new SettingsStore(config)).profiles()).containsExactly(EndpointProfile.OFFLINE);
        assertThatThrownBy(() -> profiles.delete("offline")).hasMessageContaining("cannot be changed or deleted");
    }

    @Test
    void aRefusedProfileLeavesNoKeyBehind() throws Exception {
        profiles.add(openRouter(), Optional.empty());
        EndpointProfile sameName = Presets.DEEPSEEK.newProfile("deepseek", "openrouter", "deepseek-chat");
        assertThatThrownBy(() -> profiles.add(sameName, Optional.of(KEY))).hasMessageContaining("already exists");
        assertThat(keys.get("deepseek")).isEmpty();
        assertThat(Files.exists(keys.file())).isFalse();
    }

    @Test
    void invalidInputSaysWhatIsWrong() {
        assertThatThrownBy(() -> profiles.add(EndpointProfile.of("x", "X", ProfileKind.OLLAMA, "localhost", ""),
                Optional.empty()))
                .isInstanceOf(InvalidProfileException.class)
                .satisfies(e -> assertThat(((InvalidProfileException) e).problems()).hasSize(2));
    }

    @Test
    void noticesComeFromTheSettingsFileAndTheKeystore() throws Exception {
        Files.writeString(config.resolve("settings.json"), "not json");
        ProfileManager broken = manager(new SettingsStore(config));
        assertThat(broken.profiles()).containsExactly(EndpointProfile.OFFLINE);
        assertThat(broken.settingsNotice()).hasValueSatisfying(n -> assertThat(n).contains("could not be read"));
        assertThat(broken.keyStoreNotice()).contains("keys are in a file");
        assertThat(broken.keyStoreLocation()).isEqualTo(keys.file().toString());
    }
}
