package dev.skillfleet.desktop.core.assistant;

import dev.skillfleet.desktop.core.conversation.Message;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A draft card in a message's metadata: what the store and exports keep, and what older builds wrote. */
class DraftCardsTest {

    private static final Path DRAFT = Path.of("/lib/_drafts/d1/web/react/SKILL.md");
    private static final Path ORIGINAL = Path.of("/lib/web/react");

    @Test
    void aRefineCardKeepsItsOriginalsFolder() {
        DraftCard card = new DraftCard("react", "web", DRAFT, false, 2, 1, ORIGINAL);

        Map<String, String> metadata = DraftCards.toMetadata(card);

        assertThat(metadata).containsEntry("draftRefines", ORIGINAL.toString());
        assertThat(DraftCards.fromMetadata(metadata)).contains(card);
    }

    @Test
    void aNewSkillsCardWritesNoRefinesKeyAndComesBackWithout() {
        DraftCard card = new DraftCard("react", "web", DRAFT, true, 0, 3);

        Map<String, String> metadata = DraftCards.toMetadata(card);

        assertThat(metadata).doesNotContainKey("draftRefines");
        assertThat(DraftCards.fromMetadata(metadata)).contains(card);
        assertThat(card.refines()).isNull();
        assertThat(card.isRefine()).isFalse();
    }

    @Test
    void aCardStoredByAnOlderBuildLoadsAsANewSkillsDraft() {
        // Exactly the keys builds before "Review changes" wrote.
        Map<String, String> old = Map.of(Message.DRAFT, DRAFT.toString(), "draftName", "react",
                "draftCategory", "web", "draftValid", "true", "draftErrors", "0", "draftWarnings", "2");

        DraftCard card = DraftCards.fromMetadata(old).orElseThrow();

        assertThat(card).isEqualTo(new DraftCard("react", "web", DRAFT, true, 0, 2));
        assertThat(card.refines()).isNull();
    }

    @Test
    void aBlankOrUnreadableOriginalCostsTheReviewNotTheCard() {
        Map<String, String> blank = new java.util.HashMap<>(DraftCards.toMetadata(
                new DraftCard("react", "web", DRAFT, true, 0, 0, ORIGINAL)));
        blank.put("draftRefines", " ");
        assertThat(DraftCards.fromMetadata(blank).orElseThrow().refines()).isNull();

        Map<String, String> nul = new java.util.HashMap<>(blank);
        nul.put("draftRefines", "bad\u0000path");
        DraftCard card = DraftCards.fromMetadata(nul).orElseThrow();
        assertThat(card.name()).isEqualTo("react");
        assertThat(card.refines()).isNull();
    }
}
