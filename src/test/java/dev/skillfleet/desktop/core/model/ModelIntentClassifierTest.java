package dev.skillfleet.desktop.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.core.assistant.TurnEvent;
import dev.skillfleet.desktop.core.assistant.TurnResult;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.intent.Intent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages the local rules are unsure of ("testing stuff": 0.33) go to the model for one short call. */
class ModelIntentClassifierTest {

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
    void theModelClassifiesAnUnclearMessageAndItIsRouted() throws Exception {
        model.answer("QUERY | testing").answer("You have **webapp-testing**.");

        TurnResult result = model.send("testing stuff");

        assertThat(result.state()).isEqualTo(ConversationState.COMPLETED);
        assertThat(model.complete().intent()).isEqualTo(Intent.QUERY);
        assertThat(model.thinking()).contains("Intent: unsure locally (0.33); the model classified it as QUERY")
                .contains("Searching 21 skills for \u201ctesting\u201d");
        assertThat(model.answer()).isEqualTo("You have **webapp-testing**.");

        JsonNode classification = model.nextRequestMessages();
        assertThat(classification).hasSize(2);
        assertThat(ModelFixture.content(classification, 0)).contains("CREATE_SKILL", "QUERY", "REFINE", "CHAT")
                .contains("exactly one line");
        assertThat(ModelFixture.content(classification, 1)).isEqualTo("testing stuff");
        assertThat(ModelFixture.content(model.nextRequestMessages(), 0)).contains("webapp-testing");
        assertThat(model.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aChattyAnswerStillCountsAndItsSubjectIsUsed() throws Exception {
        model.answer("<think>They name a skill to improve.</think>**REFINE** | \"template-skill\"")
                .answer(ModelCreateSkillTest.VALID.replace("redis-caching", "template-skill"));

        model.send("the template thing needs work");

        assertThat(model.complete().intent()).isEqualTo(Intent.REFINE);
        assertThat(model.thinking()).contains("They name a skill to improve.")
                .contains("the model classified it as REFINE").contains("found template-skill");
        assertThat(model.complete().draft()).isPresent();
    }

    @Test
    void anAnswerNamingNoIntentFallsBackToAskingTheUser() {
        model.answer("Banana.");

        TurnResult result = model.send("testing stuff");

        assertThat(result.state()).isEqualTo(ConversationState.AWAITING_INPUT);
        assertThat(model.first(TurnEvent.AwaitingInput.class).options()).hasSize(4);
        assertThat(model.thinking()).contains("named no single intent").contains("Intent: unsure (best guess");
        assertThat(model.server.getRequestCount()).as("one short call, nothing more").isEqualTo(1);
    }

    @Test
    void aFailingModelFallsBackToAskingTheUser() {
        model.error(500, "Internal failure in the classifier");

        TurnResult result = model.send("testing stuff");

        assertThat(result.state()).isEqualTo(ConversationState.AWAITING_INPUT);
        assertThat(model.thinking()).contains("could not classify it").contains("Internal failure in the classifier");
    }

    @Test
    void aConfidentMessageNeverAsksTheModelToClassify() throws Exception {
        model.answer("Hello! How can I help with your skills?");

        model.send("Hello");

        assertThat(model.server.getRequestCount()).isEqualTo(1);
        assertThat(ModelFixture.content(model.nextRequestMessages(), 0)).doesNotContain("exactly one line");
        assertThat(model.thinking()).doesNotContain("unsure");
    }
}
