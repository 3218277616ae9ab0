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

import static org.assertj.core.api.Assertions.assertThat;

class ModelCreateSkillTest {

    static final String VALID = """
            ---
            name: redis-caching
            description: Caches slow reads in Redis with expiry times and safe invalidation. Use when a read path is \
            slow and its data changes rarely.
            ---

            # Redis Caching

            Put a Redis cache in front of slow reads without serving stale data.

            ## When to Use

            - A database query or API call is slow and read far more often than written

            ## Instructions

            1. Pick a key scheme: `app:entity:id`.
            2. Read through the cache with `GET`, fall back to the source, then `SET key value EX 300`.
            3. Delete the key whenever the source changes.

            ```bash
            redis-cli SET app:user:1 '{"name":"Ada"}' EX 300
            ```

            ## Example

            **User:** "The product page is slow." **Agent:** caches the product query for five minutes.
            """;

    /** Breaks one rule: a top-level key the specification does not allow. */
    static final String WITH_UNKNOWN_KEY = VALID.replace("name: redis-caching\n", "name: redis-caching\ntags: redis\n");

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
    void aValidAnswerIsSavedAsADraftAndShownAsACard() throws Exception {
        model.answer("The user wants a caching skill.", VALID);

        TurnResult result = model.send("Create a Redis caching skill");

        assertThat(result.state()).isEqualTo(ConversationState.COMPLETED);
        assertThat(model.complete().intent()).isEqualTo(Intent.CREATE_SKILL);
        DraftCard card = result.draft().orElseThrow();
        assertThat(card.valid()).isTrue();
        assertThat(card.errors()).isZero();
        assertThat(card.name()).isEqualTo("redis-caching");
        assertThat(card.category()).isEqualTo("databases");
        Path draftsRoot = model.root.resolve("_drafts");
        assertThat(card.skillFile()).startsWith(draftsRoot).endsWith(Path.of("databases", "redis-caching", "SKILL.md"));
        assertThat(draftsRoot.relativize(card.skillFile()).getNameCount()).as("_drafts/<id>/<category>/<name>/SKILL.md")
                .isEqualTo(4);
        assertThat(Files.readString(card.skillFile())).isEqualTo(VALID);
        assertThat(new SkillValidator().validate(card.folder()).valid()).isTrue();

        assertThat(model.thinking())
                .contains("Intent: create skill (0.95)")
                .contains("Understanding: a skill for \u201cRedis caching\u201d")
                .contains("Generating SKILL.md with test-model")
                .contains("The user wants a caching skill.")
                .contains("Validated: 0 errors");
        assertThat(model.thinking().lines()).as("the model's reasoning ends its line; the next step has its own")
                .contains("The user wants a caching skill.")
                .anySatisfy(line -> assertThat(line).startsWith("Validated: 0 errors"));
        assertThat(model.answer()).contains("redis-caching").contains(card.skillFile().toString()).contains("passes")
                .doesNotContain("## Instructions");

        JsonNode messages = model.nextRequestMessages();
        String system = ModelFixture.content(messages, 0);
        assertThat(system).contains("`name`", "1 to 64 characters", "lowercase letters, digits and single hyphens",
                "1 to 1024 characters", "Use when", "## When to Use", "## Instructions", "## Example",
                "under 500 lines", "`databases`", "redis-caching", "mcp-builder", "dspy/dspy-basics");
        assertThat(ModelFixture.content(messages, -1)).contains("Create a Redis caching skill");
        assertThat(model.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anInvalidAnswerGetsOneRepairRoundWithTheErrors() throws Exception {
        model.answer(WITH_UNKNOWN_KEY).answer(VALID);

        TurnResult result = model.send("Create a Redis caching skill");

        assertThat(result.draft().orElseThrow().valid()).isTrue();
        assertThat(Files.readString(result.draft().orElseThrow().skillFile())).isEqualTo(VALID);
        assertThat(model.thinking()).contains("Validated: 1 error \u2192 asking the model to repair")
                .contains("Validated: 0 errors");
        assertThat(model.answer()).contains("after one repair round");

        model.nextRequestMessages();
        JsonNode repair = model.nextRequestMessages();
        assertThat(ModelFixture.content(repair, 0)).as("same system prompt").contains("## When to Use");
        assertThat(ModelFixture.content(repair, -2)).as("the rejected answer").contains("tags: redis");
        assertThat(ModelFixture.content(repair, -1)).contains("The validator rejected").contains("tags")
                .contains("`redis-caching`");
        assertThat(model.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void whenTheRepairFailsTooTheDraftIsKeptButFlaggedAsInvalid() throws Exception {
        model.answer(WITH_UNKNOWN_KEY).answer(WITH_UNKNOWN_KEY);

        TurnResult result = model.send("Create a Redis caching skill");

        assertThat(result.state()).isEqualTo(ConversationState.COMPLETED);
        DraftCard card = result.draft().orElseThrow();
        assertThat(card.valid()).isFalse();
        assertThat(card.errors()).isEqualTo(1);
        assertThat(Files.readString(card.skillFile())).isEqualTo(WITH_UNKNOWN_KEY);
        assertThat(model.thinking()).contains("Validated: 1 error still after the repair round");
        assertThat(model.answer()).contains("does **not** pass validation").contains("1 error").contains("fails")
                .contains("tags");
        assertThat(model.server.getRequestCount()).as("one repair round only").isEqualTo(2);
    }

    @Test
    void aFencedAnswerWithChatterIsUnwrappedAndAnInvalidNameIsNormalised() throws Exception {
        String reply = "Sure! Here is your skill:\n\n```markdown\n"
                + VALID.replace("name: redis-caching", "name: Redis Caching")
                + "```\n\nLet me know if you want more examples.";
        model.answer(reply);

        TurnResult result = model.send("Create a Redis caching skill");

        String written = Files.readString(result.draft().orElseThrow().skillFile());
        assertThat(written).isEqualTo(VALID);
        assertThat(written).as("the skill's own code block survives").contains("```bash\nredis-cli");
        assertThat(result.draft().orElseThrow().valid()).isTrue();
        assertThat(model.thinking()).contains("the model wrote \u201cRedis Caching\u201d; using redis-caching");
        assertThat(model.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void withoutASubjectItAsksLikeTheOfflineEngineAndCallsNoModel() {
        TurnResult result = model.send("Create a skill");

        assertThat(result.state()).isEqualTo(ConversationState.AWAITING_INPUT);
        assertThat(model.first(TurnEvent.AwaitingInput.class).question()).startsWith("What should the new skill do?");
        assertThat(model.server.getRequestCount()).isZero();

        model.answer(VALID);
        TurnResult answered = model.send("Redis caching for a web API");
        assertThat(answered.draft()).isPresent();
        assertThat(model.complete().intent()).isEqualTo(Intent.CREATE_SKILL);
    }

    @Test
    void aServerErrorEndsTheTurnInErrorWithTheServersWordsAndWritesNothing() {
        model.error(500, "The model is overloaded, try again later");

        TurnResult result = model.send("Create a Redis caching skill");

        assertThat(result.state()).isEqualTo(ConversationState.ERROR);
        assertThat(model.first(TurnEvent.Error.class).message()).contains("The model is overloaded, try again later");
        assertThat(result.draft()).isEmpty();
        assertThat(model.root.resolve("_drafts")).doesNotExist();
    }
}
