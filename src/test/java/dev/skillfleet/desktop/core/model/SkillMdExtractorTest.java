package dev.skillfleet.desktop.core.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkillMdExtractorTest {

    private static final String SKILL = """
            ---
            name: demo
            description: Shows things. Use when showing.
            ---

            # Demo

            ```python
            print("hi")
            ```

            ```
            plain block
            ```
            """;

    @Test
    void aBareAnswerIsKeptAsItIs() {
        assertThat(SkillMdExtractor.extract(SKILL)).isEqualTo(SKILL);
    }

    @Test
    void chatterBeforeTheFrontmatterIsDropped() {
        assertThat(SkillMdExtractor.extract("Here you go:\n\n" + SKILL)).isEqualTo(SKILL);
    }

    @Test
    void aSurroundingFenceIsStrippedAndInnerCodeBlocksSurvive() {
        String reply = "Sure!\n```markdown\n" + SKILL + "```\nAnything else?\n";
        assertThat(SkillMdExtractor.extract(reply)).isEqualTo(SKILL);
    }

    @Test
    void aLongerOrTildeFenceIsStrippedToo() {
        assertThat(SkillMdExtractor.extract("````md\n" + SKILL + "````\n")).isEqualTo(SKILL);
        assertThat(SkillMdExtractor.extract("~~~\n" + SKILL + "~~~")).isEqualTo(SKILL);
    }

    @Test
    void anUnclosedFenceRunsToTheEnd() {
        assertThat(SkillMdExtractor.extract("```markdown\n" + SKILL)).isEqualTo(SKILL);
    }

    @Test
    void aHorizontalRuleInTheChatterIsNotTakenForTheFrontmatter() {
        assertThat(SkillMdExtractor.extract("I wrote it.\n\n---\n\nHere it is:\n\n" + SKILL)).isEqualTo(SKILL);
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreNormalised() {
        assertThat(SkillMdExtractor.extract("\uFEFF" + SKILL.replace("\n", "\r\n"))).isEqualTo(SKILL);
    }

    @Test
    void anAnswerWithoutFrontmatterIsReturnedTrimmedForTheValidatorToReject() {
        assertThat(SkillMdExtractor.extract("  I cannot help with that.  ")).isEqualTo("I cannot help with that.\n");
        assertThat(SkillMdExtractor.extract("")).isEmpty();
    }
}
