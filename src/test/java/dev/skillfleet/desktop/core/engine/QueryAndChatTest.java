package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.skill.LibraryScan;
import dev.skillfleet.desktop.core.skill.SkillLibrary;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class QueryAndChatTest {

    @TempDir
    Path temp;
    private OfflineEngineFixture engine;
    private LibraryScan scan;

    @BeforeEach
    void library() {
        Path root = Corpus.mixedLibrary(temp.resolve("library"));
        engine = new OfflineEngineFixture(root);
        scan = new SkillLibrary(root).scan();
    }

    @Test
    void testingFindsWebappTestingFirstAndSaysWhy() {
        engine.send("Do I have anything about testing?");
        assertThat(engine.complete().intent()).isEqualTo(Intent.QUERY);
        String answer = engine.answer();
        assertThat(answer).contains("1. **webapp-testing**");
        assertThat(answer).contains("*Why:*").containsIgnoringCase("testing");
    }

    @Test
    void pluralsFindTheSingular() {
        engine.send("Do I have anything about MCP servers?");
        assertThat(engine.answer()).contains("1. **mcp-builder**");
    }

    @Test
    void categoryQueriesFindTheCategory() {
        engine.send("Show me dspy skills");
        assertThat(engine.answer()).contains("dspy-basics").contains("dspy-advanced");
    }

    @Test
    void anUnknownSubjectSaysNothingMatchesAndHowManyWereSearched() {
        engine.send("Do I have anything about zebra herding?");
        assertThat(engine.answer()).contains("No skill").contains(scan.skills().size() + " skills searched");
    }

    @Test
    void whatSkillsExistListsTheWholeLibraryByCategory() {
        engine.send("What skills exist?");
        String answer = engine.answer();
        assertThat(answer).contains(scan.skills().size() + " skills");
        assertThat(answer).contains("**dspy**", "**web**", "**practices**");
        scan.skills().forEach(skill -> assertThat(answer).contains("**" + skill.name() + "**"));
        assertThat(engine.complete().state()).isEqualTo(ConversationState.COMPLETED);
    }

    @Test
    void chatAnswersWithTheLibrarysRealNumbers() {
        engine.send("Hello");
        assertThat(engine.complete().intent()).isEqualTo(Intent.CHAT);
        String answer = engine.answer();
        assertThat(answer).startsWith("Hello!");
        assertThat(answer).contains(scan.skills().size() + " skills in " + scan.categories().size() + " categories");
        int invalid = scan.skills().size() - scan.validCount();
        assertThat(answer).contains(invalid + " with validation errors");
        assertThat(answer).contains("Create a skill", "Find skills", "Refine a skill");
    }

    @Test
    void chatCountsDraftsOnceSomeExist() {
        engine.send("Create a Redis caching skill");
        engine.send("What can you do?");
        assertThat(engine.answer()).contains("1 draft waiting");
    }

    @Test
    void chatIsHonestAboutWhatTheOfflineEngineCannotDo() {
        engine.send("Tell me a joke");
        assertThat(engine.answer()).contains("offline engine").contains("jokes");
    }

    @Test
    void aBrokenSkillFileNeverStopsAScan() throws Exception {
        Path broken = engine.root.resolve("broken-one");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("SKILL.md"), "---\nname: [unclosed\ndescription: x\n---\nbody\n");
        engine.send("What skills exist?");
        assertThat(engine.answer()).contains((scan.skills().size() + 1) + " skills").contains("broken-one");
        engine.send("Hello");
        assertThat(engine.answer()).contains("(1 unreadable)");
    }

    @Test
    void anEmptyLibraryIsExplainedNotAnError() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        OfflineEngineFixture fresh = new OfflineEngineFixture(empty);
        fresh.send("What skills exist?");
        assertThat(fresh.answer()).contains("no skills yet");
        fresh.send("hello");
        assertThat(fresh.answer()).contains("empty so far");
    }
}
