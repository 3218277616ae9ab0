package dev.skillfleet.desktop.core.refine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Proposals: hunks, applying some of them, line endings, and the unified diff text. */
class ProposalTest {

    private static final String ORIGINAL = """
            ---
            name: Pdf Tools
            description: Reads PDFs.
            ---
            # PDF tools

            Extracts text.
            Splits files.
            Merges files.
            Rotates pages.
            Counts pages.
            Reads metadata.
            Ends here.
            """;

    private static final String PROPOSED = """
            ---
            name: pdf-tools
            description: Reads PDFs.
            ---
            # PDF tools

            Extracts text.
            Splits files.
            Merges files.
            Rotates pages.
            Counts pages.
            Reads metadata.
            Ends here.

            ## When to Use
            - reading PDFs
            """;

    @Test
    void eachRunOfChangedLinesIsAHunkWithItsRanges() {
        Proposal proposal = Proposal.of(ORIGINAL, PROPOSED, List.of("name", "section"));

        assertThat(proposal.hunks()).hasSize(2);
        Hunk name = proposal.hunks().get(0);
        assertThat(name.index()).isZero();
        assertThat(name.kind()).isEqualTo(Hunk.Kind.CHANGE);
        assertThat(name.original()).isEqualTo(new Hunk.LineRange(1, 2));
        assertThat(name.original().firstLine()).isEqualTo(2);
        assertThat(name.originalLines()).containsExactly("name: Pdf Tools");
        assertThat(name.proposedLines()).containsExactly("name: pdf-tools");
        Hunk section = proposal.hunks().get(1);
        assertThat(section.index()).isEqualTo(1);
        assertThat(section.kind()).isEqualTo(Hunk.Kind.INSERT);
        assertThat(section.original()).isEqualTo(new Hunk.LineRange(13, 13));
        assertThat(section.proposed()).isEqualTo(new Hunk.LineRange(13, 16));
        assertThat(section.proposedLines()).containsExactly("", "## When to Use", "- reading PDFs");
        assertThat(proposal.reasons()).containsExactly("name", "section");
    }

    @Test
    void applyWithEveryHunkGivesTheProposalAndWithNoneTheOriginal() {
        Proposal proposal = Proposal.of(ORIGINAL, PROPOSED, List.of());

        assertThat(proposal.apply(Set.of(0, 1))).isEqualTo(PROPOSED);
        assertThat(proposal.proposed()).isEqualTo(PROPOSED);
        assertThat(proposal.apply(Set.of())).isEqualTo(ORIGINAL);
    }

    @Test
    void applyWithSomeHunksKeepsTheOriginalLinesOfTheOthers() {
        Proposal proposal = Proposal.of(ORIGINAL, PROPOSED, List.of());

        String onlySection = proposal.apply(Set.of(1));
        assertThat(onlySection).contains("name: Pdf Tools").contains("## When to Use");
        String onlyName = proposal.apply(Set.of(0, 7));
        assertThat(onlyName).isEqualTo(ORIGINAL.replace("name: Pdf Tools", "name: pdf-tools"));
    }

    @Test
    void aCrlfFileStaysCrlfWhateverTheProposalUses() {
        String crlf = ORIGINAL.replace("\n", "\r\n");
        Proposal proposal = Proposal.of(crlf, PROPOSED, List.of());

        assertThat(proposal.hunks()).hasSize(2);
        assertThat(proposal.proposed()).isEqualTo(PROPOSED.replace("\n", "\r\n"));
        assertThat(proposal.apply(Set.of(0))).isEqualTo(crlf.replace("Pdf Tools", "pdf-tools"));
        assertThat(proposal.apply(Set.of())).isEqualTo(crlf);
    }

    @Test
    void untouchedLinesKeepTheirOwnLineBreaksInAMixedFile() {
        String mixed = "---\r\nname: A\nkeep: 1\r\n---\n";
        Proposal proposal = Proposal.of(mixed, "---\nname: a\nkeep: 1\n---\n", List.of());

        assertThat(proposal.proposed()).isEqualTo("---\r\nname: a\nkeep: 1\r\n---\n");
    }

    @Test
    void aFileWithoutAFinalLineBreakGetsNoneAfterTheFix() {
        Proposal changedLast = Proposal.of("a\nb", "a\nB\n", List.of());
        assertThat(changedLast.proposed()).isEqualTo("a\nB");

        Proposal appended = Proposal.of("a\nb", "a\nb\nc", List.of());
        assertThat(appended.proposed()).isEqualTo("a\nb\nc");
        assertThat(appended.apply(Set.of())).isEqualTo("a\nb");

        Proposal withBreak = Proposal.of("a\nb\n", "a\nB", List.of());
        assertThat(withBreak.proposed()).isEqualTo("a\nB\n");
    }

    @Test
    void theSameTextIsNoHunkAndNoDiff() {
        Proposal none = Proposal.none(ORIGINAL, List.of());

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.hunks()).isEmpty();
        assertThat(none.proposed()).isEqualTo(ORIGINAL);
        assertThat(none.unifiedDiff("pdf-tools/SKILL.md")).isEmpty();
        assertThat(Proposal.of(ORIGINAL, ORIGINAL.replace("\n", "\r\n"), List.of()).isEmpty()).isTrue();
    }

    @Test
    void theUnifiedDiffHasStandardHeadersHunksAndThreeLinesOfContext() {
        String diff = Proposal.of(ORIGINAL, PROPOSED, List.of()).unifiedDiff("pdf-tools/SKILL.md");

        assertThat(diff).isEqualTo("""
                --- a/pdf-tools/SKILL.md
                +++ b/pdf-tools/SKILL.md
                @@ -1,5 +1,5 @@
                 ---
                -name: Pdf Tools
                +name: pdf-tools
                 description: Reads PDFs.
                 ---
                 # PDF tools
                @@ -11,3 +11,6 @@
                 Counts pages.
                 Reads metadata.
                 Ends here.
                +
                +## When to Use
                +- reading PDFs
                """);
    }

    @Test
    void changesWithinSixLinesShareOneHunkOfTheDiff() {
        String original = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
        String diff = Proposal.of(original, original.replace("2\n", "two\n").replace("8\n", "eight\n"), List.of())
                .unifiedDiff("f");

        assertThat(diff.lines().filter(l -> l.startsWith("@@"))).containsExactly("@@ -1,10 +1,10 @@");
    }

    @Test
    void aMissingFinalLineBreakIsMarkedAsDiffAndGitDo() {
        String diff = Proposal.of("a\nb", "a\nB", List.of()).unifiedDiff("f");

        assertThat(diff).isEqualTo("""
                --- a/f
                +++ b/f
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +B
                \\ No newline at end of file
                """);
    }

    @Test
    void theUnifiedDiffAppliesBackToTheProposal() throws Exception {
        String original = ORIGINAL + "tail 1\ntail 2\ntail 3\ntail 4\ntail 5\ntail 6\ntail 7\ntail 8\n";
        String proposed = PROPOSED.replace("Reads metadata.\n", "") + "tail 1\ntail 2\ntail 3\nTAIL 4\ntail 5\n"
                + "tail 6\ntail 7\ntail 8\n";
        Proposal proposal = Proposal.of(original, proposed, List.of());

        UnifiedDiff parsed = UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(
                proposal.unifiedDiff("pdf-tools/SKILL.md").getBytes(StandardCharsets.UTF_8)));
        List<String> patched = parsed.applyPatchTo(file -> true, original.lines().toList());

        assertThat(parsed.getFiles()).singleElement().satisfies(f -> assertThat(f.getFromFile())
                .isEqualTo("pdf-tools/SKILL.md"));
        assertThat(patched).isEqualTo(proposed.lines().toList());
    }
}
