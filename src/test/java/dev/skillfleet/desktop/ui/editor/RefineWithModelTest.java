package dev.skillfleet.desktop.ui.editor;

import dev.skillfleet.desktop.core.editor.EditorFiles;
import dev.skillfleet.desktop.core.llm.Endpoint;
import dev.skillfleet.desktop.core.llm.ModelClient;
import dev.skillfleet.desktop.core.llm.Provider;
import dev.skillfleet.desktop.core.model.ModelSkillRefiner;
import dev.skillfleet.desktop.core.refine.RefineAction;
import dev.skillfleet.desktop.core.refine.RuleRefiner;
import dev.skillfleet.desktop.testing.ManualDelay;
import dev.skillfleet.desktop.testing.OpenAiStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refine… with a model endpoint (a real HTTP server on loopback streaming an OpenAI-style answer): the model is the
 * default engine, its revision comes back as a proposal checked by the validator, and applying it changes only the
 * editor's text.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RefineWithModelTest {

    private static final String SKILL = """
            ---
            name: pdf-tools
            description: Extracts text and tables from PDF files, and much more besides, in many ways. \
            Use when the user asks to read or split PDFs.
            ---
            # PDF tools

            Works on any PDF.

            ## When to Use

            - reading PDFs
            """;
    private static final String REVISED = SKILL.replace(", and much more besides, in many ways", "");

    @TempDir
    Path temp;
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
        ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theModelsRevisionIsAProposalAppliedOnlyToTheEditor() throws Exception {
        StringBuilder body = new StringBuilder(OpenAiStream.reasoning("The description repeats itself."));
        OpenAiStream.tokens(REVISED).forEach(token -> body.append(OpenAiStream.content(token)));
        body.append(OpenAiStream.end(120));
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body(body.toString()).build());
        ModelSkillRefiner model = new ModelSkillRefiner(
                Endpoint.of(Provider.OPENAI, server.url("/v1").toString(), "test-model"), new ModelClient());
        SkillEditorViewModel editor = new SkillEditorViewModel(Runnable::run, Runnable::run, new ManualDelay());
        EditorWindowViewModel window = new EditorWindowViewModel(editor, new EditorFiles(temp.resolve("data")),
                () -> List.of(model, new RuleRefiner()), Runnable::run, Runnable::run);
        Path dir = Files.createDirectories(temp.resolve("library/pdf-tools"));
        Files.writeString(dir.resolve("SKILL.md"), SKILL);
        window.open(dir);
        RefineViewModel refine = window.refine();
        refine.refreshEngines();

        assertThat(refine.engineProperty().get()).as("the endpoint's model comes first").isSameAs(model);
        assertThat(refine.engines()).extracting(r -> r.engineName()).containsExactly("test-model", "Built-in rules");

        refine.run(RefineAction.TIGHTEN_DESCRIPTION);

        ProposalReviewViewModel review = refine.reviewProperty().get();
        assertThat(review).as(refine.messageProperty().get()).isNotNull();
        assertThat(review.hunks()).hasSize(1);
        assertThat(review.reasons()).contains("Validated: 0 errors, 0 warnings.");
        refine.apply(review.result());
        assertThat(editor.textProperty().get()).isEqualTo(REVISED);
        assertThat(Files.readString(dir.resolve("SKILL.md"))).isEqualTo(SKILL);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
