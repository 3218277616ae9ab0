package dev.skillfleet.desktop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code chat --format jsonl}: a refine draft's complete event names the skill it improves. */
class ChatRefineJsonlTest {

    @TempDir
    Path temp;

    @Test
    void aRefineNamesTheOriginalBesideTheDraft() {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        CliRun run = CliRun.of("chat", "--offline", "--library", library.toString(), "--format", "jsonl",
                "Refine the brand-guidelines skill");

        assertThat(run.exit()).isZero();
        JsonNode complete = run.jsonLines().getLast();
        assertThat(complete.get("intent").asText()).isEqualTo("REFINE");
        assertThat(Path.of(complete.get("draft").asText())).isAbsolute()
                .startsWith(library.toAbsolutePath().resolve("_drafts"));
        assertThat(Path.of(complete.get("refines").asText()))
                .isEqualTo(library.toAbsolutePath().resolve("brand-guidelines"));
    }

    @Test
    void aNewSkillsDraftHasNoRefines() {
        Path library = Corpus.mixedLibrary(temp.resolve("lib"));
        CliRun run = CliRun.of("chat", "--offline", "--library", library.toString(), "--format", "jsonl",
                "Create a Redis caching skill");

        JsonNode complete = run.jsonLines().getLast();
        assertThat(complete.has("draft")).isTrue();
        assertThat(complete.has("refines")).isFalse();
    }
}
