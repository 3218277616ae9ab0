package dev.skillfleet.desktop.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The description and When-to-Use helpers the chat refiner and the rule-based fixer share. */
class SharedRefineTextTest {

    @Test
    void cuttingKeepsWholeSentencesAndEveryWordOfThem() {
        String text = "Reads the us.anthropic.* ids and v1.2 configs. Writes reports! Lists every option in detail "
                + "for a long while. Use when the user asks about ids.";

        String cut = DescriptionText.cutAtSentence(text, 110);

        assertThat(cut).isEqualTo("Reads the us.anthropic.* ids and v1.2 configs. Writes reports! Use when the user "
                + "asks about ids.");
        assertThat(cut.length()).isLessThanOrEqualTo(110);
    }

    @Test
    void aTextWithNoShortSentenceIsCutAtAWord() {
        String cut = DescriptionText.cutAtSentence("one two three four five six", 12);

        assertThat(cut).isEqualTo("one two.");
    }

    @Test
    void theSectionGoesAfterTheTitleAndItsOpeningParagraph() {
        String body = "# Title\n\nOpening words\nstill opening.\n\n## Steps\n1. Go.\n";

        String withSection = WhenToUseSection.insertAfterTitle(body, "## When to Use\n\n- x\n\n");

        assertThat(withSection).isEqualTo("# Title\n\nOpening words\nstill opening.\n\n## When to Use\n\n- x\n\n"
                + "## Steps\n1. Go.\n");
    }

    @Test
    void theSectionNeverLandsInsideCodeAndAHashInCodeIsNoTitle() {
        String body = "```bash\n# not a title\n\necho hi\n```\n# Title\n```\ncode\n\nmore\n```\n";

        String withSection = WhenToUseSection.insertAfterTitle(body, "## When to Use\n\n- x\n\n");

        assertThat(withSection).isEqualTo("```bash\n# not a title\n\necho hi\n```\n# Title\n\n## When to Use\n\n- x\n\n"
                + "```\ncode\n\nmore\n```\n");
    }

    @Test
    void withoutATitleTheSectionComesFirstAndAtTheEndNoBlankLineTrails() {
        assertThat(WhenToUseSection.insertAfterTitle("Text.\n", "## When to Use\n\n- x\n\n"))
                .isEqualTo("\n## When to Use\n\n- x\n\nText.\n");
        assertThat(WhenToUseSection.insertAfterTitle("# Title\n", "## When to Use\n\n- x\n\n"))
                .isEqualTo("# Title\n\n## When to Use\n\n- x\n");
    }

    @Test
    void theValidatorsVariantsOfTheHeadingCount() {
        assertThat(WhenToUseSection.isPresent("## When to use this skill:\n")).isTrue();
        assertThat(WhenToUseSection.isPresent("   ## WHEN TO USE ##\n")).isTrue();
        assertThat(WhenToUseSection.isPresent("### When to Use\n")).isFalse();
        assertThat(WhenToUseSection.section("Reads PDFs. Use when reading, splitting or merging PDFs.", "pdf"))
                .isEqualTo("## When to Use\n\nUse this skill when:\n- reading\n- splitting\n- merging PDFs\n\n");
    }
}
