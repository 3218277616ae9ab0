package dev.skillfleet.desktop.ui.settings;

import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.profiles.Presets;
import dev.skillfleet.desktop.core.secrets.FileSecretStore;
import dev.skillfleet.desktop.core.secrets.OpenedSecretStore;
import dev.skillfleet.desktop.core.settings.ProfileManager;
import dev.skillfleet.desktop.core.settings.SettingsStore;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings ViewModel with no toolkit: real profile storage in a temp folder, a real server on loopback. */
class SettingsViewModelTest {

    @TempDir
    Path config;
    private final MockWebServer server = new MockWebServer();
    private ProfileManager profiles;
    private SettingsViewModel settings;

    @BeforeEach
    void setUp() throws Exception {
        server.start();
        SettingsStore store = new SettingsStore(config);
        store.load();
        profiles = new ProfileManager(store, () -> new OpenedSecretStore(FileSecretStore.in(config),
                Optional.of("No system keystore is available: API keys are kept in a file.")));
        settings = new SettingsViewModel(profiles, new ModelClient(), Runnable::run, Runnable::run);
    }

    @AfterEach
    void tearDown() throws Exception {
        profiles.close();
        server.close();
    }

    @Test
    void theOfflineProfileIsAlwaysThereActiveAndNotEditable() {
        assertThat(settings.getProfiles()).extracting(EndpointProfile::id).containsExactly(EndpointProfile.OFFLINE_ID);
        assertThat(settings.selectedProperty().get().isOffline()).isTrue();
        assertThat(settings.editableProperty().get()).isFalse();
        assertThat(settings.activeIdProperty().get()).isEqualTo(EndpointProfile.OFFLINE_ID);
        assertThat(settings.noticeProperty().get()).contains("No system keystore");
        assertThat(server.getRequestCount()).as("opening settings contacts nothing").isZero();
    }

    @Test
    void aPresetFillsTheBaseUrlAndSavingStoresTheKeyOutsideTheSettingsFile() throws Exception {
        settings.addFromPreset(Presets.LM_STUDIO);
        assertThat(settings.baseUrlProperty().get()).isEqualTo("http://localhost:1234/v1");
        assertThat(settings.editableProperty().get()).isTrue();

        settings.baseUrlProperty().set(server.url("/v1").toString());
        settings.modelProperty().set("qwen3-8b");
        settings.newApiKeyProperty().set("sk-test-SECRET123");
        settings.save();

        assertThat(settings.statusProperty().get()).startsWith("Saved.");
        assertThat(settings.hasStoredKeyProperty().get()).isTrue();
        assertThat(settings.newApiKeyProperty().get()).as("never shown again").isEmpty();
        EndpointProfile saved = profiles.find("LM Studio").orElseThrow();
        assertThat(saved.model()).isEqualTo("qwen3-8b");
        assertThat(profiles.apiKey(saved.id())).contains("sk-test-SECRET123");
        assertThat(Files.readString(config.resolve("settings.json"))).contains("qwen3-8b").doesNotContain("SECRET123");
    }

    @Test
    void invalidInputIsExplainedAndNothingIsSaved() {
        settings.addFromPreset(Presets.VLLM);
        settings.save();
        assertThat(settings.statusProperty().get()).as("no model yet").containsIgnoringCase("model");
        settings.modelProperty().set("m");
        settings.baseUrlProperty().set("localhost:8000");
        settings.save();
        assertThat(settings.statusProperty().get()).contains("http://");
        settings.baseUrlProperty().set("http://localhost:8000/v1");
        settings.headersProperty().set("no colon here");
        settings.save();
        assertThat(settings.statusProperty().get()).contains("Name: value");
        assertThat(profiles.find("vLLM")).as("nothing saved while the form is invalid").isEmpty();

        settings.headersProperty().set("X-Team: skills");
        settings.save();
        assertThat(profiles.find("vLLM").orElseThrow().headers()).containsEntry("X-Team", "skills");
    }

    @Test
    void testConnectionAndModelListUseTheFormAndTheStoredKey() throws Exception {
        settings.addFromPreset(Presets.OPENAI);
        settings.baseUrlProperty().set(server.url("/v1").toString());
        settings.modelProperty().set("gpt-test");
        settings.newApiKeyProperty().set("sk-test-SECRET123");
        settings.save();
        String models = "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-test\"},{\"id\":\"gpt-other\"}]}";
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(models).build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(models).build());

        settings.testConnection();
        assertThat(settings.statusProperty().get()).containsIgnoringCase("connected");
        settings.loadModels();
        assertThat(settings.getModels()).containsExactly("gpt-test", "gpt-other");

        var first = server.takeRequest();
        assertThat(first.getTarget()).isEqualTo("/v1/models");
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test-SECRET123");
        assertThat(settings.statusProperty().get()).doesNotContain("SECRET123");
    }

    @Test
    void aRefusedConnectionIsReportedPlainly() throws Exception {
        settings.addFromPreset(Presets.LLAMA_CPP);
        String base = server.url("/v1").toString();
        server.close();
        settings.baseUrlProperty().set(base);
        settings.modelProperty().set("m");
        settings.testConnection();
        assertThat(settings.statusProperty().get()).containsIgnoringCase("refused");
        assertThat(settings.workingProperty().get()).isFalse();
    }

    @Test
    void makingAProfileActiveAndDeletingItFallsBackToOffline() {
        settings.addFromPreset(Presets.OLLAMA);
        settings.modelProperty().set("llama3.2");
        settings.save();
        settings.makeActive();
        assertThat(profiles.active().displayName()).isEqualTo("Ollama");
        assertThat(settings.activeIdProperty().get()).isEqualTo(profiles.active().id());

        settings.deleteSelected();
        assertThat(profiles.active().isOffline()).isTrue();
        assertThat(settings.getProfiles()).hasSize(1);
    }
}
