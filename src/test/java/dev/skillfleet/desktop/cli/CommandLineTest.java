package dev.skillfleet.desktop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    @TempDir
    Path temp;

    @Test
    void intentPrintsIntentAndConfidence() {
        CliRun run = CliRun.of("intent", "Create a Redis caching skill");
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).matches("CREATE_SKILL 0\\.\\d\\d");
        assertThat(run.openedWindow()).isFalse();
    }

    @Test
    void chatJsonlStreamsEventsInOrderEndingWithCompleteAndTheDraft() throws Exception {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        CliRun run = CliRun.of("chat", "--offline", "--library", library.toString(), "--format", "jsonl",
                "Create a Redis caching skill");

        assertThat(run.exit()).isZero();
        List<JsonNode> events = run.jsonLines();
        assertThat(events.getFirst().get("type").asText()).isEqualTo("thinking");
        JsonNode complete = events.getLast();
        assertThat(complete.get("type").asText()).isEqualTo("complete");
        assertThat(complete.get("intent").asText()).isEqualTo("CREATE_SKILL");
        assertThat(complete.get("state").asText()).isEqualTo("COMPLETED");
        Path draft = Path.of(complete.get("draft").asText());
        assertThat(draft).isAbsolute().exists();
        assertThat(draft.toString()).endsWith("redis-caching" + java.io.File.separator + "SKILL.md");

        StringBuilder response = new StringBuilder();
        for (JsonNode event : events) {
            assertThat(event.get("type").asText()).isIn("thinking", "response", "complete");
            if (event.get("type").asText().equals("response")) {
                response.append(event.get("text").asText());
            }
        }
        assertThat(response.toString()).contains("redis-caching").contains(draft.toString());
        assertThat(run.openedWindow()).isFalse();
    }

    @Test
    void awaitingInputIsAnEventWithTheQuestionAndOptions() {
        CliRun run = CliRun.of("chat", "--library", temp.resolve("lib").toString(), "--format", "jsonl",
                "python decorators");
        assertThat(run.exit()).isZero();
        JsonNode awaiting = run.jsonLines().stream().filter(e -> e.get("type").asText().equals("awaiting_input"))
                .findFirst().orElseThrow();
        assertThat(awaiting.get("question").asText()).isNotBlank();
        assertThat(awaiting.get("options")).hasSize(4);
        assertThat(run.jsonLines().getLast().get("state").asText()).isEqualTo("AWAITING_INPUT");
    }

    @Test
    void aMissingLibraryFolderIsCreated() {
        Path library = temp.resolve("does/not/exist/yet");
        CliRun run = CliRun.of("chat", "--library", library.toString(), "What skills exist?");
        assertThat(run.exit()).isZero();
        assertThat(library).isDirectory();
        assertThat(run.out()).contains("no skills yet");
    }

    @Test
    void aFailedTurnIsAnErrorEventAndExitOne() throws Exception {
        Path library = Files.createDirectories(temp.resolve("lib"));
        Files.writeString(library.resolve("_drafts"), "in the way");
        CliRun run = CliRun.of("chat", "--library", library.toString(), "--format", "jsonl",
                "Create a Redis caching skill");
        assertThat(run.exit()).isEqualTo(1);
        List<JsonNode> events = run.jsonLines();
        JsonNode error = events.get(events.size() - 2);
        assertThat(error.get("type").asText()).isEqualTo("error");
        assertThat(error.get("message").asText()).contains("Could not write the draft");
        assertThat(events.getLast().get("state").asText()).isEqualTo("ERROR");
    }

    @Test
    void aLibraryPathThatIsAFileFailsClearly() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        CliRun run = CliRun.of("chat", "--library", file.toString(), "--format", "jsonl", "hello");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.jsonLines().getFirst().get("message").asText()).contains("is a file, not a folder");
    }

    @Test
    void textFormatPutsTheAnswerOnStdoutAndTheStepsOnStderr() {
        CliRun run = CliRun.of("chat", "--library", temp.resolve("lib").toString(), "What can you do?");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Create a skill").doesNotContain("Intent:");
        assertThat(run.err()).contains("Intent: chat");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(CliRun.of("chat").exit()).as("no message").isEqualTo(2);
        assertThat(CliRun.of("chat", "   ").exit()).as("blank message").isEqualTo(2);
        assertThat(CliRun.of("chat", "--format", "xml", "hi").exit()).isEqualTo(2);
        assertThat(CliRun.of("intent").exit()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
        assertThat(CliRun.of("chat", "--nope", "hi").err()).contains("Unknown option");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : List.of("chat", "intent")) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("Usage:").contains(command);
            assertThat(run.openedWindow()).isFalse();
        }
        CliRun root = CliRun.of("--help");
        assertThat(root.out()).contains("chat").contains("intent");
        assertThat(root.openedWindow()).isFalse();
    }

    @Test
    void withoutACommandTheWindowOpens() {
        assertThat(CliRun.of().openedWindow()).isTrue();
        assertThat(CliRun.of("--library", temp.toString()).openedWindow()).isTrue();
    }
}
