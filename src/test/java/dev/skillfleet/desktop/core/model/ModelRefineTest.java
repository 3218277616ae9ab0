package dev.skillfleet.desktop.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.assistant.TurnEvent;
import dev.skillfleet.desktop.core.assistant.TurnResult;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ModelRefineTest {

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
    void theRevisionIsADraftCopyShownAsADiffAndTheOriginalIsUntouched() throws Exception {
        Path original = model.root.resolve("mcp-builder/SKILL.md");
        String before = Files.readString(original);
        Matcher description = Pattern.compile("(?m)^description: .*$").matcher(before);
        assertThat(description.find()).as("premise: a one-line description").isTrue();
        String revised = before.replace(description.group(), "description: Builds MCP servers that let models use "
                + "external services. Use when writing an MCP server in Python or TypeScript.");
        model.answer(revised);

        TurnResult result = model.send("Improve the mcp-builder skill and make the description shorter");

        assertThat(result.state()).isEqualTo(ConversationState.COMPLETED);
        assertThat(model.complete().intent()).isEqualTo(Intent.REFINE);
        DraftCard card = result.draft().orElseThrow();
        assertThat(card.skillFile()).startsWith(model.root.resolve("_drafts"));
        assertThat(card.folder().getFileName().toString()).isEqualTo("mcp-builder");
        assertThat(card.refines()).as("the original's folder, for Review changes").isEqualTo(original.getParent());
        assertThat(Files.readString(card.skillFile())).isEqualTo(revised);
        assertThat(card.folder().resolve("reference")).as("the skill's other files are copied").isDirectory();
        assertThat(Files.readString(original)).isEqualTo(before);
        assertThat(card.valid()).isEqualTo(new SkillValidator().validate(card.folder()).valid());

        String answer = model.answer();
        assertThat(answer).contains("```diff").contains("unchanged").contains("1 line added, 1 line removed");
        assertThat(answer).containsPattern("(?m)^-description: ").containsPattern("(?m)^\\+description: Builds MCP");
        assertThat(model.thinking()).contains("Intent: refine").contains("found mcp-builder")
                .contains("Asking test-model to revise mcp-builder").contains("Validated:");

        JsonNode messages = model.nextRequestMessages();
        assertThat(ModelFixture.content(messages, 0)).contains("Keep the name `mcp-builder`").contains("Use when");
        String user = ModelFixture.content(messages, -1);
        assertThat(user).contains("Improve the mcp-builder skill and make the description shorter")
                .contains(before.lines().filter(l -> l.startsWith("## ")).findFirst().orElseThrow())
                .contains("Validator findings");
    }

    @Test
    void whenSeveralSkillsFitItAsksWhichWithoutCallingTheModel() {
        TurnResult result = model.send("Improve the dspy skill");

        assertThat(result.state()).isEqualTo(ConversationState.AWAITING_INPUT);
        assertThat(model.first(TurnEvent.AwaitingInput.class).options()).allMatch(o -> o.startsWith("dspy"))
                .hasSizeGreaterThan(1);
        assertThat(model.server.getRequestCount()).isZero();
    }

    @Test
    void anUnchangedAnswerWritesNoDraft() throws Exception {
        model.answer(Files.readString(model.root.resolve("mcp-builder/SKILL.md")));

        TurnResult result = model.send("Improve the mcp-builder skill");

        assertThat(result.draft()).isEmpty();
        assertThat(model.answer()).contains("unchanged").contains("no draft");
        assertThat(model.root.resolve("_drafts")).doesNotExist();
    }

    @Test
    void aNameFolderMismatchIsFixedByTheModelInADraftNamedAfterTheSkill() throws Exception {
        Path original = model.root.resolve("template/SKILL.md");
        String before = Files.readString(original);
        model.answer(before.replace("Replace with description of the skill and when Claude should use it.",
                "Starts a new skill from a blank page. Use when writing a skill from scratch."));

        TurnResult result = model.send("Fix the template skill");

        DraftCard card = result.draft().orElseThrow();
        assertThat(card.folder().getFileName().toString()).as("the folder follows the name")
                .isEqualTo("template-skill");
        assertThat(card.refines()).isEqualTo(original.getParent());
        assertThat(card.valid()).isTrue();
        assertThat(Files.readString(original)).isEqualTo(before);
        assertThat(ModelFixture.content(model.nextRequestMessages(), -1)).contains("ERROR name");
    }
}
