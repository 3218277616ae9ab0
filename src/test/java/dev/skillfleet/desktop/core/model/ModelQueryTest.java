package dev.skillfleet.desktop.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.core.assistant.TurnResult;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.intent.Intent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ModelQueryTest {

    @TempDir
    Path temp;
    private ModelFixture model;

    @BeforeEach
    void start() {
        model = new ModelFixture(temp);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    @Test
    void theLocalMatchesAreSummarisedByTheModel() throws Exception {
        String summary = "You have **webapp-testing**: it tests local web apps with Playwright.";
        model.answer(summary);

        TurnResult result = model.send("Do I have anything about testing?");

        assertThat(result.state()).isEqualTo(ConversationState.COMPLETED);
        assertThat(model.complete().intent()).isEqualTo(Intent.QUERY);
        assertThat(model.answer()).isEqualTo(summary);
        assertThat(model.thinking()).containsPattern("Searching 21 skills for \u201ctesting\u201d: \\d+ match");

        JsonNode messages = model.nextRequestMessages();
        String system = ModelFixture.content(messages, 0);
        assertThat(system).contains("webapp-testing").contains("Matched because:").contains("only from")
                .contains("Do not invent skills");
        assertThat(system).as("only matches are sent").doesNotContain("brand-guidelines");
        assertThat(ModelFixture.content(messages, -1)).isEqualTo("Do I have anything about testing?");
    }

    @Test
    void noMatchIsSaidWithoutAskingTheModel() {
        model.send("Do I have anything about zebra herding?");

        assertThat(model.answer()).contains("No skill").contains("zebra herding");
        assertThat(model.thinking()).contains("0 matches");
        assertThat(model.server.getRequestCount()).isZero();
    }

    @Test
    void withoutSearchTermsTheWholeLibraryIsSummarised() throws Exception {
        model.answer("Your library has 21 skills, mostly about documents and DSPy.");

        model.send("What skills exist?");

        assertThat(model.answer()).isEqualTo("Your library has 21 skills, mostly about documents and DSPy.");
        String system = ModelFixture.content(model.nextRequestMessages(), 0);
        assertThat(system).contains("21 skills").contains("brand-guidelines").contains("dspy-basics")
                .contains("product-management");
    }
}
