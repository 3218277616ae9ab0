package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.TurnEvent;
import dev.skillfleet.desktop.core.assistant.TurnResult;
import dev.skillfleet.desktop.core.conversation.ConversationState;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.core.skill.SkillDocumentParser;
import dev.skillfleet.desktop.core.skill.SkillValidator;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RefineSkillTest {

    @TempDir
    Path temp;
    private OfflineEngineFixture engine;

    @BeforeEach
    void library() {
        engine = new OfflineEngineFixture(Corpus.mixedLibrary(temp.resolve("library")));
    }

    @Test
    void fixesANameFolderMismatchInADraftAndNeverTouchesTheOriginal() throws Exception {
        Path original = engine.root.resolve("template/SKILL.md");
        String before = Files.readString(original);
        assertThat(new SkillValidator().validate(original.getParent()).valid()).as("premise").isFalse();

        TurnResult result = engine.send("Fix the template skill");

        assertThat(engine.complete().intent()).isEqualTo(Intent.REFINE);
        assertThat(result.state()).isEqualTo(ConversationState.COMPLETED);
        Path draft = result.draft().orElseThrow().skillFile();
        assertThat(draft.getParent().getFileName().toString()).isEqualTo("template-skill");
        assertThat(draft.startsWith(engine.root.resolve("_drafts"))).isTrue();
        assertThat(new SkillValidator().validate(draft.getParent()).errors()).isEmpty();
        assertThat(Files.readString(original)).isEqualTo(before);
        assertThat(engine.answer()).contains("What changed and why").contains("template-skill").contains("unchanged");
    }

    @Test
    void cutsAnOverlongDescriptionAtASentenceAndKeepsTheSkillsOtherFiles() throws Exception {
        Path originalDir = engine.root.resolve("claude-api");
        TurnResult result = engine.send("Improve the claude-api skill");

        Path draftDir = result.draft().orElseThrow().folder();
        var document = SkillDocumentParser.parse(Files.readString(draftDir.resolve("SKILL.md")));
        String description = document.frontmatter().get("description").toString();
        assertThat(description.length()).isLessThanOrEqualTo(1024);
        assertThat(description).endsWith(".");
        assertThat(new SkillValidator().validate(draftDir).errors()).isEmpty();
        assertThat(engine.answer()).contains("1024");
        try (Stream<Path> originalFiles = Files.walk(originalDir)) {
            long others = originalFiles.filter(Files::isRegularFile).filter(p -> !p.endsWith("SKILL.md")).count();
            try (Stream<Path> copied = Files.walk(draftDir)) {
                assertThat(copied.filter(Files::isRegularFile).filter(p -> !p.endsWith("SKILL.md")).count())
                        .isEqualTo(others);
            }
        }
    }

    @Test
    void tightenShortensTheDescriptionButKeepsTheTrigger() throws Exception {
        engine.send("Tighten the mcp-builder skill");
        Path draft = engine.complete().draft().orElseThrow().skillFile();
        String description = SkillDocumentParser.parse(Files.readString(draft)).frontmatter().get("description").toString();
        assertThat(description.length()).isLessThanOrEqualTo(300);
        assertThat(description.toLowerCase()).contains("when");
    }

    @Test
    void addsAWhenToUseSectionWhereItIsMissing() throws Exception {
        engine.send("Improve the brand-guidelines skill");
        Path draft = engine.complete().draft().orElseThrow().skillFile();
        assertThat(Files.readString(draft)).contains("## When to Use");
        assertThat(engine.answer()).contains("When to Use");
    }

    @Test
    void aSkillThatIsAlreadyFineGetsNoDraft() {
        engine.send("Improve the dspy-optimization-workflow skill");
        assertThat(engine.complete().draft()).isEmpty();
        assertThat(engine.answer()).contains("already follows the rules");
    }

    @Test
    void anUnknownSkillIsSaidPlainly() {
        engine.send("Improve the zebra-herding skill");
        assertThat(engine.complete().draft()).isEmpty();
        assertThat(engine.answer()).contains("found no skill called");
    }

    @Test
    void severalCandidatesAreOfferedAsChoicesAndThePickIsRefined() {
        TurnResult asked = engine.send("Improve the dspy skill");

        assertThat(asked.state()).isEqualTo(ConversationState.AWAITING_INPUT);
        TurnEvent.AwaitingInput question = engine.first(TurnEvent.AwaitingInput.class);
        assertThat(question.options()).hasSizeGreaterThan(1).allMatch(o -> o.startsWith("dspy-"));

        engine.send(question.options().getFirst());
        assertThat(engine.thinking()).contains("found " + question.options().getFirst());
        assertThat(engine.complete().state()).isEqualTo(ConversationState.COMPLETED);
    }
}
