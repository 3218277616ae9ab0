package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.TurnEvent;
import dev.skillfleet.desktop.core.assistant.TurnResult;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.core.skill.ValidationReport;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CreateSkillTest {

    @TempDir
    Path temp;
    private OfflineEngineFixture engine;
    private int librarySize;

    @BeforeEach
    void library() {
        Path root = Corpus.mixedLibrary(temp.resolve("library"));
        engine = new OfflineEngineFixture(root);
        librarySize = new SkillLibrary(root).scan().skills().size();
    }

    @Test
    void createsAStrictlyValidDraftFromTheRequestsOwnTerms() throws Exception {
        TurnResult result = engine.send("Create a Redis caching skill");

        assertThat(result.state()).isEqualTo(ConversationState.COMPLETED);
        TurnEvent.Complete complete = engine.complete();
        assertThat(complete.intent()).isEqualTo(Intent.CREATE_SKILL);
        Path file = complete.draft().orElseThrow().skillFile();
        Path relative = engine.root.relativize(file);
        assertThat(relative.getName(0).toString()).isEqualTo("_drafts");
        assertThat(relative.subpath(2, relative.getNameCount()).toString().replace('\\', '/'))
                .isEqualTo("databases/redis-caching/SKILL.md");

        ValidationReport report = new SkillValidator().validate(file.getParent());
        assertThat(report.errors()).isEmpty();
        String text = Files.readString(file);
        assertThat(text).startsWith("---\nname: redis-caching\n")
                .contains("## When to Use", "## Instructions", "## Example", "Redis caching")
                .containsPattern("description: .*Use when");
        assertThat(complete.draft().get().valid()).isTrue();
    }

    @Test
    void streamsItsStepsAsThinking() {
        engine.send("Create a Redis caching skill");
        assertThat(engine.thinking())
                .containsPattern("Intent: create skill \\(0\\.\\d\\d\\)")
                .contains("Category: databases")
                .contains("Checked " + librarySize + " existing skills: no name clash")
                .contains("Validated: 0 errors");
        assertThat(engine.answer()).contains("redis-caching").contains("_drafts");
    }

    @Test
    void theDraftDoesNotCountAsALibrarySkillUntilPromoted() {
        engine.send("Make a skill for Redis caching");
        assertThat(new SkillLibrary(engine.root).scan().skills()).hasSize(librarySize);
        assertThat(new SkillLibrary(engine.root).scan(true).skills()).hasSize(librarySize + 1);
    }

    @Test
    void aNameClashIsReportedAndTheOriginalIsLeftAlone() throws Exception {
        Path original = engine.root.resolve("webapp-testing/SKILL.md");
        String before = Files.readString(original);
        engine.send("Create a webapp testing skill");
        assertThat(engine.thinking()).contains("\u201cwebapp-testing\u201d already exists");
        assertThat(engine.answer()).contains("already exists");
        assertThat(Files.readString(original)).isEqualTo(before);
    }

    @Test
    void withoutASubjectItAsksWhatTheSkillShouldDoAndTheAnswerContinues() {
        TurnResult asked = engine.send("Build a new capability");
        assertThat(asked.state()).isEqualTo(ConversationState.AWAITING_INPUT);
        assertThat(engine.first(TurnEvent.AwaitingInput.class).question()).contains("What should the new skill do");
        assertThat(engine.complete().draft()).isEmpty();

        TurnResult created = engine.send("Kubernetes deployments for small teams");
        assertThat(created.state()).isEqualTo(ConversationState.COMPLETED);
        assertThat(created.draft().orElseThrow().name()).startsWith("kubernetes-deployments");
        assertThat(created.draft().get().category()).isEqualTo("devops");
    }

    @Test
    void aHugeMessageNeitherCrashesNorProducesAnInvalidName() {
        String huge = "Create a skill for " + "observability dashboards and alerting ".repeat(30_000);
        assertThat(huge.length()).isGreaterThan(1_000_000);
        TurnResult result = engine.send(huge);
        assertThat(result.state()).isEqualTo(ConversationState.COMPLETED);
        assertThat(result.draft().orElseThrow().name().length()).isLessThanOrEqualTo(64);
        assertThat(result.draft().get().valid()).isTrue();
    }

    @Test
    void aLibraryThatCannotBeWrittenGivesAClearErrorAndKeepsTheSessionUsable() throws Exception {
        Files.writeString(engine.root.resolve("_drafts"), "a file where the drafts folder belongs");
        TurnResult result = engine.send("Create a Redis caching skill");

        assertThat(result.state()).isEqualTo(ConversationState.ERROR);
        assertThat(engine.first(TurnEvent.Error.class).message())
                .contains("Could not write the draft")
                .contains("read-only")
                .contains(engine.root.toString());
        assertThat(engine.thinking()).as("the steps that ran are kept").contains("Category: databases");

        Files.delete(engine.root.resolve("_drafts"));
        assertThat(engine.send("Create a Redis caching skill").state()).isEqualTo(ConversationState.COMPLETED);
    }
}
