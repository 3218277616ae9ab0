package dev.skillfleet.desktop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillfleet.desktop.core.llm.ReasoningTags;
import dev.skillfleet.desktop.core.profiles.EndpointProfile;
import dev.skillfleet.desktop.core.profiles.ProfileKind;
import dev.skillfleet.desktop.core.secrets.FileSecretStore;
import dev.skillfleet.desktop.core.secrets.OpenedSecretStore;
import dev.skillfleet.desktop.core.secrets.SecretStores;
import dev.skillfleet.desktop.core.settings.ProfileManager;
import dev.skillfleet.desktop.core.settings.SettingsStore;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** `chat --profile NAME` and `profiles list` against stored profiles, with keys in a file store under @TempDir. */
class ChatWithProfileTest {

    private static final String KEY = "sk-test-PROFILE-SECRET-42";
    /** Keys from the temp folder's file, never from the real user's keystore. */
    private static final Map<String, String> ENV = Map.of(SecretStores.ENV_VAR, "file");

    @TempDir
    Path temp;
    private Path config;
    private final MockWebServer server = new MockWebServer();
    private ProfileManager profiles;

    @BeforeEach
    void start() throws Exception {
        server.start();
        config = temp.resolve("config");
        profiles = new ProfileManager(new SettingsStore(config),
                () -> new OpenedSecretStore(FileSecretStore.in(config), Optional.empty()));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private EndpointProfile storeProfile(String id, String name, Optional<String> key) throws Exception {
        EndpointProfile profile = new EndpointProfile(id, name, ProfileKind.OPENAI, server.url("/v1").toString(),
                "profile-model", Map.of("X-Team", "skills"), ReasoningTags.ON, true, false);
        return profiles.add(profile, key);
    }

    private CliRun chat(String... extra) {
        List<String> args = new ArrayList<>(List.of("chat", "--library", temp.resolve("lib").toString(),
                "--format", "jsonl", "--config", config.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(ENV, args.toArray(String[]::new));
    }

    private void enqueueAnswer(String text) {
        String body = "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\""
                + text + "\"},\"finish_reason\":null}]}\n\n"
                + "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                + "data: [DONE]\n\n";
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build());
    }

    private static String responses(CliRun run) {
        StringBuilder text = new StringBuilder();
        run.jsonLines().stream().filter(e -> e.get("type").asText().equals("response"))
                .forEach(e -> text.append(e.get("text").asText()));
        return text.toString();
    }

    @Test
    void aStoredProfileIsUsedWithItsModelHeadersAndKey() throws Exception {
        storeProfile("local-vllm", "Local vLLM", Optional.of(KEY));
        enqueueAnswer("Hello from the profile");

        CliRun run = chat("--profile", "local VLLM", "Hello");

        assertThat(run.exit()).isZero();
        assertThat(responses(run)).isEqualTo("Hello from the profile");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(new ObjectMapper().readTree(request.getBody().utf8()).get("model").asText()).isEqualTo("profile-model");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeaders().get("X-Team")).isEqualTo("skills");
        assertThat(run.out() + run.err()).doesNotContain(KEY);
    }

    @Test
    void theKeyIsNeverPrintedEvenWhenTheServerEchoesIt() throws Exception {
        storeProfile("router", "Router", Optional.of(KEY));
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\",\"type\":\"invalid_request_error\"}}")
                .build());

        CliRun run = chat("--profile", "router", "Hello");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("401").doesNotContain(KEY).doesNotContain("PROFILE-SECRET");
    }

    @Test
    void aProfileIsFoundByItsIdToo() throws Exception {
        storeProfile("lm", "LM Studio", Optional.empty());
        enqueueAnswer("ok");
        CliRun run = chat("--profile", "LM", "Hello");
        assertThat(run.exit()).isZero();
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void theOfflineProfileUsesTheBuiltInEngine() {
        CliRun run = chat("--profile", "Built-in (offline)", "What can you do?");
        assertThat(run.exit()).isZero();
        assertThat(responses(run)).contains("Create a skill");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anUnknownProfileIsBadUsageListingTheNames() throws Exception {
        storeProfile("lm", "LM Studio", Optional.empty());
        CliRun run = chat("--profile", "gpt", "Hello");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown profile 'gpt'").contains("Built-in (offline) [offline]")
                .contains("LM Studio [lm]");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aProfileDoesNotMixWithEndpointOptions() throws Exception {
        storeProfile("lm", "LM Studio", Optional.empty());
        CliRun withEndpoint = chat("--profile", "lm", "--endpoint", server.url("/v1").toString(), "Hello");
        assertThat(withEndpoint.exit()).isEqualTo(2);
        assertThat(withEndpoint.err()).contains("--profile cannot be combined with --endpoint");
        assertThat(chat("--profile", "lm", "--model", "x", "Hello").exit()).isEqualTo(2);
        assertThat(chat("--profile", "lm", "--offline", "Hello").exit()).isEqualTo(2);
        assertThat(chat("--profile", "lm", "--provider", "openai", "Hello").exit()).isEqualTo(2);
        assertThat(CliRun.of(ENV, "chat", "--config", config.toString(), "Hello").err()).contains("--config DIR needs --profile");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void withoutAKeystoreTheKeyComesFromTheFileAndTheUserIsTold() throws Exception {
        // This machine (a Linux container) has no D-Bus session, so no Secret Service: the real fallback is used.
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"));
        assumeTrue(System.getenv("DBUS_SESSION_BUS_ADDRESS") == null, "no D-Bus session");
        storeProfile("router", "Router", Optional.of(KEY));
        enqueueAnswer("ok");

        CliRun run = CliRun.of(Map.of(), "chat", "--library", temp.resolve("lib").toString(), "--format", "jsonl",
                "--config", config.toString(), "--profile", "router", "Hello");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("note: No system keystore is available: API keys are kept in "
                + config.resolve(FileSecretStore.FILE_NAME)).doesNotContain("SLF4J");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    void aMissingKeyIsAWarningAndTheRequestGoesWithoutOne() throws Exception {
        storeProfile("router", "Router", Optional.of(KEY));
        Files.delete(config.resolve(FileSecretStore.FILE_NAME));
        enqueueAnswer("ok");

        CliRun run = chat("--profile", "router", "Hello");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("no API key for profile 'Router'");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void anUnreadableSettingsFileFailsTheTurnAndIsLeftAlone() throws Exception {
        Files.createDirectories(config);
        Path settings = Files.writeString(config.resolve("settings.json"), "{ broken");

        CliRun run = chat("--profile", "anything", "Hello");

        assertThat(run.exit()).isEqualTo(1);
        List<JsonNode> events = run.jsonLines();
        assertThat(events.getFirst().get("message").asText()).contains("could not be read").contains("settings.json");
        assertThat(events.getLast().get("state").asText()).isEqualTo("ERROR");
        assertThat(settings).hasContent("{ broken");
    }

    @Test
    void profilesListShowsEveryProfileButNeverAKey() throws Exception {
        storeProfile("router", "Router", Optional.of(KEY));
        storeProfile("lm", "LM Studio", Optional.empty());
        profiles.setActive("lm");

        CliRun run = CliRun.of(ENV, "profiles", "list", "--config", config.toString());

        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("NAME").contains("KIND").contains("BASE URL").contains("MODEL");
        assertThat(lines.get(1)).contains("Built-in (offline)").doesNotStartWith("*");
        assertThat(lines.get(2)).contains("Router").contains("OpenAI-compatible").contains(server.url("/v1").toString())
                .contains("profile-model").contains("stored");
        assertThat(lines.get(3)).startsWith("*").contains("LM Studio");
        assertThat(run.out() + run.err()).doesNotContain(KEY);
    }

    @Test
    void profilesHasHelpAndNeedsASubcommand() {
        assertThat(CliRun.of("profiles", "--help").out()).contains("Usage:").contains("list");
        CliRun help = CliRun.of("profiles", "list", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--config");
        assertThat(CliRun.of("profiles").exit()).isEqualTo(2);
        assertThat(CliRun.of("--help").out()).contains("profiles");
        assertThat(CliRun.of("chat", "--help").out()).contains("--profile").contains("--config");
    }
}
