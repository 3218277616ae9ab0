package dev.skillfleet.desktop.core.engine;

import dev.skillfleet.desktop.core.assistant.DraftCard;
import dev.skillfleet.desktop.core.intent.Intent;
import dev.skillfleet.desktop.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A refine draft's card names the original skill's folder (for "Review changes"); a new skill's names none. */
class RefineDraftCardTest {

    @TempDir
    Path temp;
    private OfflineEngineFixture engine;

    @BeforeEach
    void library() {
        engine = new OfflineEngineFixture(Corpus.mixedLibrary(temp.resolve("library")));
    }

    @Test
    void aRefineDraftsCardRefinesTheOriginalFolderNotTheDraft() {
        DraftCard card = engine.send("Refine the brand-guidelines skill").draft().orElseThrow();

        assertThat(engine.complete().intent()).isEqualTo(Intent.REFINE);
        assertThat(card.isRefine()).isTrue();
        assertThat(card.refines()).isEqualTo(engine.root.resolve("brand-guidelines"));
        assertThat(card.refines().resolve("SKILL.md")).isRegularFile();
        assertThat(card.skillFile()).startsWith(engine.root.resolve("_drafts"));
        assertThat(card.folder()).isNotEqualTo(card.refines());
    }

    @Test
    void aRenamingRefineStillPointsAtTheOriginalsOwnFolder() {
        DraftCard card = engine.send("Fix the template skill").draft().orElseThrow();

        assertThat(card.folder().getFileName().toString()).isEqualTo("template-skill");
        assertThat(card.refines()).isEqualTo(engine.root.resolve("template"));
    }

    @Test
    void aTaxonomySkillsRefineDraftRefinesItsCategoryFolder() throws Exception {
        // The corpus copy already passes every offline check; without its "When to use" heading it gets a draft.
        Path skillMd = engine.root.resolve("practices/product-management/SKILL.md");
        Files.writeString(skillMd, Files.readString(skillMd).replace("## When to use this skill", "## Triggers"));

        DraftCard card = engine.send("Improve the product-management skill").draft().orElseThrow();

        assertThat(card.category()).isEqualTo("practices");
        assertThat(card.refines()).isEqualTo(engine.root.resolve("practices/product-management"));
    }

    @Test
    void aNewSkillsDraftRefinesNothing() {
        DraftCard card = engine.send("Create a Redis caching skill").draft().orElseThrow();

        assertThat(engine.complete().intent()).isEqualTo(Intent.CREATE_SKILL);
        assertThat(card.isRefine()).isFalse();
        assertThat(card.refines()).isNull();
    }
}
